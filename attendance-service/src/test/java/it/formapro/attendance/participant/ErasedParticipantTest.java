package it.formapro.attendance.participant;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.formapro.common.problem.ProblemException;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ErasedParticipantTest {

    private static final long STUDENT = 42;
    private static final LocalDate JOINED = LocalDate.of(2027, 1, 11);

    private static Participant row(Participant.Status status, long enrollmentId) {
        Participant p = new Participant();
        p.editionId = 12;
        p.studentId = STUDENT;
        p.enrollmentId = enrollmentId;
        p.firstName = "Anonimo";
        p.lastName = "ANON-42";
        p.joinedOn = JOINED;
        p.status = status;
        return p;
    }

    private static ParticipantRequest request(long enrollmentId, String first, String last) {
        return new ParticipantRequest(enrollmentId, first, last, JOINED);
    }

    @Test
    void aNameOtherThanThePseudonymIsRefused() {
        ProblemException e = assertThrows(ProblemException.class, () -> ErasedParticipant.check(12, STUDENT,
                row(Participant.Status.ACTIVE, 7), request(7, "Mario", "Rossi")));
        assertEquals(409, e.status());
        assertEquals("participant-erased", e.slug());
        assertTrue(e.getMessage().contains("'Anonimo ANON-42'"), e.getMessage());
        assertTrue(e.getMessage().contains("Nothing was changed"), e.getMessage());
        // the pseudonym of another student is a name here
        assertThrows(ProblemException.class, () -> ErasedParticipant.check(12, STUDENT,
                row(Participant.Status.WITHDRAWN, 7), request(7, "Anonimo", "ANON-43")));
        // a new participation (no row yet) under a name
        assertThrows(ProblemException.class, () -> ErasedParticipant.check(13, STUDENT, new Participant(),
                request(8, "Mario", "Rossi")));
    }

    @Test
    void aWithdrawnRowIsNotReactivatedByAnotherEnrollment() {
        ProblemException e = assertThrows(ProblemException.class, () -> ErasedParticipant.check(12, STUDENT,
                row(Participant.Status.WITHDRAWN, 7), request(17, "Anonimo", "ANON-42")));
        assertTrue(e.getMessage().contains("cannot be reactivated by another enrollment (17)"), e.getMessage());
    }

    @Test
    void whatWritesNoPersonalDataPasses() {
        assertDoesNotThrow(() -> ErasedParticipant.check(12, STUDENT, row(Participant.Status.ACTIVE, 7),
                request(7, " Anonimo ", "ANON-42")));
        assertDoesNotThrow(() -> ErasedParticipant.check(12, STUDENT, row(Participant.Status.WITHDRAWN, 7),
                request(7, "Anonimo", "ANON-42")));
        assertNull(ErasedParticipant.keptReason(true, "Motivi di salute"));
        assertEquals("Found a job", ErasedParticipant.keptReason(false, "Found a job"));
    }
}
