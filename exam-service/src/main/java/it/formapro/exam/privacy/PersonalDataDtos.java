package it.formapro.exam.privacy;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;
import it.formapro.exam.certificate.DocumentContent;
import it.formapro.exam.certificate.IssuedDocument;
import it.formapro.exam.outcome.ExamOutcome;
import it.formapro.exam.outcome.OutcomeDtos.OutcomeView;
import it.formapro.exam.session.SessionStatus;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

public final class PersonalDataDtos {

    private PersonalDataDtos() {
    }

    @Schema(name = "ExamPersonalData", description = "Everything exam-service holds about one student (GDPR art. 15 "
            + "and 20): the frozen admission entries, the outcomes and the documents issued, with their content")
    public record ExamPersonalData(
            @Schema(examples = "5") long studentId,
            @Schema(description = "The student's entry in each frozen admission list, oldest session first")
            List<AdmissionData> admissions,
            @Schema(description = "The board's outcomes, oldest session first") List<OutcomeView> outcomes,
            @Schema(description = "Certificates and learning records issued to the student, oldest first")
            List<DocumentData> documents) {
    }

    @Schema(name = "PersonalDataAdmission", description = "The student's entry in a frozen admission list")
    public record AdmissionData(
            @Schema(examples = "3") long sessionId,
            @Schema(examples = "true") boolean admitted,
            @Schema(examples = "false") boolean withdrawn,
            @Schema(ref = "AdmissionCandidate",
                    description = "The entry exactly as frozen (names, figures, reasons, learning checks)")
            JsonNode entry) {
    }

    @JsonInclude(JsonInclude.Include.ALWAYS)
    @Schema(name = "PersonalDataDocument", description = "A certificate or learning record issued to the student")
    public record DocumentData(
            @Schema(examples = "1") long id,
            @Schema(examples = "CERTIFICATE") IssuedDocument.Kind kind,
            @Schema(examples = "CQP-2026-000001") String number,
            @Schema(examples = "K7QF3M2XWPA4ZC5N") String verificationCode,
            @Schema(examples = "2027-07-12") LocalDate issuedOn,
            @Schema(description = "Date a recorded revocation takes effect (it may be later than today: the document is "
                    + "valid until then); null unless revoked", nullable = true) LocalDate revokedOn,
            @Schema(description = "Null unless revoked", nullable = true) String revocationReason,
            @Schema(description = "When the holder was replaced by the pseudonym on an erasure request; null before",
                    nullable = true)
            OffsetDateTime pseudonymisedAt,
            DocumentContent content) {
    }

    @Schema(name = "ErasureReport", description = "What this erasure request changed (zeros when it was already applied)")
    public record ErasureReport(
            @Schema(examples = "5") long studentId,
            @Schema(description = "Certificates and learning records whose holder this call replaced by the pseudonym",
                    examples = "1") int documentsPseudonymised,
            @Schema(description = "Frozen admission entries whose names this call replaced by the pseudonym",
                    examples = "1") int admissionEntriesPseudonymised,
            @Schema(description = "Revoked documents whose revocation reason (and amendment reason, if any) this call "
                    + "cleared to '[cleared on erasure request]'; the revocation, its dates and who recorded or amended "
                    + "it stay", examples = "1") int revocationsCleared,
            @Schema(description = "Audit events whose copy of such a free text this call cleared (a revocation, its "
                    + "amendment, the board's reason for correcting an ABSENT); the events, who and when stay",
                    examples = "2") int auditEventsCleared,
            @Schema(description = "Outcomes whose note (the board's free text, e.g. why an ABSENT was corrected) this "
                    + "call cleared to '[cleared on erasure request]'; result, unit results, who and when stay",
                    examples = "1") int outcomeNotesCleared) {
    }

    @JsonInclude(JsonInclude.Include.ALWAYS)
    @Schema(name = "PendingExam", description = "An exam session in which the student's exam is not concluded yet: "
            + "the document it leads to still needs the student's identity (GDPR art. 17(3)(b))")
    public record PendingExam(
            @Schema(description = "Null when no session is scheduled yet (NO_SESSION_YET)", examples = "3", nullable = true)
            Long sessionId,
            @Schema(examples = "12") long editionId,
            @Schema(description = "Null when no session is scheduled yet", examples = "HELD", nullable = true)
            SessionStatus status,
            @Schema(description = "Null when no session is scheduled yet", examples = "2027-07-10", nullable = true)
            LocalDate examDate,
            @Schema(description = "ADMISSION_LIST_NOT_FROZEN: the list is not frozen yet, and a student CONFIRMED on the "
                    + "edition will be on it; NO_DOCUMENT_YET: admitted in the frozen list, and no certificate or "
                    + "learning record stands for the student in the session (none issued yet, or each one issued "
                    + "revoked: see revokedDocuments); NO_SESSION_YET: the student "
                    + "is CONFIRMED on the edition, which has no exam session yet (a CANCELLED one does not count) and no "
                    + "standing document for the student; "
                    + "ABSENT_FROM_EXAM: the board recorded the student ABSENT in the session, the student is still "
                    + "CONFIRMED on the edition and has no standing document of it: the exam is to be sat in a later session",
                    examples = "NO_DOCUMENT_YET")
            PendingReason reason,
            @Schema(description = "The board's outcome when recorded (a pass leads to the certificate, a fail to the "
                    + "learning record, an absence to nothing from this session); null before", examples = "PASSED",
                    nullable = true) ExamOutcome.Result outcome,
            @Schema(description = "The numbers of the student's documents whose revocation is recorded and which, "
                    + "standing, would have concluded this exam (a revoked document concludes nothing: the corrected "
                    + "one is still to be issued); null when there is none", examples = "[\"CQP-2027-000001\"]",
                    nullable = true)
            List<String> revokedDocuments) {

        PendingExam withRevokedDocuments(List<String> numbers) {
            return new PendingExam(sessionId, editionId, status, examDate, reason, outcome, numbers);
        }
    }

    public enum PendingReason { ADMISSION_LIST_NOT_FROZEN, NO_DOCUMENT_YET, NO_SESSION_YET, ABSENT_FROM_EXAM }
}
