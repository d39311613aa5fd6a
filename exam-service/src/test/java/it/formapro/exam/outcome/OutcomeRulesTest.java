package it.formapro.exam.outcome;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.formapro.common.problem.ProblemException;
import it.formapro.exam.catalog.EditionRules.CompetenceUnit;
import java.util.List;
import org.junit.jupiter.api.Test;

class OutcomeRulesTest {

    static final List<CompetenceUnit> UNITS = List.of(new CompetenceUnit("UC1", "Accoglienza", 3),
            new CompetenceUnit("UC2", "Reclami", 3));

    @Test
    void aPassWithEveryUnitPassedIsKeptInCatalogueOrderWithTitles() {
        List<UnitResult> r = OutcomeRules.validate(ExamOutcome.Result.PASSED,
                List.of(new UnitResult("UC2", null, true), new UnitResult("UC1", null, true)), UNITS);
        assertEquals(List.of("UC1", "UC2"), r.stream().map(UnitResult::code).toList());
        assertEquals("Accoglienza", r.get(0).title());
    }

    @Test
    void aPassWithAFailedUnitIsRefused() {
        ProblemException e = assertThrows(ProblemException.class, () -> OutcomeRules.validate(ExamOutcome.Result.PASSED,
                List.of(new UnitResult("UC1", null, true), new UnitResult("UC2", null, false)), UNITS));
        assertEquals(422, e.status());
        assertTrue(e.getMessage().contains("1 of 2 passed"), e.getMessage());
    }

    @Test
    void aFailWithEveryUnitPassedIsAContradiction() {
        ProblemException e = assertThrows(ProblemException.class, () -> OutcomeRules.validate(ExamOutcome.Result.FAILED,
                List.of(new UnitResult("UC1", null, true), new UnitResult("UC2", null, true)), UNITS));
        assertTrue(e.getMessage().contains("FAILED contradicts"), e.getMessage());
    }

    @Test
    void missingDuplicateAndUnknownUnitsAreAllListed() {
        ProblemException e = assertThrows(ProblemException.class, () -> OutcomeRules.validate(ExamOutcome.Result.FAILED,
                List.of(new UnitResult("UC1", null, false), new UnitResult("UC1", null, false), new UnitResult("UC9", null, true)),
                UNITS));
        assertEquals(3, e.violations().size(), e.getMessage());
        assertTrue(e.getMessage().contains("UC1 is given twice"));
        assertTrue(e.getMessage().contains("UC9 is not a unit"));
        assertTrue(e.getMessage().contains("no result for competence unit UC2"));
    }

    @Test
    void anAbsenceCarriesNoUnitResult() {
        assertEquals(List.of(), OutcomeRules.validate(ExamOutcome.Result.ABSENT, List.of(), UNITS));
        ProblemException e = assertThrows(ProblemException.class, () -> OutcomeRules.validate(ExamOutcome.Result.ABSENT,
                List.of(new UnitResult("UC1", null, false)), UNITS));
        assertEquals(422, e.status());
        assertEquals(List.of("units"), e.violations().stream().map(v -> v.field()).toList());
        assertTrue(e.getMessage().contains("did not sit the exam"), e.getMessage());
    }
}
