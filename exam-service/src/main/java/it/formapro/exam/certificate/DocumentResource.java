package it.formapro.exam.certificate;

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
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** An issued certificate or learning record: JSON, PDF, revocation. There is deliberately no DELETE. */
@Path("/certificates")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Certificates and learning records")
public class DocumentResource {

    @Inject
    DocumentService documents;

    @GET
    @Path("/{id: \\d+}")
    @RolesAllowed({"exam-board", "admin"})
    @Operation(summary = "An issued certificate or learning record as JSON, with its frozen content")
    @APIResponse(responseCode = "404", description = "No such document")
    public DocumentView get(@PathParam("id") long id) {
        return documents.view(DocumentService.require(id));
    }

    @GET
    @Path("/{id: \\d+}/pdf")
    @Produces({"application/pdf", "application/problem+json"})
    @RolesAllowed({"exam-board", "admin"})
    @Operation(summary = "The PDF as issued", description = "The stored bytes; their SHA-256 is the pdfSha256 of the document.")
    @APIResponse(responseCode = "200", description = "The PDF", content = @Content(mediaType = "application/pdf"))
    public Response pdf(@PathParam("id") long id) {
        IssuedDocument doc = DocumentService.require(id);
        return Response.ok(doc.pdf, "application/pdf")
                .header("Content-Disposition", "inline; filename=\"" + doc.number + ".pdf\"")
                .header("X-Content-SHA256", doc.pdfSha256)
                .build();
    }

    @POST
    @Path("/{id: \\d+}/revocation")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({"exam-board", "admin"})
    @Operation(summary = "Revoke a certificate",
            description = "With a reason and the date it takes effect. Certificates are never deleted (there is no "
                    + "DELETE, and the database refuses deletes); the public verification then answers REVOKED.")
    @APIResponse(responseCode = "200", description = "Revoked")
    @APIResponse(responseCode = "409", description = "Already revoked")
    public DocumentView revoke(@PathParam("id") long id, @Valid @NotNull RevocationRequest request) {
        return documents.view(documents.revoke(id, request));
    }
}
