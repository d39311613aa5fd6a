package it.formapro.attendance.check;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import it.formapro.attendance.catalog.CatalogRules;
import it.formapro.attendance.idempotency.IdempotencyKeys;
import it.formapro.attendance.security.CurrentUser;
import it.formapro.common.problem.Problem;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
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
    private final CurrentUser user;

    public CheckResource(CheckService checks, CatalogRules catalog, CurrentUser user) {
        this.checks = checks;
        this.catalog = catalog;
        this.user = user;
    }

    @GET
    @RolesAllowed({"admin", "tutor", "exam-board"})
    @Operation(summary = "The student's learning checks", description = "All checks, retakes included, by unit and "
            + "date. Roles: admin, tutor, exam-board. An unknown edition or student gives an empty list.")
    @APIResponse(responseCode = "200", description = "The checks",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.ARRAY, implementation = CheckView.class)))
    public List<CheckView> list(@PathParam("editionId") long editionId, @PathParam("studentId") long studentId) {
        return LearningCheck.of(editionId, studentId).stream().map(CheckView::of).toList();
    }

    @POST
    @RolesAllowed({"admin", "tutor"})
    @Operation(summary = "Record a learning check", description = "Outcome PASSED/FAILED and score of a unit's check; "
            + "the latest check of a unit counts in the summary. Optional Idempotency-Key. Roles: admin, tutor. 400 "
            + "for a missing field or a date before the student joined, 404 for an unknown edition or participant, 409 "
            + "if a request with the same Idempotency-Key is being processed, 422 for an unknown unit or an "
            + "Idempotency-Key already used for another request (idempotency-key-reused), 503 if catalog-service is "
            + "unavailable.")
    @APIResponse(responseCode = "201", description = "Recorded",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CheckView.class)))
    @APIResponse(responseCode = "200", description = "Replay of an earlier request with the same Idempotency-Key and body: what it created",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CheckView.class)))
    @APIResponse(responseCode = "400", description = "Missing or malformed field, or a date before the student joined",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such edition, or not a participant of it",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "A request with the same Idempotency-Key is being processed",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "503", description = "catalog-service unavailable and the edition rules not cached",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "Unknown unit, or the Idempotency-Key was already used for another request",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response record(@PathParam("editionId") long editionId, @PathParam("studentId") long studentId,
                           @Valid @NotNull CheckRequest request,
                           @HeaderParam(IdempotencyKeys.HEADER) String idempotencyKey, @Context UriInfo uri) {
        CheckService.Created created = checks.record(catalog.of(editionId), studentId, request, user.name(), idempotencyKey);
        CheckView view = CheckView.of(created.check());
        return created.replayed() ? Response.ok(view).build()
                : Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(view.id())).build()).entity(view).build();
    }
}
