package it.formapro.enrollment.enrollment;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import it.formapro.common.problem.ProblemException;
import it.formapro.common.validation.PlausibleDate;
import it.formapro.enrollment.eligibility.Citizenship;
import it.formapro.enrollment.eligibility.EligibilityEngine;
import it.formapro.enrollment.eligibility.EligibilityReport;
import it.formapro.enrollment.eligibility.Evidence;
import it.formapro.enrollment.eligibility.RuleCheck;
import it.formapro.enrollment.eligibility.RuleOutcome;
import it.formapro.enrollment.student.StudentDtos.StudentInput;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The JSON shapes of the enrollment API. */
public final class EnrollmentDtos {

    private EnrollmentDtos() {
    }

    @Schema(name = "PreEnrollmentRequest", description = "Exactly one of studentId or applicant (both, or neither, is a "
            + "400): a registered student (front desk), or the applicant's data (portal applications; an existing student "
            + "with the same codice fiscale, or without one the same identity document, is reused: its identity is kept. "
            + "The front desk's documents replace those of the same kind once the pre-enrollment succeeds; a portal's "
            + "application is judged on what it sends only, and its documents are held on the application until the "
            + "front desk accepts them)",
            examples = {"{\"studentId\": 5}", "{\"applicant\": " + StudentInput.ITALIAN_EXAMPLE + "}"})
    public record PreEnrollmentRequest(
            @Schema(description = "A registered student (front desk; not with applicant)", examples = "5") Long studentId,
            @Valid @Schema(description = "The applicant's data, creating the student (portal; not with studentId)")
            StudentInput applicant) {
    }

    @Schema(name = "Enrollment", description = "An enrollment (contract of docs/CONTRACTS.md plus waitingListPosition and, "
            + "on the front desk's reads of one student's enrollments, presentedDocuments)")
    public record EnrollmentView(
            @Schema(examples = "7") long id,
            @Schema(examples = "5") long studentId,
            @Schema(examples = "12") long editionId,
            @Schema(description = "PRE_ENROLLED, WAITING_LIST, CONFIRMED or WITHDRAWN", examples = "CONFIRMED") EnrollmentStatus status,
            OffsetDateTime preEnrolledAt,
            @Schema(description = "When the enrollment was confirmed; null until then", nullable = true) OffsetDateTime confirmedAt,
            @Schema(description = "The day the confirmed student joins the course: the edition's start, or a late "
                    + "joiner's day within the TUI; null until confirmed", examples = "2027-01-11", nullable = true)
            LocalDate joinedOn,
            @Schema(description = "When the withdrawal was recorded; null unless WITHDRAWN", nullable = true)
            OffsetDateTime withdrawnAt,
            @Schema(description = "The day the student left, as dated by the front desk (attendance counts no day after "
                    + "it); null unless WITHDRAWN", examples = "2027-02-01", nullable = true) LocalDate withdrawnOn,
            @Schema(description = "1 = next to be offered a freed seat; null unless on the waiting list", examples = "1",
                    nullable = true)
            Long waitingListPosition,
            @JsonInclude(JsonInclude.Include.NON_NULL)
            @Schema(description = "What a portal's application sent for an applicant already on file: the documents it "
                    + "presented, held here and not on the student until the front desk accepts them. Given by GET "
                    + "/enrollments/{id}, GET /students/{id}/enrollments (so in the personal-data export) and the "
                    + "acceptance's and rejection's answers; absent elsewhere (an edition's list, a confirmation, a "
                    + "withdrawal) and for an enrollment without them", nullable = true)
            PresentedDocumentsView presentedDocuments) {

        public static EnrollmentView of(Enrollment e, Long waitingListPosition) {
            return new EnrollmentView(e.id, e.studentId, e.editionId, e.status, e.preEnrolledAt, e.confirmedAt,
                    e.joinedOn, e.withdrawnAt, e.withdrawnOn,
                    e.status == EnrollmentStatus.WAITING_LIST ? waitingListPosition : null, null);
        }

        public static EnrollmentView of(Enrollment e) {
            return of(e, e.status == EnrollmentStatus.WAITING_LIST ? e.waitingAhead() + 1 : null);
        }

        /** The enrollment with what its portal application presented, if anything (the front desk's reads). */
        public static EnrollmentView withPresented(Enrollment e, PresentedDocuments presented) {
            EnrollmentView v = of(e);
            return presented == null ? v : new EnrollmentView(v.id, v.studentId, v.editionId, v.status, v.preEnrolledAt,
                    v.confirmedAt, v.joinedOn, v.withdrawnAt, v.withdrawnOn, v.waitingListPosition,
                    PresentedDocumentsView.of(e, presented, null));
        }

        /** The acceptance's answer when it recorded the documents: which kinds it recorded and which took another's place. */
        public static EnrollmentView withAccepted(Enrollment e, PresentedDocuments accepted, List<String> replaced) {
            EnrollmentView v = withPresented(e, accepted);
            return new EnrollmentView(v.id, v.studentId, v.editionId, v.status, v.preEnrolledAt, v.confirmedAt, v.joinedOn,
                    v.withdrawnAt, v.withdrawnOn, v.waitingListPosition, PresentedDocumentsView.of(e, accepted, replaced));
        }
    }

    @Schema(name = "PresentedDocuments", description = "What a portal's application sent for an applicant already on "
            + "file (the same codice fiscale or identity document). The identity on file is kept, and the documents are "
            + "held on the application, not written onto the student: the front desk checks them and accepts them (POST "
            + "/enrollments/{id}/presented-documents/acceptance: recorded on the student) or rejects them (.../rejection). "
            + "Until accepted they count for nothing at confirmation. The portal's receipt is evaluated on what it sent "
            + "(declaredBirthDate, declaredCitizenship, evidence less rejected documents), never on the file")
    public record PresentedDocumentsView(
            @Schema(description = "The portal client that sent the application (its token's principal name)",
                    examples = "service-account-portal") String presentedBy,
            OffsetDateTime presentedAt,
            @Schema(description = "PENDING: presented by that portal and not yet accepted (not on the student's record); "
                    + "ACCEPTED: recorded on the student; REJECTED: never recorded; null when the application presented "
                    + "no document (nothing to decide)", examples = "PENDING", nullable = true)
            PresentedDocuments.Status status,
            @Schema(description = "The kinds of document presented (the evidence's field names); empty once REJECTED "
                    + "(rejected documents are not kept: the history names their kinds)",
                    examples = "[\"residencePermit\"]") List<String> documents,
            @Schema(description = "The documents as the portal presented them; none once REJECTED") Evidence evidence,
            @Schema(description = "The birth date the application declared (the one on file stays the student's)",
                    examples = "1990-01-01") LocalDate declaredBirthDate,
            @Schema(description = "The citizenship the application declared (the one on file stays the student's)",
                    examples = "NON_EU") Citizenship declaredCitizenship,
            @Schema(description = "Who accepted or rejected them (token principal); null while PENDING", nullable = true)
            String decidedBy,
            @Schema(description = "When they were accepted or rejected; null while PENDING", nullable = true)
            OffsetDateTime decidedAt,
            @Schema(description = "Why the front desk rejected them; null unless REJECTED", nullable = true)
            String rejectionReason,
            @JsonInclude(JsonInclude.Include.NON_NULL)
            @Schema(description = "Only in the answer of the acceptance that recorded them: the kinds recorded on the "
                    + "student now (those presented)", examples = "[\"residencePermit\", \"italianCertificate\"]",
                    nullable = true)
            List<String> recorded,
            @JsonInclude(JsonInclude.Include.NON_NULL)
            @Schema(description = "Only in the answer of the acceptance that recorded them: the kinds that took the place "
                    + "of a document of the same kind on file (the others were not on file)", examples = "[\"residencePermit\"]",
                    nullable = true)
            List<String> replaced) {

        static PresentedDocumentsView of(Enrollment e, PresentedDocuments p, List<String> replaced) {
            return new PresentedDocumentsView(e.submittedBy, p.presentedAt, p.status, p.kinds(), p.evidence, p.birthDate,
                    p.citizenship, p.decidedBy, p.decidedAt, p.rejectionReason, replaced == null ? null : p.kinds(), replaced);
        }
    }

    @Schema(name = "PresentedDocumentsAcceptance", description = "Optional (the acceptance may be sent without a body)")
    public record AcceptanceRequest(
            @Schema(description = "Accept even where a presented document would replace a more recent one of the same "
                    + "kind on file (a later issue, test, check or application date, or a later permit expiry); without "
                    + "it such an acceptance is refused (409 presented-documents-older) and changes nothing",
                    examples = "false", nullable = true) Boolean replaceNewer) {

        public boolean replacesNewer() {
            return Boolean.TRUE.equals(replaceNewer);
        }

        /** The optional body: none (or blank) is no request; anything but such an object is a 400. */
        public static AcceptanceRequest read(ObjectMapper json, String body) {
            if (body == null || body.isBlank()) {
                return new AcceptanceRequest(null);
            }
            try {
                AcceptanceRequest request = json.readValue(body, AcceptanceRequest.class);
                return request == null ? new AcceptanceRequest(null) : request;
            } catch (JsonProcessingException e) {
                throw ProblemException.badRequest("Malformed body: send nothing, or {\"replaceNewer\": true|false}");
            }
        }
    }

    @Schema(name = "PresentedDocumentsRejection", description = "Why the front desk rejects the documents a portal presented")
    public record RejectionRequest(
            @NotBlank @Size(max = 300) @Schema(description = "Why they are not recorded on the student, for the audit "
                    + "and the applicant (cleared by the student's erasure)", examples = "The certificate's issuer does "
                    + "not confirm it; the applicant is to bring the original") String reason) {
    }

    @Schema(name = "PreEnrollment", description = "The pre-enrollment and the eligibility check behind it (admin, "
            + "frontdesk): enrollment and eligibility, which a PortalReceipt has not",
            requiredProperties = {"enrollment", "eligibility"})
    public record PreEnrollmentView(EnrollmentView enrollment, EligibilityReport eligibility) {
    }

    @Schema(name = "PortalReceipt", description = "What a portal gets back for an application, on submission and later "
            + "(GET /applications/{id}): no personal data, only the enrollment reference, its status and, while it is "
            + "PRE_ENROLLED or WAITING_LIST, which entry rules do not pass yet (outcome and source, never the reason): on "
            + "the documents on file for an applicant the application registered, on what the application sent for one "
            + "already on file (never on that file: documents the provider records on the student afterwards, the ones "
            + "it accepts from the application included, are not reflected; rejected ones stop counting). An application "
            + "recorded before V12 for an applicant who may have been on file is not evaluated (notEvaluated). "
            + "enrollmentId, never in a PreEnrollment, tells it apart",
            requiredProperties = {"enrollmentId", "editionId", "status", "preEnrolledAt", "missingEvidence", "rulesNotPassed"})
    public record PortalReceipt(
            @Schema(description = "The application's id (the enrollment's)", examples = "7") long enrollmentId,
            @Schema(examples = "12") long editionId,
            @Schema(description = "PRE_ENROLLED, WAITING_LIST, CONFIRMED or WITHDRAWN", examples = "PRE_ENROLLED") EnrollmentStatus status,
            OffsetDateTime preEnrolledAt,
            @Schema(description = "The entry rules' verdict (as for rulesNotPassed), while the application waits for "
                    + "confirmation (PRE_ENROLLED, WAITING_LIST); null once decided (CONFIRMED, WITHDRAWN) or when not "
                    + "evaluated (notEvaluated)", examples = "MISSING_EVIDENCE",
                    nullable = true)
            EligibilityReport.Verdict verdict,
            @Schema(description = "Rule codes still without evidence", examples = "[\"ITALIAN_LANGUAGE\"]") List<String> missingEvidence,
            @Schema(description = "What the applicant still needs: each entry rule that does not pass yet, with its outcome "
                    + "(MISSING_EVIDENCE: a document to present by the course start; FAIL: the documents do not meet it, the "
                    + "front desk can say why) and its source; empty once decided or when not evaluated (notEvaluated). "
                    + "For an applicant already on file it is judged on what the application sent: documents the provider "
                    + "records on the student afterwards are not reflected, so a rule listed here may already be met on "
                    + "the file (the front desk decides at confirmation)") List<RuleToMeet> rulesNotPassed,
            @Schema(description = "1 = next to be offered a freed seat; null unless on the waiting list", examples = "1",
                    nullable = true)
            Long waitingListPosition,
            @JsonInclude(JsonInclude.Include.NON_NULL)
            @Schema(description = "Present only when a waiting application is not evaluated, and why (verdict null, "
                    + "missingEvidence and rulesNotPassed empty): an application recorded before V12 for an applicant who "
                    + "may have been on file kept nothing of what it sent, and is never evaluated on the file",
                    examples = RECORDED_BEFORE_V12, nullable = true)
            String notEvaluated) {

        /** Why an application submitted before V12 (which kept nothing of what it sent) has no verdict. */
        public static final String RECORDED_BEFORE_V12 = "recorded before V12: what the application sent was not kept, "
                + "and the applicant may have been on file, whose record is not disclosed; the front desk checks it";

        public static PortalReceipt of(Enrollment e, EligibilityReport report) {
            List<RuleCheck> open = report == null ? List.of() : report.notPassed();
            return new PortalReceipt(e.id, e.editionId, e.status, e.preEnrolledAt, report == null ? null : report.verdict(),
                    open.stream().filter(r -> r.outcome() == RuleOutcome.MISSING_EVIDENCE).map(RuleCheck::rule).toList(),
                    open.stream().map(RuleToMeet::of).toList(),
                    e.status == EnrollmentStatus.WAITING_LIST ? e.waitingAhead() + 1 : null, null);
        }

        /** A waiting application's receipt without the entry rules' evaluation, saying why. */
        public static PortalReceipt notEvaluated(Enrollment e, String why) {
            PortalReceipt r = of(e, null);
            return new PortalReceipt(r.enrollmentId, r.editionId, r.status, r.preEnrolledAt, null, r.missingEvidence,
                    r.rulesNotPassed, r.waitingListPosition, why);
        }
    }

    @Schema(name = "RuleToMeet", description = "An entry requirement that does not pass yet: its code, outcome and source, "
            + "without the reason (it quotes the documents)")
    public record RuleToMeet(
            @Schema(description = "Rule code", examples = "ITALIAN_LANGUAGE", enumeration = {EligibilityEngine.AGE,
                    EligibilityEngine.EDUCATION, EligibilityEngine.FOREIGN_TITLE, EligibilityEngine.ITALIAN_LANGUAGE,
                    EligibilityEngine.RESIDENCE_PERMIT}) String rule,
            @Schema(description = "MISSING_EVIDENCE or FAIL", examples = "MISSING_EVIDENCE") RuleOutcome outcome,
            @Schema(description = "The standard the rule comes from", examples = "Standard 001 - Abruzzo, DD n. 61/DPG025 of 19-04-2023 (sez. 3, requisiti di accesso)")
            String source) {

        static RuleToMeet of(RuleCheck r) {
            return new RuleToMeet(r.rule(), r.outcome(), r.source());
        }
    }

    @Schema(name = "WithdrawalRequest")
    public record WithdrawalRequest(
            @Size(max = 300) @Schema(description = "Why the student leaves", examples = "Found a job") String reason,
            @Schema(description = "Date of withdrawal; default today (in Italy). Not in the future, not before the day the "
                    + "student joined (confirmed), the confirmation day (confirmed, not joined yet) or the pre-enrollment day",
                    examples = "2026-11-30") @PlausibleDate LocalDate withdrawnOn) {
    }

    @Schema(name = "Withdrawal", description = "The withdrawn enrollment and, if a seat was freed, the waiting enrollment it is offered to")
    public record WithdrawalView(
            EnrollmentView enrollment,
            @Schema(description = "The first waiting-list enrollment, to be confirmed by the front desk (not promoted automatically)",
                    examples = "9") Long seatOfferedToEnrollmentId) {
    }

    @Schema(name = "EnrollmentStatusChange", description = "One entry of an enrollment's audit trail: a status change, "
            + "or an event that leaves the status as it is (fromStatus equal to toStatus: the acceptance or rejection of "
            + "documents a portal presented, the discarding of those never accepted), which the note describes")
    public record StatusChangeView(
            @Schema(examples = "PRE_ENROLLED") EnrollmentStatus fromStatus,
            @Schema(examples = "CONFIRMED") EnrollmentStatus toStatus,
            @Schema(description = "Who made the change (token principal)", examples = "frontdesk-anna") String changedBy,
            OffsetDateTime changedAt,
            String note) {

        public static StatusChangeView of(EnrollmentStatusChange c) {
            return new StatusChangeView(c.fromStatus, c.toStatus, c.changedBy, c.changedAt, c.note);
        }
    }
}
