package it.formapro.enrollment.eligibility;

import it.formapro.common.problem.Problem;
import it.formapro.common.problem.ProblemException;
import it.formapro.enrollment.catalog.EditionRules;
import java.util.List;

/** Turns an eligibility report into the refusal a client sees when a rule blocks the request. */
public final class EligibilityService {

    private EligibilityService() {
    }

    public static List<Problem.Violation> violations(EligibilityReport report, boolean onlyFailures) {
        return report.notPassed().stream()
                .filter(r -> !onlyFailures || r.outcome() == RuleOutcome.FAIL)
                .map(r -> new Problem.Violation(r.rule(), r.outcome() + ": " + r.reason(), r.source()))
                .toList();
    }

    public static ProblemException refusal(String slug, String detail, EligibilityReport report, boolean onlyFailures,
                                           EditionRules rules) {
        long failed = report.rules().stream().filter(r -> r.outcome() == RuleOutcome.FAIL).count();
        long missing = report.rules().stream().filter(r -> r.outcome() == RuleOutcome.MISSING_EVIDENCE).count();
        return ProblemException.ruleViolation(slug, detail, violations(report, onlyFailures),
                ProblemException.figures("editionId", rules.editionId(), "qualificationCode", rules.qualificationCode(),
                        "startDate", rules.startDate().toString(), "failedRules", failed, "missingEvidenceRules", missing));
    }
}
