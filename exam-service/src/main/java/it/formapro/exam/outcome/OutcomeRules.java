package it.formapro.exam.outcome;

import it.formapro.common.problem.Problem;
import it.formapro.common.problem.ProblemException;
import it.formapro.exam.catalog.EditionRules;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What a consistent outcome is: one result for every competence unit of the qualification, no other unit, and a
 * PASSED result only when every unit is passed (the certificate lists each unit, D.lgs 13/2013 art. 6); a FAILED
 * result with every unit passed is a contradiction. An ABSENT candidate was not assessed, so carries no unit result.
 * Plain Java, no HTTP or DB.
 */
public final class OutcomeRules {

    static final String SOURCE = "D.lgs 13/2013 art. 6 (the certificate lists each competence unit)";

    private OutcomeRules() {
    }

    /** The unit results in catalogue order with the catalogue's titles; 422 listing every inconsistency. */
    public static List<UnitResult> validate(ExamOutcome.Result result, List<UnitResult> given,
                                            List<EditionRules.CompetenceUnit> expected) {
        if (result == ExamOutcome.Result.ABSENT) {
            return absent(given);
        }
        List<Problem.Violation> violations = new ArrayList<>();
        Map<String, UnitResult> byCode = new LinkedHashMap<>();
        for (UnitResult r : given) {
            if (byCode.putIfAbsent(r.code(), r) != null) {
                violations.add(new Problem.Violation("units", "competence unit " + r.code() + " is given twice", SOURCE));
            }
        }
        Set<String> known = expected.stream().map(EditionRules.CompetenceUnit::code).collect(Collectors.toSet());
        byCode.keySet().stream().filter(c -> !known.contains(c)).forEach(c -> violations.add(new Problem.Violation(
                "units", "competence unit " + c + " is not a unit of this qualification (expected " + known.stream().sorted().toList() + ")", SOURCE)));
        List<UnitResult> ordered = new ArrayList<>();
        for (EditionRules.CompetenceUnit unit : expected) {
            UnitResult r = byCode.get(unit.code());
            if (r == null) {
                violations.add(new Problem.Violation("units", "no result for competence unit " + unit.code()
                        + " '" + unit.title() + "'", SOURCE));
            } else {
                ordered.add(new UnitResult(unit.code(), unit.title(), r.passed()));
            }
        }
        long passed = ordered.stream().filter(UnitResult::passed).count();
        if (violations.isEmpty() && result == ExamOutcome.Result.PASSED && passed < expected.size()) {
            violations.add(new Problem.Violation("result", "PASSED needs every competence unit passed: "
                    + passed + " of " + expected.size() + " passed", SOURCE));
        }
        if (violations.isEmpty() && result == ExamOutcome.Result.FAILED && !expected.isEmpty() && passed == expected.size()) {
            violations.add(new Problem.Violation("result", "FAILED contradicts every competence unit passed ("
                    + passed + " of " + expected.size() + ")", SOURCE));
        }
        if (!violations.isEmpty()) {
            throw ProblemException.ruleViolation("inconsistent-outcome", "The outcome is inconsistent with the "
                            + "competence units of the qualification: " + violations.stream().map(Problem.Violation::message)
                            .collect(Collectors.joining("; ")), violations,
                    ProblemException.figures("expectedUnits", expected.size(), "givenUnits", given.size(),
                            "unitsPassed", passed));
        }
        return ordered;
    }

    /** An absent candidate sat no part of the exam: a unit result would claim an assessment that did not happen. */
    private static List<UnitResult> absent(List<UnitResult> given) {
        if (!given.isEmpty()) {
            throw ProblemException.ruleViolation("inconsistent-outcome", "The outcome is inconsistent: ABSENT means the "
                            + "candidate did not sit the exam, so no competence unit was assessed, yet " + given.size()
                            + " unit result(s) were given; send \"units\": [] or record PASSED or FAILED",
                    List.of(new Problem.Violation("units", "empty for an ABSENT candidate (no unit was assessed)", SOURCE)),
                    ProblemException.figures("givenUnits", given.size()));
        }
        return List.of();
    }
}
