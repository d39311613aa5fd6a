package it.formapro.exam.privacy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import it.formapro.exam.certificate.IssuedDocument.Kind;
import it.formapro.exam.privacy.PersonalDataDtos.PendingExam;
import it.formapro.exam.privacy.PersonalDataDtos.PendingReason;
import it.formapro.exam.privacy.PersonalDataService.RevokedDocument;
import it.formapro.exam.session.SessionStatus;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Which revoked documents a pending exam names: those that, standing, would have concluded it, as pending-exams counts
 * documents. Plain Java, no HTTP, no database.
 */
class RevokedDocumentsTest {

    static final List<RevokedDocument> REVOKED = List.of(
            new RevokedDocument("CQP-2027-000001", Kind.CERTIFICATE, 3L, 12),
            new RevokedDocument("DFA-2027-000001", Kind.LEARNING_RECORD, 4L, 12),
            new RevokedDocument("DFA-2027-000002", Kind.LEARNING_RECORD, null, 12),
            new RevokedDocument("CQP-2027-000002", Kind.CERTIFICATE, 9L, 14));

    static PendingExam pending(Long session, long edition, PendingReason reason) {
        return new PendingExam(session, edition, session == null ? null : SessionStatus.HELD,
                session == null ? null : LocalDate.of(2027, 7, 10), reason, null, null);
    }

    @Test
    void aSessionNamesItsOwnRevokedDocumentsAndTheEditionsCertificatesAndRecordsOnLeaving() {
        // session 5 of edition 12: the learning record of session 4 would not have concluded it, the others would
        assertEquals(List.of("CQP-2027-000001", "DFA-2027-000002"),
                PersonalDataService.revokedIn(pending(5L, 12, PendingReason.NO_DOCUMENT_YET), REVOKED));
        assertEquals(List.of("CQP-2027-000001", "DFA-2027-000001", "DFA-2027-000002"),
                PersonalDataService.revokedIn(pending(4L, 12, PendingReason.NO_DOCUMENT_YET), REVOKED));
        assertEquals(List.of("CQP-2027-000001", "DFA-2027-000002"),
                PersonalDataService.revokedIn(pending(6L, 12, PendingReason.ADMISSION_LIST_NOT_FROZEN), REVOKED));
    }

    @Test
    void anAbsenceOrAnEditionWithNoSessionNamesEveryRevokedDocumentOfTheEdition() {
        assertEquals(List.of("CQP-2027-000001", "DFA-2027-000001", "DFA-2027-000002"),
                PersonalDataService.revokedIn(pending(7L, 12, PendingReason.ABSENT_FROM_EXAM), REVOKED));
        assertEquals(List.of("CQP-2027-000002"),
                PersonalDataService.revokedIn(pending(null, 14, PendingReason.NO_SESSION_YET), REVOKED));
    }

    @Test
    void noneIsNull() {
        assertNull(PersonalDataService.revokedIn(pending(5L, 13, PendingReason.NO_DOCUMENT_YET), REVOKED));
        assertNull(PersonalDataService.revokedIn(pending(5L, 12, PendingReason.NO_DOCUMENT_YET), List.of()));
    }
}
