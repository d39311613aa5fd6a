package it.formapro.exam.certificate;

import static it.formapro.common.security.Roles.ADMIN;
import static it.formapro.common.security.Roles.EXAM_BOARD;

import it.formapro.common.digest.Sha256;
import it.formapro.common.problem.Problem;
import it.formapro.exam.certificate.DocumentDtos.DocumentView;
import it.formapro.exam.certificate.DocumentDtos.RevocationAmendment;
import it.formapro.exam.certificate.DocumentDtos.RevocationRequest;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** An issued certificate or learning record: JSON, PDF, revocation and its amendment. There is deliberately no DELETE. */
@Path("/certificates")
@Produces(MediaType.APPLICATION_JSON)
@APIResponse(responseCode = "401", description = "No valid bearer token", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "403", description = "The token has none of the roles the operation requires (listed in its description)", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@Tag(name = "Certificates and learning records")
public class DocumentResource {

    @Inject
    DocumentViews views;

    @Inject
    DocumentRevocations revocations;

    @GET
    @Path("/{id: \\d+}")
    @RolesAllowed({EXAM_BOARD, ADMIN})
    @Operation(summary = "An issued certificate or learning record as JSON, with its frozen content",
            description = "Number, kind, holder, qualification, session, verification code, revocation if any, and the "
                    + "content frozen at issue. Roles: exam-board, admin. 404 if there is no such document.")
    @APIResponse(responseCode = "200", description = "The document",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = DocumentView.class)))
    @APIResponse(responseCode = "404", description = "No such document", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public DocumentView get(@PathParam("id") long id) {
        return views.view(DocumentViews.require(id));
    }

    @GET
    @Path("/{id: \\d+}/pdf")
    @Produces({"application/pdf", "application/problem+json"})
    @RolesAllowed({EXAM_BOARD, ADMIN})
    @Operation(summary = "The PDF as issued", description = "The stored bytes; their SHA-256 is the pdfSha256 of the "
            + "document (also in the X-Content-SHA256 header). Once the holder was pseudonymised on an erasure request "
            + "(pseudonymisedAt set), the stored PDF is the copy re-rendered under the pseudonym: header "
            + "X-Pseudonymised: true, X-Content-SHA256 is the SHA-256 of these bytes, while pdfSha256 stays that of the "
            + "PDF as issued (the holder's own copy). Roles: exam-board, admin. 404 if there is no such document.")
    @APIResponse(responseCode = "200", description = "The PDF",
            content = @Content(mediaType = "application/pdf", schema = @Schema(type = SchemaType.STRING, format = "binary")),
            headers = {
                    @Header(name = "Content-Disposition", description = "inline, named after the document's number",
                            schema = @Schema(type = SchemaType.STRING)),
                    @Header(name = "X-Content-SHA256", required = true, description = "SHA-256 (hex) of these bytes",
                            schema = @Schema(type = SchemaType.STRING, pattern = "^[0-9a-f]{64}$")),
                    @Header(name = "X-Pseudonymised", description = "true when the holder was pseudonymised on an "
                            + "erasure request and these bytes are the copy re-rendered under the pseudonym; absent "
                            + "otherwise", schema = @Schema(type = SchemaType.BOOLEAN))})
    @APIResponse(responseCode = "404", description = "No such document",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response pdf(@PathParam("id") long id) {
        IssuedDocument doc = DocumentViews.require(id);
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
    @RolesAllowed({EXAM_BOARD, ADMIN})
    @Operation(summary = "Revoke a certificate",
            description = "With a reason and the date it takes effect (today when omitted). Certificates are never "
                    + "deleted (there is no DELETE, and the database refuses deletes); from that date (the day in "
                    + "Italy) the status and the public verification answer REVOKED, before it VALID with the date "
                    + "announced. The date may lie at most one year ahead (a later one is most likely a mistyped "
                    + "year); until it comes the revocation can be amended (PUT). Of two revocations sent at once "
                    + "one is recorded, the other refused. Roles: exam-board, admin. 400 for a missing reason or "
                    + "date, 404 if there is no such document, 409 if already revoked (even with effect on a later "
                    + "date: amend it instead), 422 if the date is before the issue or more than a year ahead.")
    @APIResponse(responseCode = "200", description = "Revoked",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = DocumentView.class)))
    @APIResponse(responseCode = "400", description = "Missing or malformed reason or date",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such document",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "Already revoked", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "The revocation would take effect before the issue date, or "
            + "more than a year ahead", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public DocumentView revoke(@PathParam("id") long id, @Valid @NotNull RevocationRequest request) {
        return views.view(revocations.revoke(id, request));
    }

    @PUT
    @Path("/{id: \\d+}/revocation")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({EXAM_BOARD, ADMIN})
    @Operation(summary = "Amend a revocation that has not taken effect yet",
            description = "Corrects the date a recorded revocation takes effect on, or its reason, before that date "
                    + "comes (the day in Italy): e.g. a year mistyped. The body is the revocation as it should read "
                    + "(reason and revokedOn) and why it is corrected (amendmentReason). Who recorded the revocation "
                    + "and when stays; the document shows the last amendment (amendedAt, amendedBy, amendmentReason) "
                    + "and the audit trail every one, with the values replaced. Sending the revocation as it stands "
                    + "changes nothing. Once in effect a revocation is final. Roles: exam-board, admin. 400 for a "
                    + "missing or malformed field, 404 if there is no such document, 409 if it has no revocation or "
                    + "the revocation is in effect, 422 if the date is before the issue or more than a year ahead.")
    @APIResponse(responseCode = "200", description = "The document with its amended revocation",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = DocumentView.class)))
    @APIResponse(responseCode = "400", description = "Missing or malformed reason, date or amendment reason",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such document",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "No revocation to amend (not-revoked), or it is in effect "
            + "(revocation-in-effect)", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "The date is before the issue or more than a year ahead",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public DocumentView amendRevocation(@PathParam("id") long id, @Valid @NotNull RevocationAmendment amendment) {
        return views.view(revocations.amend(id, amendment));
    }
}
