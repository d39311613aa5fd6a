package it.formapro.attendance.credit;

import static it.formapro.common.security.Roles.ADMIN;
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

@Path("/editions/{editionId}/participants/{studentId}/credits")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@APIResponse(responseCode = "401", description = "No valid bearer token", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "403", description = "The token has none of the roles the operation requires (listed in its description)", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@Tag(name = "Attendance credits", description = "Hours recognised from prior learning; they reduce the hours required")
public class CreditResource {

    private final CreditService credits;
    private final CatalogRules catalog;
    private final Caller caller;

    public CreditResource(CreditService credits, CatalogRules catalog, Caller caller) {
        this.credits = credits;
        this.catalog = catalog;
        this.caller = caller;
    }

    @GET
    @RolesAllowed({ADMIN, TUTOR})
    @Operation(summary = "The student's credits", description = "The attendance credits in force for the student in "
            + "the edition, oldest first; with includeRevoked=true the revoked ones too, each with who revoked it and "
            + "when (the record of a revocation). Roles: admin, tutor. An unknown edition or student gives an empty list.")
    @APIResponse(responseCode = "200", description = "The credits",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.ARRAY, implementation = CreditView.class)))
    public List<CreditView> list(@PathParam("editionId") long editionId, @PathParam("studentId") long studentId,
                                 @Parameter(description = "Also list the revoked credits (revokedAt, revokedBy set)")
                                 @QueryParam("includeRevoked") @DefaultValue("false") boolean includeRevoked) {
        return (includeRevoked ? AttendanceCredit.everyOf(editionId, studentId) : AttendanceCredit.of(editionId, studentId))
                .stream().map(CreditView::of).toList();
    }

    @POST
    @RolesAllowed({ADMIN, TUTOR})
    @Operation(summary = "Recognise an attendance credit", description = "Checked against the edition's rules: at "
            + "most 30 % of the course (classroom/lab) hours and the unit's hours (its minimum hours in the standard; "
            + "where the standard gives none, 002/003, the hours scheduled for it in the edition's calendar, so a unit "
            + "with no lesson yet admits none), up to 100 % of the internship (planned, else the standard's maximum, "
            + "else the internship hours scheduled), "
            + "refused on units that admit none (001: URA 1-2) and, without the certificate, on units with a condition "
            + "(001: URA 13, Accordo Stato-Regioni 21/12/2011). A credit of \"valore a priori\" (001: URA 13) is outside "
            + "the 30 %, which is then taken of the classroom/lab hours net of it (001 sez. 9: \"al netto degli "
            + "eventuali crediti con valore a priori\"). Revoked credits count no more. Optional Idempotency-Key: the "
            + "same key with the same request answers the credit it created, as the first answer did (201, the same "
            + "Location, Idempotent-Replayed: true), a credit revoked since as it is now. Roles: admin, tutor. 400 for "
            + "an invalid request, 404 for an unknown edition, 409 if a request with the same Idempotency-Key is being "
            + "processed (idempotency-key-in-flight), 422 if a credit rule refuses it or the Idempotency-Key was "
            + "already used for another request "
            + "(idempotency-key-reused), 503 if catalog-service is unavailable and the rules not cached.")
    @APIResponse(responseCode = "201", description = "Recognised, or the replay of an earlier request with the same "
            + "Idempotency-Key and body: what it created",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CreditView.class)))
    @APIResponse(responseCode = "400", description = "Missing or malformed field, neither or both of unit and internship",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such edition in catalog-service",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "Refused by a credit rule",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "503", description = "catalog-service unavailable and the edition rules not cached",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response recognise(@PathParam("editionId") long editionId, @PathParam("studentId") long studentId,
                              @Valid @NotNull CreditRequest request,
                              @HeaderParam(IdempotencyKey.HEADER) String idempotencyKey, @Context UriInfo uri) {
        EditionRules rules = catalog.of(editionId); // an unknown edition answers before a bad key, as ever
        CreditService.Created created = credits.recognise(rules, studentId, request, caller.name(), idempotencyKey);
        CreditView view = CreditView.of(created.credit());
        return IdempotencyKey.created(uri.getAbsolutePathBuilder().path(String.valueOf(view.id())).build(), view,
                idempotencyKey, created.replayed());
    }

    @POST
    @Path("/{creditId}/revocation")
    @RolesAllowed({ADMIN, TUTOR})
    @Operation(summary = "Revoke a credit recognised by mistake", description = "The credit counts no more (the "
            + "hours required go back up) but is kept as the record of the revocation: who (the token's user), when and, "
            + "if given, why, with the student, unit or internship and hours it gave; GET with includeRevoked=true lists "
            + "it. Credits are never deleted (the database refuses it). The reason is in the body, not in the URL, "
            + "which proxies and access logs keep: this replaces DELETE .../credits/{creditId}?reason=, now 405. "
            + "Roles: admin, tutor. 400 without a body or for a reason over 500 characters, 404 if no such credit for "
            + "this student and edition, 409 if it is already revoked.")
    @APIResponse(responseCode = "204", description = "Revoked")
    @APIResponse(responseCode = "400", description = "No body, or a reason over 500 characters",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such credit for this student and edition",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "Already revoked (the detail says by whom and when)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public void revoke(@PathParam("editionId") long editionId, @PathParam("studentId") long studentId,
                       @PathParam("creditId") long creditId, @Valid @NotNull CreditRevocationRequest request) {
        credits.revoke(editionId, studentId, creditId, caller.name(), request.reason());
    }

    /**
     * The DELETE ...?reason= this replaced: 405 naming the POST (RetiredDelete); not in the published document. The
     * reason is declared so that the retired form is recognised (common's UnknownQueryParameters), and never read.
     */
    @DELETE
    @Path("/{creditId}")
    @RolesAllowed({ADMIN, TUTOR})
    @Operation(hidden = true)
    public void retiredRevocation(@PathParam("editionId") long editionId, @PathParam("studentId") long studentId,
                                  @PathParam("creditId") long creditId,
                                  @QueryParam("reason") String reasonInTheUrl) {
        throw RetiredDelete.refusal("revokes a credit", "/editions/" + editionId + "/participants/" + studentId
                + "/credits/" + creditId + "/revocation");
    }
}
