package it.formapro.enrollment.eligibility;

/**
 * The outcome of one entry rule. FAIL means the facts on file decide that the rule is not met; MISSING_EVIDENCE
 * means the fact needed to decide is not on file yet (the applicant may still document it before the start).
 */
public enum RuleOutcome {
    PASS, FAIL, MISSING_EVIDENCE
}
