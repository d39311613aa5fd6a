package it.formapro.exam.certificate;

import it.formapro.common.digest.Sha256;
import it.formapro.common.problem.Problem;
import it.formapro.exam.certificate.DocumentDtos.DocumentView;
import it.formapro.exam.certificate.DocumentDtos.RevocationRequest;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** An issued certificate or learning record: JSON, PDF, revocation. There is deliberately no DELETE. */
@Path("/certificates")
@Produces(MediaType.APPLICATION_JSON)
@APIResponse(responseCode = "401", description = "No valid bearer token", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "403", description = "The token has none of the roles the operation requires (listed in its description)", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@Tag(name = "Certificates and learning records")
public class DocumentResource {

    @Inject
    DocumentService documents;

    @GET
    @Path("/{id: \\d+}")
    @RolesAllowed({"exam-board", "admin"})
    @Operation(summary = "An issued certificate or learning record as JSON, with its frozen content",
            description = "Number, kind, holder, qualification, session, verification code, revocation if any, and the "
                    + "content frozen at issue. Roles: exam-board, admin. 404 if there is no such document.")
    @APIResponse(responseCode = "200", description = "The document",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = DocumentView.class)))
    @APIResponse(responseCode = "404", description = "No such document", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public DocumentView get(@PathParam("id") long id) {
        return documents.view(DocumentService.require(id));
    }

    @GET
    @Path("/{id: \\d+}/pdf")
    @Produces({"application/pdf", "application/problem+json"})
    @RolesAllowed({"exam-board", "admin"})
    @Operation(summary = "The PDF as issued", description = "The stored bytes; their SHA-256 is the pdfSha256 of the "
            + "document (also in the X-Content-SHA256 header). Once the holder was pseudonymised on an erasure request "
            + "(pseudonymisedAt set), the stored PDF is the copy re-rendered under the pseudonym: header "
            + "X-Pseudonymised: true, X-Content-SHA256 is the SHA-256 of these bytes, while pdfSha256 stays that of the "
            + "PDF as issued (the holder's own copy). Roles: exam-board, admin. 404 if there is no such document.")
    @APIResponse(responseCode = "200", description = "The PDF",
            content = @Content(mediaType = "application/pdf", schema = @Schema(type = SchemaType.STRING, format = "binary")))
    @APIResponse(responseCode = "404", description = "No such document",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response pdf(@PathParam("id") long id) {
        IssuedDocument doc = DocumentService.require(id);
        Response.ResponseBuilder pdf = Response.ok(doc.pdf, "application/pdf")
                .header("Content-Disposition", "inline; filename=\"" + doc.number + ".pdf\"");
        if (doc.pseudonymised()) {
            return pdf.header("X-Content-SHA256", Sha256.hex(doc.pdf)).header("X-Pseudonymised", "true").build();
        }
        return pdf.header("X-Content-SHA256", doc.pdfSha256).build();
    }

    @POST
    @Path("/{id: \\d+}/revocation")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({"exam-board", "admin"})
    @Operation(summary = "Revoke a certificate",
            description = "With a reason and the date it takes effect (today when omitted). Certificates are never "
                    + "deleted (there is no DELETE, and the database refuses deletes); from that date (the day in "
                    + "Italy) the status and the public verification answer REVOKED, before it VALID with the date "
                    + "announced. Roles: exam-board, admin. 400 for a missing reason or date, 404 if there is no such "
                    + "document, 409 if already revoked (even with effect on a later date), 422 if the date is before "
                    + "the issue.")
    @APIResponse(responseCode = "200", description = "Revoked",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = DocumentView.class)))
    @APIResponse(responseCode = "400", description = "Missing or malformed reason or date",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such document",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "Already revoked", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "The revocation would take effect before the issue date",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public DocumentView revoke(@PathParam("id") long id, @Valid @NotNull RevocationRequest request) {
        return documents.view(documents.revoke(id, request));
    }
}
