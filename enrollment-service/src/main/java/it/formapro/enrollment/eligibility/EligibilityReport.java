package it.formapro.enrollment.eligibility;

import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Every entry rule of an edition's standard, evaluated for one applicant. */
@Schema(description = "Eligibility answer: every entry requirement with its outcome, so the front desk can say what is missing")
public record EligibilityReport(
        @Schema(description = "Course edition", examples = "12") long editionId,
        @Schema(description = "Qualification (standard) code", examples = "001") String qualificationCode,
        @Schema(description = "Edition start date: age is computed on it", examples = "2027-01-11") LocalDate startDate,
        @Schema(description = "Edition end date: the residence permit must last until it", examples = "2027-06-30") LocalDate endDate,
        @Schema(description = "ELIGIBLE when every rule passes, NOT_ELIGIBLE when one fails, MISSING_EVIDENCE otherwise",
                examples = "MISSING_EVIDENCE") Verdict verdict,
        @Schema(description = "Every rule, in a fixed order") List<RuleCheck> rules) {

    public enum Verdict { ELIGIBLE, NOT_ELIGIBLE, MISSING_EVIDENCE }

    public boolean allPass() {
        return verdict == Verdict.ELIGIBLE;
    }

    public boolean anyFail() {
        return verdict == Verdict.NOT_ELIGIBLE;
    }

    public List<RuleCheck> notPassed() {
        return rules.stream().filter(r -> r.outcome() != RuleOutcome.PASS).toList();
    }

    public RuleCheck rule(String code) {
        return rules.stream().filter(r -> r.rule().equals(code)).findFirst().orElseThrow();
    }
}
