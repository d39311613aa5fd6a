package it.formapro.enrollment.enrollment;

import static it.formapro.common.security.Roles.ADMIN;
import static it.formapro.common.security.Roles.EXAM_BOARD;
import static it.formapro.common.security.Roles.FRONTDESK;
import static it.formapro.common.security.Roles.PORTAL;

import com.fasterxml.jackson.databind.ObjectMapper;
import it.formapro.common.problem.Problem;
import it.formapro.common.reports.EditionWideReport;
import it.formapro.common.reports.ReportAnswers;
import it.formapro.common.security.Caller;
import it.formapro.enrollment.enrollment.EnrollmentDtos.AcceptanceRequest;
import it.formapro.enrollment.enrollment.EnrollmentDtos.EnrollmentView;
import it.formapro.enrollment.enrollment.EnrollmentDtos.PortalReceipt;
import it.formapro.enrollment.enrollment.EnrollmentDtos.PreEnrollmentRequest;
import it.formapro.enrollment.enrollment.EnrollmentDtos.PreEnrollmentView;
import it.formapro.enrollment.enrollment.EnrollmentDtos.RejectionRequest;
import it.formapro.enrollment.enrollment.EnrollmentDtos.StatusChangeView;
import it.formapro.enrollment.enrollment.EnrollmentDtos.WithdrawalRequest;
import it.formapro.enrollment.enrollment.EnrollmentDtos.WithdrawalView;
import it.formapro.common.web.IdempotencyKey;
import it.formapro.enrollment.idempotency.Idempotency;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/")
@Produces(MediaType.APPLICATION_JSON)
@APIResponse(responseCode = "401", description = "No valid bearer token", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "403", description = "The token has none of the roles the operation requires (listed in its description)", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@Tag(name = "Enrollments", description = "Pre-enrollment, confirmation (capacity, TUI), withdrawal, waiting list")
public class EnrollmentResource {

    @Inject
    EnrollmentService enrollments;

    @Inject
    Idempotency idempotency;

    @Inject
    Caller caller;

    @Inject
    ReportAnswers answers;

    @Inject
    ObjectMapper json;

    @POST
    @Path("editions/{editionId}/enrollments")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ADMIN, FRONTDESK, PORTAL})
    @Operation(summary = "Pre-enroll on an edition", description = "Pre-enrolls a registered student (front desk) or an "
            + "applicant whose data is sent inline (portal). Allowed while evidence is missing (it may be documented up to the "
            + "start); refused with 422 when a rule already fails on the documents on file (a portal's: on those it sent). When the edition is full the "
            + "enrollment goes to the waiting list. A portal application to an edition already started is refused once "
            + "more than the TUI % of its hours had been delivered before today (422 tui-passed, as at confirmation: the "
            + "applicant could never be confirmed); the front desk, who may record a student who joined earlier, is "
            + "checked at confirmation, on the joining day. The portal gets back no personal data, and the Location of its "
            + "application (GET /applications/{id}, where it follows the status later): a refusal lists each failing rule "
            + "with its source but not the reason. An applicant whose codice fiscale (or, without one, identity document: "
            + "otherIdType, otherIdCountry and otherIdValue, the country required with a number) matches a student on "
            + "file, with or without a codice fiscale, is that student: the identity on file is kept. For the front desk "
            + "the documents sent count in place of those of the same kind on file and are recorded with the enrollment. "
            + "A portal's application is judged on what it sent only (birth date, citizenship, documents), never on the "
            + "file, and writes nothing onto a student on file: the documents it presents are held on the application "
            + "until the front desk accepts them (POST /enrollments/{id}/presented-documents/acceptance). An applicant whose "
            + "document matches a student whose document has no recorded issuing country, or whose new codice fiscale "
            + "comes with another student's document, is refused (409 duplicate-student; a portal is not told the "
            + "student's id) until the front desk resolves it. Idempotency-Key makes a retry safe: the same key with the same body "
            + "replays the first answer (201, its Location, Idempotent-Replayed: true), with another body it is refused "
            + "(422 idempotency-key-reused). "
            + "Roles: admin, frontdesk, portal. 400 for invalid data or neither/both of studentId and applicant, 404 for an "
            + "unknown student or edition, 409 if already enrolled, the key is in flight, the student is marked as a "
            + "duplicate of another (duplicate-student, duplicateOf) or the applicant's document is another student's "
            + "(duplicate-student, as above), 422 if an entry rule fails, the "
            + "edition is closed (edition-closed), not open yet (edition-not-open: a PLANNED edition, whose qualification "
            + "may still change, until the admin opens it) or the key was used for another request, 503 if catalog-service "
            + "(or, for a portal application to a started edition, attendance-service) is unavailable.")
    @APIResponse(responseCode = "201", description = "Pre-enrolled: admin and frontdesk get a PreEnrollment (enrollment "
            + "and eligibility), a portal its PortalReceipt (enrollmentId, status and what is still missing); each shape "
            + "requires fields the other has not",
            headers = @Header(name = "Location", description = "Where the caller reads it back: /applications/{id} for a "
                    + "portal (its application, GET /applications/{id}), /enrollments/{id} for admin and frontdesk",
                    schema = @Schema(type = SchemaType.STRING, format = "uri-reference")),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(oneOf = {PreEnrollmentView.class, PortalReceipt.class})))
    @APIResponse(responseCode = "400", description = "Missing or malformed field, or neither/both of studentId and applicant",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "Unknown student or edition",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "Already enrolled on this edition, a student marked as a duplicate "
            + "or an applicant's document held by another student (duplicate-student)", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "An entry rule fails (entry-requirements-failed), the edition is "
            + "closed (edition-closed) or still PLANNED (edition-not-open: only OPEN and RUNNING editions take enrollments), "
            + "a portal application past the latest joining point (tui-passed), or the Idempotency-Key was used for another "
            + "request or body (idempotency-key-reused)", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "503", description = "catalog-service unavailable, or attendance-service for a portal "
            + "application to a started edition (TUI); nothing recorded", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response preEnroll(@PathParam("editionId") long editionId,
                              @Parameter(description = "Optional key making the request safe to retry", schema = @Schema(type = SchemaType.STRING))
                              @HeaderParam(IdempotencyKey.HEADER) String idempotencyKey,
                              @NotNull @Valid PreEnrollmentRequest request) {
        return idempotency.run(idempotencyKey, "POST /editions/" + editionId + "/enrollments", request, () -> {
            EnrollmentService.PreEnrollment result = enrollments.preEnroll(editionId, request);
            Enrollment e = result.enrollment();
            boolean staff = caller.isStaff();
            Object body = staff ? new PreEnrollmentView(EnrollmentView.of(e), result.eligibility())
                    : PortalReceipt.of(e, result.eligibility());
            // each reads it back where its role may: the portal its application, the front desk the enrollment
            return Response.created(URI.create((staff ? "/enrollments/" : "/applications/") + e.id)).entity(body).build();
        });
    }

    @GET
    @Path("editions/{editionId}/enrollments")
    @RolesAllowed({ADMIN, FRONTDESK, EXAM_BOARD})
    @Operation(summary = "List an edition's enrollments", description = "In pre-enrollment order, optionally filtered by status; "
            + "waiting-list entries carry their position. Roles: admin, frontdesk, exam-board. An unknown edition gives an "
            + "empty list.")
    @APIResponse(responseCode = "200", description = "The enrollments",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.ARRAY, implementation = EnrollmentView.class)))
    @APIResponse(responseCode = "503", description = "Refused for now: " + EditionWideReport.BUSY_503,
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public StreamingOutput ofEdition(@PathParam("editionId") long editionId,
                                     @Parameter(description = "PRE_ENROLLED, WAITING_LIST, CONFIRMED or WITHDRAWN")
                                     @QueryParam("status") EnrollmentStatus status) {
        return answers.json(enrollments.ofEdition(editionId, status));
    }

    @GET
    @Path("enrollments/{id}")
    @RolesAllowed({ADMIN, FRONTDESK})
    @Operation(summary = "Read an enrollment", description = "The enrollment with its student, edition, status and "
            + "waiting-list position, if any, and, for a portal's application for a student already on file, what it "
            + "sent (presentedDocuments: the documents presented by that portal, held until the front desk accepts "
            + "them, status PENDING until then). Roles: admin, frontdesk. 404 if there is no such enrollment.")
    @APIResponse(responseCode = "200", description = "The enrollment",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = EnrollmentView.class)))
    @APIResponse(responseCode = "404", description = "No such enrollment", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public EnrollmentView get(@PathParam("id") long id) {
        return enrollments.view(id);
    }

    @POST
    @Path("enrollments/{id}/presented-documents/acceptance")
    @RolesAllowed({ADMIN, FRONTDESK})
    @Operation(summary = "Accept the documents a portal presented", description = "A portal's application for an "
            + "applicant already on file does not write onto the student: the documents it presents are held on the "
            + "application (GET /enrollments/{id}, presentedDocuments, PENDING) and count for nothing at confirmation. "
            + "The front desk, having checked them, accepts them here while the application is PRE_ENROLLED or "
            + "WAITING_LIST: they are recorded on the student in place of the documents of the same kind on file (as a "
            + "front-desk application records them), the answer's presentedDocuments says which kinds were recorded "
            + "(recorded) and which replaced one on file (replaced), and the enrollment's history names them. A presented "
            + "document older than the one of the same kind on file (an earlier issue, test, check or application date, "
            + "an earlier permit expiry) is not put in its place unless the body says {\"replaceNewer\": true}: 409 "
            + "presented-documents-older names both. The body is optional. Idempotent: accepting accepted documents "
            + "changes nothing and answers the enrollment as it stands (without recorded and replaced). "
            + "Roles: admin, frontdesk. 400 for an id that is not a number or a malformed body, 404 for an unknown "
            + "enrollment or one holding no presented documents, 409 once they were rejected (presented-documents-decided), "
            + "when they would replace a more recent document (presented-documents-older), when the application is "
            + "confirmed or withdrawn (enrollment-status: documents never accepted were discarded then), when the student "
            + "was erased (student-erased: what was presented went with the erasure) or is marked as a duplicate of "
            + "another (duplicate-student).")
    @APIResponse(responseCode = "200", description = "Accepted (now or before): the enrollment with its presentedDocuments",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = EnrollmentView.class)))
    @APIResponse(responseCode = "400", description = "The id is not a number, or a malformed body",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such enrollment, or no documents presented by a portal on it",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "The documents were rejected (presented-documents-decided), would "
            + "replace a more recent document on file (presented-documents-older), the application is confirmed or "
            + "withdrawn (enrollment-status), the student was erased (student-erased) or is marked as a duplicate "
            + "(duplicate-student); nothing changed",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @Consumes(MediaType.WILDCARD) // the body is optional: a bare POST (no Content-Type) must not be a 415
    public EnrollmentView acceptPresented(@Parameter(description = "The enrollment's id", example = "7") @PathParam("id") long id,
                                          @org.eclipse.microprofile.openapi.annotations.parameters.RequestBody(
                                                  required = false, description = "Optional: {\"replaceNewer\": true} to "
                                                  + "replace more recent documents on file", content = @Content(
                                                  mediaType = MediaType.APPLICATION_JSON,
                                                  schema = @Schema(implementation = AcceptanceRequest.class)))
                                          String body) {
        return enrollments.acceptPresented(id, AcceptanceRequest.read(json, body).replacesNewer());
    }

    @POST
    @Path("enrollments/{id}/presented-documents/rejection")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ADMIN, FRONTDESK})
    @Operation(summary = "Reject the documents a portal presented", description = "The front desk refuses the documents "
            + "a portal's application presented for an applicant already on file (GET /enrollments/{id}, "
            + "presentedDocuments): they are never recorded on the student and no longer count in the portal's receipt; "
            + "the reason is kept with them (the history says they were rejected, not why: the reason may describe the "
            + "person, and the student's erasure deletes it with them). Idempotent: rejecting rejected documents changes "
            + "nothing (the first reason stays). Roles: admin, frontdesk. 400 for a missing, blank or over-long reason or "
            + "a malformed body, 404 for an unknown enrollment or one holding no presented documents, 409 once they were "
            + "accepted (presented-documents-decided), when the application is confirmed or withdrawn (enrollment-status) "
            + "or the student was erased (student-erased). The rejected documents are not kept: the history names their "
            + "kinds, presentedDocuments keeps the reason, who and when.")
    @APIResponse(responseCode = "200", description = "Rejected (now or before): the enrollment with its presentedDocuments",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = EnrollmentView.class)))
    @APIResponse(responseCode = "400", description = "No reason, a blank or over-long one, or a malformed body; nothing changed",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such enrollment, or no documents presented by a portal on it",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "The documents were accepted (presented-documents-decided), the "
            + "application is confirmed or withdrawn (enrollment-status) or the student was erased (student-erased); nothing changed",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public EnrollmentView rejectPresented(@Parameter(description = "The enrollment's id", example = "7") @PathParam("id") long id,
                                          @NotNull @Valid RejectionRequest request) {
        return enrollments.rejectPresented(id, request.reason());
    }

    @POST
    @Path("enrollments/{id}/confirmation")
    @RolesAllowed({ADMIN, FRONTDESK})
    @Operation(summary = "Confirm an enrollment", description = "Confirms when every entry requirement passes on the "
            + "student's file (re-evaluated now; documents a portal presented count once the front desk has accepted them, "
            + "and a refusal they would lift names them and the acceptance), "
            + "a seat is free (capacity; freed seats go to the waiting list in pre-enrollment order) and, once the edition has "
            + "started, not more than the TUI % of the planned hours had been delivered before the joining day (asked to "
            + "attendance-service; exactly at the limit is allowed; that day's lessons are the student's own). The participant is then registered in attendance-service; if that fails nothing is "
            + "confirmed (503), and a participant attendance may have taken all the same is withdrawn there; if attendance holds the "
            + "student as erased (an erasure that reached it and did not finish here) nothing is confirmed either, and the 409 "
            + "erasure-incomplete says to complete the erasure rather than retry. When the edition is full the enrollment goes to the waiting list and 409 says its position. "
            + "An Idempotency-Key makes a retry safe: the same key (and joinedOn) replays the first answer (200, "
            + "Idempotent-Replayed: true). "
            + "Roles: admin, frontdesk. 400 for a joinedOn outside the allowed range, 404 for an unknown enrollment, 422 "
            + "when the edition is closed (edition-closed) or still PLANNED (edition-not-open), or the key was used for "
            + "another request or joinedOn (idempotency-key-reused).")
    @APIResponse(responseCode = "200", description = "Confirmed",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = EnrollmentView.class)))
    @APIResponse(responseCode = "400", description = "joinedOn outside the edition's start date and today, or a malformed Idempotency-Key",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such enrollment",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "No seat (waiting list), not in a confirmable status, a student "
            + "marked as a duplicate of another (duplicate-student), or a student attendance-service holds as erased while "
            + "this service does not (erasure-incomplete: nothing confirmed; complete the erasure, a retry cannot help)", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "Entry requirements not met, TUI passed, edition closed (edition-closed) "
            + "or still PLANNED (edition-not-open), or the Idempotency-Key reused for another request (idempotency-key-reused); "
            + "violations and figures say why",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "503", description = "catalog- or attendance-service unavailable; nothing confirmed", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response confirm(@PathParam("id") long id,
                            @Parameter(description = "Day the student actually joined, when the front desk records a "
                                    + "confirmation after the fact (e.g. the paper register was signed from that day): between "
                                    + "the edition's start date and today; the TUI is then measured on the hours delivered before "
                                    + "that day. Default: the start date if confirmed before it, otherwise today.",
                                    example = "2026-11-16")
                            @QueryParam("joinedOn") LocalDate joinedOn,
                            @Parameter(description = "Optional key making the request safe to retry", schema = @Schema(type = SchemaType.STRING))
                            @HeaderParam(IdempotencyKey.HEADER) String idempotencyKey) {
        // joinedOn changes the outcome: the same key with another joining day is another request
        return idempotency.run(idempotencyKey, "POST /enrollments/" + id + "/confirmation",
                java.util.Collections.singletonMap("joinedOn", joinedOn == null ? null : joinedOn.toString()),
                () -> Response.ok(enrollments.confirm(id, joinedOn)).build());
    }

    @POST
    @Path("enrollments/{id}/withdrawal")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ADMIN, FRONTDESK})
    @Operation(summary = "Withdraw an enrollment", description = "Withdraws; a confirmed participant is also withdrawn in "
            + "attendance-service (if that fails nothing changes, 503). For an unconfirmed enrollment attendance-service is "
            + "asked whether it holds a participant this enrollment registered (a confirmation that failed here after "
            + "attendance took it): if so it is withdrawn there as never having joined; if attendance cannot answer "
            + "nothing changes (503). A freed seat is offered to the first waiting-list "
            + "enrollment (returned), which the front desk then confirms: nobody is promoted automatically. Possible on "
            + "any edition, closed ones included. withdrawnOn (default today, in Italy) cannot be in the future nor before "
            + "the enrollment: the day the student joined, for a confirmed student who has (the confirmation day for one "
            + "who has not joined yet), otherwise the pre-enrollment day. Roles: admin, frontdesk. 400 for a malformed "
            + "body or such a withdrawnOn (the detail names the dates; nothing changes), 404 for an unknown enrollment.")
    @APIResponse(responseCode = "200", description = "Withdrawn, with the waiting-list enrollment offered the freed seat, if any",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = WithdrawalView.class)))
    @APIResponse(responseCode = "400", description = "Malformed body, or withdrawnOn in the future or before the enrollment "
            + "(joining, confirmation or pre-enrollment day)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such enrollment",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "Already withdrawn", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "503", description = "attendance-service unavailable; nothing changed", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public WithdrawalView withdraw(@PathParam("id") long id,
                                   @org.eclipse.microprofile.openapi.annotations.parameters.RequestBody(description = "Reason and date; send {} for none")
                                   @Valid WithdrawalRequest request) {
        return enrollments.withdraw(id, request);
    }

    @GET
    @Path("enrollments/{id}/history")
    @RolesAllowed({ADMIN, FRONTDESK})
    @Operation(summary = "Audit trail of an enrollment", description = "Every status change: from, to, who (token "
            + "principal), when, and the events of an enrollment that leave its status as it is, recorded with from equal "
            + "to to: the acceptance or rejection of the documents a portal presented, and the discarding of those never "
            + "accepted when the application is confirmed or withdrawn. Roles: admin, frontdesk. 404 for an unknown "
            + "enrollment.")
    @APIResponse(responseCode = "200", description = "The changes, oldest first",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.ARRAY, implementation = StatusChangeView.class)))
    @APIResponse(responseCode = "404", description = "No such enrollment",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public List<StatusChangeView> history(@PathParam("id") long id) {
        return enrollments.history(id).stream().map(StatusChangeView::of).toList();
    }
}
