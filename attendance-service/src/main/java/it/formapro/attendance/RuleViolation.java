package it.formapro.attendance;

import it.formapro.common.problem.Problem;
import it.formapro.common.problem.ProblemException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** One refused rule of the standard, with the figures behind it and the standard it comes from. */
public record RuleViolation(String rule, String message, String source, Map<String, Object> figures) {

    /**
     * 422 problem listing every violation with its own figures; the problem's figures merge those of all of them (where
     * two share a name, as two propedeutic units missing do, the last one's: each violation keeps its own).
     */
    public static void refuseIfAny(List<RuleViolation> violations, String slug, String detail) {
        if (violations.isEmpty()) {
            return;
        }
        Map<String, Object> figures = new LinkedHashMap<>();
        violations.forEach(v -> figures.putAll(v.figures()));
        String messages = String.join("; ", violations.stream().map(RuleViolation::message).toList());
        throw ProblemException.ruleViolation(slug, detail + ": " + messages,
                violations.stream().map(v -> new Problem.Violation(v.rule(), v.message(), v.source(),
                        v.figures().isEmpty() ? null : v.figures())).toList(), figures);
    }
}
