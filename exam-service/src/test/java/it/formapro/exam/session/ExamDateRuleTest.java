package it.formapro.exam.session;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import it.formapro.common.problem.ProblemException;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A session is dated on or after the edition's start, and becomes HELD from its exam date, not before (D.lgs 13/2013
 * art. 6): no HTTP, no database.
 */
class ExamDateRuleTest {

    static final LocalDate EXAM = LocalDate.of(2027, 7, 10);

    @Test
    void onAndAfterTheExamDateTheSessionCanBeHeld() {
        assertDoesNotThrow(() -> ExamSessionService.checkExamDateReached(5, EXAM, EXAM));
        assertDoesNotThrow(() -> ExamSessionService.checkExamDateReached(5, EXAM, EXAM.plusDays(40)));
    }

    @Test
    void beforeTheExamDateItIsA409WithBothDates() {
        ProblemException e = assertThrows(ProblemException.class,
                () -> ExamSessionService.checkExamDateReached(5, EXAM, EXAM.minusDays(1)));
        assertEquals(409, e.status());
        assertEquals("exam-not-yet-held", e.slug());
        assertEquals("Exam session 5 is dated 2027-07-10: it can be marked HELD from that day; today is 2027-07-09",
                e.getMessage());
        assertEquals(Map.of("examDate", EXAM, "today", EXAM.minusDays(1)), e.figures());
    }

    @Test
    void anExamBeforeTheEditionStartsIsRefusedWithTheStart() {
        LocalDate start = LocalDate.of(2027, 1, 11);
        assertDoesNotThrow(() -> ExamSessionService.checkExamDate(start, start));
        assertDoesNotThrow(() -> ExamSessionService.checkExamDate(EXAM, null)); // an edition without dates yet
        ProblemException e = assertThrows(ProblemException.class,
                () -> ExamSessionService.checkExamDate(LocalDate.of(2026, 7, 10), start));
        assertEquals(422, e.status());
        assertEquals("exam-date", e.slug());
        assertEquals(Map.of("examDate", LocalDate.of(2026, 7, 10), "editionStart", start), e.figures());
    }
}
