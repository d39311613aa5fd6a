package it.formapro.enrollment.eligibility;

import it.formapro.common.problem.Problem;
import it.formapro.common.problem.ProblemException;
import it.formapro.enrollment.catalog.EditionRules;
import java.util.List;

/** Turns an eligibility report into the refusal a client sees when a rule blocks the request. */
public final class EligibilityRefusals {

    private EligibilityRefusals() {
    }

    public static List<Problem.Violation> violations(EligibilityReport report, boolean onlyFailures) {
        return report.notPassed().stream()
                .filter(r -> !onlyFailures || r.outcome() == RuleOutcome.FAIL)
                .map(r -> new Problem.Violation(r.rule(), r.outcome() + ": " + r.reason(), r.source()))
                .toList();
    }

    /**
     * The refusal a portal sees. README: "The portal gets back no personal data" - and the reasons quote the documents
     * judged (a permit's expiry, the age and the day it is reached, the title). A portal's application is judged on what
     * it sent, never on a stored student's file (README "Documents presented by a portal"), but the answer keeps its
     * published shape: each rule with its outcome and source only; the front desk, which sees the student, can tell
     * the applicant why.
     */
    public static ProblemException portalRefusal(String slug, String detail, EligibilityReport report, EditionRules rules) {
        List<Problem.Violation> outcomes = report.notPassed().stream()
                .filter(r -> r.outcome() == RuleOutcome.FAIL)
                .map(r -> new Problem.Violation(r.rule(), r.outcome() + ": this entry requirement is not met; the provider's "
                        + "front desk can tell the applicant why (the portal's answer carries no personal data)", r.source()))
                .toList();
        return ProblemException.ruleViolation(slug, detail, outcomes, figures(report, rules));
    }

    public static ProblemException refusal(String slug, String detail, EligibilityReport report, boolean onlyFailures,
                                           EditionRules rules) {
        return ProblemException.ruleViolation(slug, detail, violations(report, onlyFailures), figures(report, rules));
    }

    /** The edition's figures and rule counts: nothing about the applicant. */
    private static java.util.Map<String, Object> figures(EligibilityReport report, EditionRules rules) {
        long failed = report.rules().stream().filter(r -> r.outcome() == RuleOutcome.FAIL).count();
        long missing = report.rules().stream().filter(r -> r.outcome() == RuleOutcome.MISSING_EVIDENCE).count();
        return ProblemException.figures("editionId", rules.editionId(), "qualificationCode", rules.qualificationCode(),
                "startDate", rules.startDate().toString(), "failedRules", failed, "missingEvidenceRules", missing);
    }
}
