package it.formapro.exam.certificate;

import static it.formapro.common.security.Roles.ADMIN;
import static it.formapro.common.security.Roles.EXAM_BOARD;

import it.formapro.common.problem.Problem;
import it.formapro.common.web.IdempotencyKey;
import it.formapro.exam.web.IdempotencyKeyPattern;
import it.formapro.exam.certificate.DocumentDtos.DocumentView;
import it.formapro.exam.certificate.DocumentDtos.IssueRequest;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The documents of a catalogue edition, and the learning record of a student who left it before any exam. */
@Path("/editions/{editionId}")
@Produces(MediaType.APPLICATION_JSON)
@APIResponse(responseCode = "401", description = "No valid bearer token", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "403", description = "The token has none of the roles the operation requires (listed in its description)", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@Tag(name = "Certificates and learning records")
public class EditionDocumentsResource {

    @Inject
    LeavingRecordIssuer issuer;

    @Inject
    DocumentViews views;

    @POST
    @Path("/learning-records")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({EXAM_BOARD, ADMIN})
    @Operation(summary = "Issue the documento di formalizzazione degli apprendimenti to a student who left the course",
            description = "For a student whose enrollment in the edition is WITHDRAWN in enrollment-service, with no "
                    + "exam session needed: the training units whose learning check was passed and the hours actually "
                    + "attended (course and internship), read now from attendance-service; the holder's identity from "
                    + "enrollment-service; qualification, edition and the provider's accreditation from catalog-service. "
                    + "No competence-unit outcome and no assessment (content.assessment null): content.leaving and the "
                    + "PDF say the record was issued on leaving the course, with the withdrawal date, and that no "
                    + "assessment took place. Numbered DFA-YYYY-NNNNNN, verifiable and revocable like every document "
                    + "(sessionId null). Once per student and edition: a record revoked (for a wrong content) no "
                    + "longer counts, so the corrected one is issued with a new POST. Optional Idempotency-Key. "
                    + "Roles: exam-board, admin. 400 for a missing studentId or a malformed key; 404 for an edition "
                    + "catalog-service does not know (type .../unknown-edition); 409 if the student already has a "
                    + "learning record not revoked (or a valid certificate) for the edition, issued on leaving or in one "
                    + "of its exam sessions (type "
                    + ".../already-issued, figures documentId and number), or the student's personal data were erased "
                    + "(type .../student-erased); 422 if the student has no enrollment in the edition "
                    + "(.../student-not-enrolled), has not left it (.../student-not-withdrawn: a student still on the "
                    + "course gets the learning record only after the exam, from the exam session), withdrew before "
                    + "being confirmed (.../student-never-on-course), has no participation in attendance-service "
                    + "(.../no-attendance-record), the Idempotency-Key was used for another request, or the edition has "
                    + "no accreditation references of its provider (.../provider-accreditation-missing: D.lgs 13/2013 "
                    + "art. 6; record them in catalog-service with PUT /editions/{id}, providerAccreditation, then "
                    + "issue again); 503 if catalog-, enrollment- or attendance-service is unavailable. Every refusal "
                    + "saves nothing and uses no number.")
    @APIResponseSchema(value = DocumentView.class, responseCode = "201", responseDescription = "Issued, with no exam "
            + "session, or the replay of the same Idempotency-Key: the document issued for it")
    @APIResponse(responseCode = "400", description = "Missing studentId or malformed Idempotency-Key",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "catalog-service does not know the edition (unknown-edition)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "A learning record not revoked (or a valid certificate) was "
            + "already issued to this student for this edition, on leaving or in an exam session (already-issued; "
            + "figures: documentId, number), or the student's personal data were erased (student-erased); nothing "
            + "issued",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "Not enrolled in the edition, not withdrawn (still on the course: "
            + "the learning record follows the exam), withdrawn before being confirmed, no attendance record, or the "
            + "edition lacks the provider's accreditation "
            + "references (provider-accreditation-missing) or the issuing Region (issuing-region-missing), D.lgs 13/2013 art. 6; nothing issued, no number used",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "503", description = "catalog-, enrollment- or attendance-service unavailable; nothing issued",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response issueOnLeaving(@PathParam("editionId") long editionId, @Valid @NotNull IssueRequest request,
                                   @Parameter(description = CertificateIssueResource.IDEMPOTENCY) @HeaderParam(IdempotencyKey.HEADER)
                                   @Pattern(regexp = IdempotencyKeyPattern.REGEXP, message = IdempotencyKeyPattern.MESSAGE) String key) {
        String idempotencyKey = IdempotencyKey.read(key);
        return CertificateIssueResource.respond(views, issuer.issue(editionId, request.studentId(), idempotencyKey),
                idempotencyKey);
    }

    @GET
    @Path("/documents")
    @RolesAllowed({EXAM_BOARD, ADMIN})
    @Operation(summary = "The certificates and learning records of an edition", description = "Oldest first: those "
            + "issued in any of the edition's exam sessions and the learning records issued to students who left "
            + "(sessionId null). Roles: exam-board, admin. An edition with no document, or unknown, gives an empty "
            + "list.")
    @APIResponse(responseCode = "200", description = "The documents, oldest first",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.ARRAY, implementation = DocumentView.class)))
    public List<DocumentView> ofEdition(@PathParam("editionId") long editionId) {
        return IssuedDocument.<IssuedDocument>list("editionId = ?1 order by id", editionId).stream()
                .map(views::view).toList();
    }
}
