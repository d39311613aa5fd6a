package it.formapro.common.web;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import it.formapro.common.problem.ProblemException;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ReadVersionTest {

    @Test
    void aPutWithoutTheVersionReadIsA400NamingTheCurrentOne() {
        ProblemException e = assertThrows(ProblemException.class,
                () -> ReadVersion.requireCurrent("Exam session", 7, null, 3));
        assertEquals(400, e.status());
        assertEquals("version: required on update; send the version of the exam session as last read (currently 3)",
                e.getMessage());
        assertEquals("version", e.violations().get(0).field());
        assertEquals(Map.of("currentVersion", 3L), e.figures());
    }

    @Test
    void aStaleVersionIsA409WithBothVersionsAndTheCurrentOnePasses() {
        ProblemException e = assertThrows(ProblemException.class, () -> ReadVersion.requireCurrent("Lesson", 12, 1L, 2));
        assertEquals(409, e.status());
        assertEquals("concurrent-modification", e.slug());
        assertEquals("Lesson 12 was changed meanwhile (your version 1, current 2): reload it and retry", e.getMessage());
        assertEquals(Map.of("yourVersion", 1L, "currentVersion", 2L), e.figures());
        assertDoesNotThrow(() -> ReadVersion.requireCurrent("Lesson", 12, 2L, 2));
        assertThrows(ProblemException.class, () -> ReadVersion.requireSame("Edition", 5, 0, 1));
    }
}
