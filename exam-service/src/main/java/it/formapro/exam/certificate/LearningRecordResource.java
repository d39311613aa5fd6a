package it.formapro.exam.certificate;

import it.formapro.exam.certificate.DocumentDtos.IssueRequest;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/exam-sessions/{sessionId}/learning-records")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Certificates and learning records")
public class LearningRecordResource {

    @Inject
    DocumentService documents;

    @POST
    @RolesAllowed({"exam-board", "admin"})
    @Operation(summary = "Issue the documento di formalizzazione degli apprendimenti",
            description = "For a candidate who failed, or a student of the frozen list who was excluded or withdrew: "
                    + "the competence units passed and the training units whose learning check was passed, with the "
                    + "hours actually attended. Numbered DFA-YYYY-NNNNNN, verifiable like a certificate.")
    @APIResponse(responseCode = "201", description = "Issued")
    @APIResponse(responseCode = "409", description = "A document was already issued to this candidate in this session")
    @APIResponse(responseCode = "422", description = "The candidate passed (gets the certificate) or has no outcome yet")
    public Response issue(@PathParam("sessionId") long sessionId, @Valid @NotNull IssueRequest request,
                          @Parameter(description = CertificateIssueResource.IDEMPOTENCY) @HeaderParam("Idempotency-Key")
                          @Pattern(regexp = "^[\\x21-\\x7E]{1,200}$", message = "1-200 visible ASCII characters") String key) {
        return CertificateIssueResource.respond(documents,
                documents.issue(sessionId, request.studentId(), IssuedDocument.Kind.LEARNING_RECORD, key));
    }
}
