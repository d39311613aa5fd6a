package it.formapro.exam.certificate;

import static it.formapro.common.security.Roles.ADMIN;
import static it.formapro.common.security.Roles.EXAM_BOARD;

import it.formapro.common.problem.Problem;
import it.formapro.common.web.IdempotencyKey;
import it.formapro.exam.web.IdempotencyKeyPattern;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
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
@APIResponse(responseCode = "401", description = "No valid bearer token", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "403", description = "The token has none of the roles the operation requires (listed in its description)", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@Tag(name = "Certificates and learning records")
public class LearningRecordResource {

    @Inject
    SessionDocumentIssuer issuer;

    @Inject
    DocumentViews views;

    @POST
    @RolesAllowed({EXAM_BOARD, ADMIN})
    @Operation(summary = "Issue the documento di formalizzazione degli apprendimenti",
            description = "For a candidate who failed, or a student of the frozen list who was excluded or withdrew: "
                    + "the competence units passed and the training units whose learning check was passed, with the "
                    + "hours actually attended. Numbered DFA-YYYY-NNNNNN, verifiable like a certificate. Optional "
                    + "Idempotency-Key. Roles: exam-board, admin. 400 for a missing studentId or a malformed key, 404 for "
                    + "an unknown session, 409 if already issued in this session, or already issued to the student on "
                    + "leaving the edition and not revoked (POST /editions/{editionId}/learning-records; type "
                    + ".../already-issued), the "
                    + "session is not held, the list not frozen or the "
                    + "student's personal data were erased (type .../student-erased), 422 if "
                    + "the candidate passed or has no outcome yet, or the edition has no accreditation references of its "
                    + "provider (type .../provider-accreditation-missing: D.lgs 13/2013 art. 6; record them in "
                    + "catalog-service with PUT /editions/{id}, providerAccreditation, then issue again; no number is "
                    + "used), 503 if a service it needs is unavailable.")
    @APIResponse(responseCode = "201", description = "Issued, or the replay of the same Idempotency-Key: the document issued for it",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = DocumentDtos.DocumentView.class)))
    @APIResponse(responseCode = "400", description = "Missing studentId or malformed Idempotency-Key",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such exam session",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "A document was already issued to this candidate in this session, or a learning record on leaving the edition (already-issued), session not held or CANCELLED (session-cancelled), list not frozen, or the student's personal data were erased (student-erased)", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "The candidate passed (gets the certificate) or has no outcome yet, or the edition lacks the provider's accreditation references (provider-accreditation-missing) or the issuing Region (issuing-region-missing), D.lgs 13/2013 art. 6; nothing issued", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "503", description = "catalog-, attendance- or enrollment-service unavailable; nothing issued",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response issue(@PathParam("sessionId") long sessionId, @Valid @NotNull IssueRequest request,
                          @Parameter(description = CertificateIssueResource.IDEMPOTENCY) @HeaderParam(IdempotencyKey.HEADER)
                          @Pattern(regexp = IdempotencyKeyPattern.REGEXP, message = IdempotencyKeyPattern.MESSAGE) String key) {
        String idempotencyKey = IdempotencyKey.read(key);
        return CertificateIssueResource.respond(views,
                issuer.issue(sessionId, request.studentId(), IssuedDocument.Kind.LEARNING_RECORD, idempotencyKey),
                idempotencyKey);
    }
}
