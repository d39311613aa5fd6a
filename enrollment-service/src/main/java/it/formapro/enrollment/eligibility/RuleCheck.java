package it.formapro.enrollment.eligibility;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One entry rule as evaluated for one applicant. */
@Schema(description = "One entry requirement with its outcome, the reason and where the rule comes from")
public record RuleCheck(
        @Schema(description = "Rule code", examples = "ITALIAN_LANGUAGE", enumeration = {EligibilityEngine.AGE,
                EligibilityEngine.EDUCATION, EligibilityEngine.FOREIGN_TITLE, EligibilityEngine.ITALIAN_LANGUAGE,
                EligibilityEngine.RESIDENCE_PERMIT}) String rule,
        @Schema(description = "PASS, FAIL or MISSING_EVIDENCE", examples = "FAIL") RuleOutcome outcome,
        @Schema(description = "Human explanation with the figures", examples = "Italian certificate at A2, the standard requires B1") String reason,
        @Schema(description = "Message key for a localised (Italian) text", examples = "eligibility.italian.below-level") String messageKey,
        @Schema(description = "The standard the rule comes from", examples = "Standard 001 - Abruzzo, DD n. 61/DPG025 of 19-04-2023 (sez. 3, requisiti di accesso)")
        String source) {
}
