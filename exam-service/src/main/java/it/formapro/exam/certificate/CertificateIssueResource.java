package it.formapro.exam.certificate;

import static it.formapro.common.security.Roles.ADMIN;
import static it.formapro.common.security.Roles.EXAM_BOARD;

import it.formapro.common.problem.Problem;
import it.formapro.common.web.IdempotencyKey;
import it.formapro.exam.web.IdempotencyKeyPattern;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import it.formapro.exam.certificate.DocumentDtos.DocumentView;
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
import java.net.URI;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/exam-sessions/{sessionId}/certificates")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@APIResponse(responseCode = "401", description = "No valid bearer token", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "403", description = "The token has none of the roles the operation requires (listed in its description)", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@Tag(name = "Certificates and learning records")
public class CertificateIssueResource {

    static final String IDEMPOTENCY = "Optional client-chosen key (1-200 visible ASCII characters): repeating a "
            + "request with the same key answers the document issued for it as the first answer did (201, the same "
            + "Location, Idempotent-Replayed: true) instead of a 409";

    @Inject
    SessionDocumentIssuer issuer;

    @Inject
    DocumentViews views;

    @POST
    @RolesAllowed({EXAM_BOARD, ADMIN})
    @Operation(summary = "Issue the Certificato di qualificazione professionale to a candidate who passed",
            description = "D.lgs 13/2013 art. 6 contents (holder, Region and provider, competence units, qualification "
                    + "with EQF, ATECO and ISTAT codes, course hours and dates, board, exam date and outcome), a number "
                    + "sequential per year (CQP-YYYY-NNNNNN) and a random 16-character verification code. The content "
                    + "and the PDF (with a QR code of the verification URL) are frozen at issue. One document per "
                    + "candidate and session, also under retries and concurrent requests. Roles: exam-board, admin. 400 "
                    + "for a missing studentId or a malformed Idempotency-Key, 404 for an unknown session, 409 if already "
                    + "issued, the session is not held, the list not frozen or the student's personal data were erased "
                    + "(type .../student-erased: enrollment-service answers 410 Gone for their identity), 422 if the "
                    + "candidate did not pass, the key was used for another request, or the edition has no accreditation "
                    + "references of its provider (type .../provider-accreditation-missing: D.lgs 13/2013 art. 6 requires "
                    + "them on the certificate; record them in catalog-service with PUT /editions/{id}, "
                    + "providerAccreditation, then issue again; no number is used), 503 if a service it needs is "
                    + "unavailable.")
    @APIResponse(responseCode = "201", description = "Issued, or the replay of the same Idempotency-Key: the document issued for it",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = DocumentView.class)))
    @APIResponse(responseCode = "400", description = "Missing studentId or malformed Idempotency-Key",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such exam session",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "Already issued (figures: documentId, number), session not held or CANCELLED (session-cancelled), list not frozen, or the student's personal data were erased (student-erased)", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "The candidate did not pass, or the edition lacks the provider's accreditation references (provider-accreditation-missing) or the issuing Region (issuing-region-missing), D.lgs 13/2013 art. 6; nothing issued", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "503", description = "catalog- or enrollment-service unavailable; nothing issued", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response issue(@PathParam("sessionId") long sessionId, @Valid @NotNull IssueRequest request,
                          @Parameter(description = IDEMPOTENCY) @HeaderParam(IdempotencyKey.HEADER)
                          @Pattern(regexp = IdempotencyKeyPattern.REGEXP, message = IdempotencyKeyPattern.MESSAGE) String key) {
        String idempotencyKey = IdempotencyKey.read(key);
        return respond(views, issuer.issue(sessionId, request.studentId(), IssuedDocument.Kind.CERTIFICATE, idempotencyKey),
                idempotencyKey);
    }

    /** A document issued, or replayed for its Idempotency-Key: the same answer (docs/CONTRACTS.md, "Retries"). */
    static Response respond(DocumentViews views, DocumentIssuance.Issued issued, String key) {
        DocumentView view = views.view(issued.document());
        return IdempotencyKey.created(URI.create("/certificates/" + view.id()), view, key, !issued.created());
    }
}
