package it.formapro.attendance.lesson;

import static it.formapro.common.security.Roles.ADMIN;
import static it.formapro.common.security.Roles.EXAM_BOARD;
import static it.formapro.common.security.Roles.TUTOR;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import it.formapro.attendance.catalog.CatalogRules;
import it.formapro.attendance.catalog.EditionRules;
import it.formapro.common.problem.Problem;
import it.formapro.common.security.Caller;
import it.formapro.common.web.IdempotencyKey;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.core.Context;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/editions/{editionId}/lessons")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@APIResponse(responseCode = "401", description = "No valid bearer token", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "403", description = "The token has none of the roles the operation requires (listed in its description)", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@Tag(name = "Lessons", description = "The edition's calendar; a lesson breaking a rule of the standard is refused")
public class EditionLessonResource {

    private final LessonService lessons;
    private final CatalogRules catalog;
    private final Caller caller;

    public EditionLessonResource(LessonService lessons, CatalogRules catalog, Caller caller) {
        this.lessons = lessons;
        this.catalog = catalog;
        this.caller = caller;
    }

    @GET
    @RolesAllowed({ADMIN, TUTOR, EXAM_BOARD})
    @Operation(summary = "The edition's calendar", description = "Lessons of the edition by date and time. Roles: "
            + "admin, tutor, exam-board. An unknown edition gives an empty list.")
    @APIResponse(responseCode = "200", description = "The lessons",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.ARRAY, implementation = LessonView.class)))
    public List<LessonView> list(@PathParam("editionId") long editionId) {
        return Lesson.ofEdition(editionId).stream().map(LessonView::of).toList();
    }

    @GET
    @Path("/{lessonId}")
    @RolesAllowed({ADMIN, TUTOR, EXAM_BOARD})
    @Operation(summary = "One lesson", description = "The lesson's date, times, hours, unit, mode and lock state. "
            + "Roles: admin, tutor, exam-board. 404 for a lesson not in this edition.")
    @APIResponse(responseCode = "200", description = "The lesson",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = LessonView.class)))
    @APIResponse(responseCode = "404", description = "No such lesson in this edition",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public LessonView get(@PathParam("editionId") long editionId, @PathParam("lessonId") long lessonId) {
        return LessonView.of(lessons.find(editionId, lessonId));
    }

    @POST
    @RolesAllowed({ADMIN, TUTOR})
    @Operation(summary = "Add a lesson to the calendar", description = "Checks the lesson against the edition's rules "
            + "(from catalog-service): the unit exists, the date is within the edition, no overlap, e-learning caps "
            + "(standard-wide % of classroom hours and total FAD hours, per-unit FaD maximum), propedeuticity of "
            + "units (001: URA 2 and 3 first), internship maximum, a unit's maximum lab hours (000: 40 h per UF). The "
            + "standard's minimums are not refused here: GET /editions/{editionId}/calendar-check reports them. "
            + "keyCompetences (optional, default false) marks a lesson devoted to the key competences. A lesson lies "
            + "within its date: one ending at midnight ends at 24:00 (00:00 after a later start is read so; shown as "
            + "24:00:00), one going on past midnight is two lessons, one on each date (400 naming them). A refusal is a "
            + "422 naming the rule, its figures and the standard. An optional Idempotency-Key makes retries safe: "
            + "the same key with the same request answers the lesson it created, as the first answer did (201, the "
            + "same Location, Idempotent-Replayed: true). "
            + "Roles: admin, tutor. 400 for a missing or inconsistent field (times, hours), 404 for an unknown "
            + "edition, 409 if the edition is closed or a request with the same Idempotency-Key is being processed "
            + "(idempotency-key-in-flight), "
            + "422 if a rule refuses it or the Idempotency-Key was already used for another request "
            + "(idempotency-key-reused), 503 if catalog-service is unavailable.")
    @APIResponse(responseCode = "201", description = "Created, or the replay of an earlier request with the same "
            + "Idempotency-Key and body: what it created",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = LessonView.class)))
    @APIResponse(responseCode = "400", description = "Missing or malformed field, end before start (a lesson going on "
            + "past midnight: enter two lessons), hours not matching the times",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such edition in catalog-service",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "Edition closed",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "Refused by a rule of the standard",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "503", description = "catalog-service unavailable and the rules not cached",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response create(@PathParam("editionId") long editionId, @Valid @NotNull LessonRequest request,
                           @Parameter(description = "Optional key making the creation idempotent")
                           @HeaderParam(IdempotencyKey.HEADER) String idempotencyKey,
                           @Context UriInfo uri) {
        EditionRules rules = catalog.of(editionId); // an unknown edition answers before a bad key, as ever
        LessonService.Created created = lessons.create(rules, request, caller.name(), idempotencyKey);
        LessonView view = LessonView.of(created.lesson());
        return IdempotencyKey.created(uri.getAbsolutePathBuilder().path(String.valueOf(view.id())).build(), view,
                idempotencyKey, created.replayed());
    }

    @PUT
    @Path("/{lessonId}")
    @RolesAllowed({ADMIN, TUTOR})
    @Operation(summary = "Reschedule or correct a lesson", description = "Replaces the lesson's planned data, keeping "
            + "its id: day, times, hours, unit, mode, teacher and keyCompetences (the body is the one of POST; an absent "
            + "keyCompetences is false). The lesson as changed is checked against the edition's rules like a new one "
            + "(without counting its old times: it does not overlap itself), and no other lesson may lose its "
            + "propedeutic units by the move (001: a later unit's lesson needs URA 2 and 3 before it). An end at "
            + "midnight is 24:00 (or 00:00), as on POST. Records who "
            + "changed it and when (updatedBy, updatedAt). The body carries the lesson's `version` as last read "
            + "(optimistic locking): required, and refused if the lesson changed since, so that a PUT made from an "
            + "older read cannot silently undo another tutor's change; the same values again at the current version "
            + "change nothing. Roles: admin, tutor. "
            + "400 for a missing or inconsistent field (times, hours, version: the detail names the current one), 404 "
            + "for an unknown edition or a lesson not in it, 409 if the edition is closed (edition-closed), the lesson "
            + "changed since the version sent (concurrent-modification, with figures yourVersion and currentVersion), "
            + "is locked (lesson-locked) or already has "
            + "register entries (lesson-has-register: they were recorded against its times), 422 if a rule refuses "
            + "the change (lesson-rule), 503 if catalog-service is unavailable.")
    @APIResponse(responseCode = "200", description = "The lesson as changed",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = LessonView.class)))
    @APIResponse(responseCode = "400", description = "Missing or malformed field, end before start (a lesson going on "
            + "past midnight: enter two lessons), hours not matching the times, no version",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such edition in catalog-service, or no such lesson in it",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "Edition closed, the lesson changed since the version sent "
            + "(concurrent-modification), lesson locked, or the lesson already has a register",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "Refused by a rule of the standard, for this lesson or for another "
            + "one's propedeuticity",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "503", description = "catalog-service unavailable and the rules not cached",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public LessonView update(@PathParam("editionId") long editionId, @PathParam("lessonId") long lessonId,
                             @Valid @NotNull LessonRequest request) {
        return LessonView.of(lessons.update(catalog.of(editionId), lessonId, request, caller.name()));
    }

    @DELETE
    @Path("/{lessonId}")
    @RolesAllowed({ADMIN, TUTOR})
    @Operation(summary = "Remove a lesson", description = "Only a lesson that is not locked, at which nobody is "
            + "recorded present (a lesson that was not held: its register entries set to 0 first; they go with it, "
            + "their history stays), and that no later unit's lesson needs for propedeuticity. An optional "
            + "?version= (the lesson's version as last read) refuses the removal if the lesson changed since, e.g. was "
            + "moved to another day after it was read as the one to cancel; without it the lesson is removed whatever "
            + "its version. Roles: admin, tutor. "
            + "400 for a malformed version, 404 for an unknown edition or lesson, 409 if the lesson changed since the "
            + "version given (concurrent-modification), is locked or someone is recorded present, 422 if "
            + "propedeuticity needs it, 503 if catalog-service is unavailable.")
    @APIResponse(responseCode = "204", description = "Removed")
    @APIResponse(responseCode = "400", description = "A version that is not a number or is negative, or a query "
            + "parameter this operation does not declare (`unknown-parameter`); nothing is changed",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "Changed since the version given, locked, or someone is recorded "
            + "present",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such edition, or no such lesson in it",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "A later unit's lesson needs it for propedeuticity",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "503", description = "catalog-service unavailable and the edition rules not cached",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public void delete(@PathParam("editionId") long editionId, @PathParam("lessonId") long lessonId,
                       @Parameter(description = "Optional: the lesson's version as last read; 409 if it changed since",
                               example = "0") @QueryParam("version") @Min(0) Long version) {
        lessons.delete(catalog.of(editionId), lessonId, version);
    }

    @POST
    @Path("/{lessonId}/lock")
    @Consumes(MediaType.WILDCARD) // no body: a bare POST (no Content-Type) must not be a 415
    @RolesAllowed({ADMIN, TUTOR})
    @Operation(summary = "Lock the lesson's register", description = "After locking, the register is read-only. "
            + "Locking a locked lesson changes nothing. Roles: admin, tutor. 404 for a lesson not in this edition.")
    @APIResponse(responseCode = "200", description = "The locked lesson",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = LessonView.class)))
    @APIResponse(responseCode = "404", description = "No such lesson in this edition",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public LessonView lock(@PathParam("editionId") long editionId, @PathParam("lessonId") long lessonId) {
        return LessonView.of(lessons.lock(editionId, lessonId, caller.name()));
    }
}
