package it.formapro.attendance.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.formapro.common.problem.ProblemException;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class CheckAnnulmentTest {

    private static final Instant AT = Instant.parse("2027-02-11T10:15:30Z");

    private static LearningCheck passed() {
        LearningCheck c = new LearningCheck();
        c.id = 41L;
        c.editionId = 12;
        c.studentId = 5;
        c.unitCode = "2";
        c.checkDate = LocalDate.of(2027, 2, 10);
        c.outcome = LearningCheck.Outcome.PASSED;
        c.recordedBy = "tutor.anna";
        c.recordedAt = Instant.parse("2027-02-10T16:00:00Z");
        return c;
    }

    @Test
    void anAnnulmentRecordsWhoWhenAndTheReasonStripped() {
        LearningCheck c = passed();
        CheckAnnulment.annul(c, "tutor.anna", "  Recorded on the wrong student \n", AT);
        assertTrue(c.annulled());
        assertEquals(AT, c.annulledAt);
        assertEquals("tutor.anna", c.annulledBy);
        assertEquals("Recorded on the wrong student", c.annulmentReason);
        assertEquals(LearningCheck.Outcome.PASSED, c.outcome, "what the check recorded stays");
    }

    @Test
    void theReasonIsRequiredAndAtMost500Characters() {
        for (String missing : new String[] {null, "", "   ", "\t\n"}) {
            LearningCheck c = passed();
            ProblemException e = assertThrows(ProblemException.class, () -> CheckAnnulment.annul(c, "tutor.anna", missing, AT));
            assertEquals(400, e.status());
            assertEquals("reason: " + CheckAnnulment.REASON_REQUIRED, e.getMessage());
            assertNull(c.annulledAt, "a refusal changes nothing");
        }
        LearningCheck c = passed();
        ProblemException e = assertThrows(ProblemException.class,
                () -> CheckAnnulment.annul(c, "tutor.anna", "x".repeat(501), AT));
        assertEquals(400, e.status());
        assertTrue(e.getMessage().contains("501 characters, at most 500"), e.getMessage());
        assertNull(c.annulledAt);
        CheckAnnulment.annul(c, "tutor.anna", " " + "x".repeat(500) + " ", AT);
        assertEquals(500, c.annulmentReason.length());
    }

    @Test
    void aCheckIsAnnulledOnceAndTheRefusalSaysByWhomAndWhen() {
        LearningCheck c = passed();
        CheckAnnulment.annul(c, "tutor.anna", "Wrong unit", AT);
        ProblemException e = assertThrows(ProblemException.class,
                () -> CheckAnnulment.annul(c, "admin.eva", "Again", AT.plusSeconds(60)));
        assertEquals(409, e.status());
        assertEquals("check-annulled", e.slug());
        assertEquals("Learning check 41 of student 5 in edition 12 (unit 2, 2027-02-10, PASSED) was already annulled "
                + "by tutor.anna at 2027-02-11T10:15:30Z; it no longer counts", e.getMessage());
        assertEquals("tutor.anna", e.figures().get("annulledBy"));
        assertEquals("2027-02-11T10:15:30Z", e.figures().get("annulledAt"));
        assertEquals("tutor.anna", c.annulledBy);
        assertEquals(AT, c.annulledAt);
        assertEquals("Wrong unit", c.annulmentReason);
    }
}
