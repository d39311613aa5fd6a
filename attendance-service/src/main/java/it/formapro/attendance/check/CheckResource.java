package it.formapro.attendance.check;

import static it.formapro.common.security.Roles.ADMIN;
import static it.formapro.common.security.Roles.EXAM_BOARD;
import static it.formapro.common.security.Roles.TUTOR;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import it.formapro.attendance.RetiredDelete;
import it.formapro.attendance.catalog.CatalogRules;
import it.formapro.attendance.catalog.EditionRules;
import it.formapro.common.problem.Problem;
import it.formapro.common.security.Caller;
import it.formapro.common.web.IdempotencyKey;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/editions/{editionId}/participants/{studentId}/checks")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@APIResponse(responseCode = "401", description = "No valid bearer token", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "403", description = "The token has none of the roles the operation requires (listed in its description)", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@Tag(name = "Learning checks", description = "Per-unit learning checks (verifica) per student")
public class CheckResource {

    private final CheckService checks;
    private final CatalogRules catalog;
    private final Caller caller;

    public CheckResource(CheckService checks, CatalogRules catalog, Caller caller) {
        this.checks = checks;
        this.catalog = catalog;
        this.caller = caller;
    }

    @GET
    @RolesAllowed({ADMIN, TUTOR, EXAM_BOARD})
    @Operation(summary = "The student's learning checks", description = "The checks in force, retakes included, by "
            + "unit and date; with includeAnnulled=true the annulled ones too, each with who annulled it, when and why "
            + "(the record of an annulment). Roles: admin, tutor, exam-board. An unknown edition or student gives an "
            + "empty list.")
    @APIResponse(responseCode = "200", description = "The checks",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.ARRAY, implementation = CheckView.class)))
    public List<CheckView> list(@PathParam("editionId") long editionId, @PathParam("studentId") long studentId,
                                @Parameter(description = "Also list the annulled checks (annulledAt, annulledBy, "
                                        + "annulmentReason set)")
                                @QueryParam("includeAnnulled") @DefaultValue("false") boolean includeAnnulled) {
        return (includeAnnulled ? LearningCheck.everyOf(editionId, studentId) : LearningCheck.of(editionId, studentId))
                .stream().map(CheckView::of).toList();
    }

    @POST
    @RolesAllowed({ADMIN, TUTOR})
    @Operation(summary = "Record a learning check", description = "Outcome PASSED/FAILED and score of a unit's check; "
            + "the latest check of a unit in force counts in the summary. Optional Idempotency-Key: the same key with the "
            + "same request answers the check it recorded, as the first answer did (201, the same Location, "
            + "Idempotent-Replayed: true), a check annulled since as it is now. Roles: admin, tutor. 400 "
            + "for a missing field or a date before the student joined, 404 for an unknown edition or participant, 409 "
            + "if a request with the same Idempotency-Key is being processed (idempotency-key-in-flight), 422 for an "
            + "unknown unit, a check-rule "
            + "refusal (dated in the future, after the student withdrew, after the edition ended, or before the unit "
            + "concluded: a lesson of the unit, internship apart, still to be held after that day, or none held by "
            + "then; the problem names the unit's lesson dates) or an Idempotency-Key already used for another request "
            + "(idempotency-key-reused), 503 if catalog-service is unavailable.")
    @APIResponse(responseCode = "201", description = "Recorded, or the replay of an earlier request with the same "
            + "Idempotency-Key and body: what it recorded",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CheckView.class)))
    @APIResponse(responseCode = "400", description = "Missing or malformed field, or a date before the student joined",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such edition, or not a participant of it",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "503", description = "catalog-service unavailable and the edition rules not cached",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "Unknown unit, a date the check cannot have (future, after the "
            + "withdrawal or the edition, before the unit concluded)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response record(@PathParam("editionId") long editionId, @PathParam("studentId") long studentId,
                           @Valid @NotNull CheckRequest request,
                           @HeaderParam(IdempotencyKey.HEADER) String idempotencyKey, @Context UriInfo uri) {
        EditionRules rules = catalog.of(editionId); // an unknown edition answers before a bad key, as ever
        CheckService.Created created = checks.record(rules, studentId, request, caller.name(), idempotencyKey);
        CheckView view = CheckView.of(created.check());
        return IdempotencyKey.created(uri.getAbsolutePathBuilder().path(String.valueOf(view.id())).build(), view,
                idempotencyKey, created.replayed());
    }

    @POST
    @Path("/{checkId}/annulment")
    @RolesAllowed({ADMIN, TUTOR})
    @Operation(summary = "Annul a learning check recorded by mistake", description = "For a check recorded for the "
            + "wrong student, unit, date or outcome. The check counts no more: the unit's latest check in force decides "
            + "again (an earlier one, or none), in the summaries and the admission figures exam-service reads. It is "
            + "kept as the record of the annulment: who (the token's user), when and why, with everything it recorded; "
            + "GET with includeAnnulled=true lists it. Checks are never deleted nor rewritten (the database refuses "
            + "it): a wrong check is annulled and the right one recorded. An admission list exam-service has already "
            + "frozen does not change. The reason is in the body, not in the URL, which proxies and access logs keep: "
            + "this replaces DELETE .../checks/{checkId}?reason=, now 405. Roles: admin, tutor. 400 without a body or "
            + "a reason, with a blank one or one over 500 characters, 404 if no such check for this student and "
            + "edition, 409 if it is already annulled.")
    @APIResponse(responseCode = "204", description = "Annulled")
    @APIResponse(responseCode = "400", description = "No body, no reason, a blank one or one over 500 characters",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such check for this student and edition",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "Already annulled (the detail and figures say by whom and when)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public void annul(@PathParam("editionId") long editionId, @PathParam("studentId") long studentId,
                      @PathParam("checkId") long checkId, @Valid @NotNull CheckAnnulmentRequest request) {
        checks.annul(editionId, studentId, checkId, caller.name(), request.reason());
    }

    /**
     * The DELETE ...?reason= this replaced: 405 naming the POST (RetiredDelete); not in the published document. The
     * reason is declared so that the retired form is recognised (common's UnknownQueryParameters), and never read.
     */
    @DELETE
    @Path("/{checkId}")
    @RolesAllowed({ADMIN, TUTOR})
    @Operation(hidden = true)
    public void retiredAnnulment(@PathParam("editionId") long editionId, @PathParam("studentId") long studentId,
                                 @PathParam("checkId") long checkId,
                                 @QueryParam("reason") String reasonInTheUrl) {
        throw RetiredDelete.refusal("annuls a learning check", "/editions/" + editionId + "/participants/" + studentId
                + "/checks/" + checkId + "/annulment");
    }
}
