package it.formapro.enrollment.catalog;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import it.formapro.enrollment.eligibility.CefrLevel;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * The part of catalog-service's {@code GET /editions/{id}/rules} document (docs/CONTRACTS.md) this service reads:
 * edition dates, hours and capacity, the TUI and the entry requirements. Unknown fields are ignored on purpose.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record EditionRules(
        long editionId,
        String editionTitle,
        LocalDate startDate,
        LocalDate endDate,
        BigDecimal plannedHours,
        Integer capacity,
        String status,
        Qualification qualification,
        Attendance attendance,
        Entry entry) {

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Qualification(String code, Integer version, String title, Integer eqfLevel, String source) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Attendance(BigDecimal tuiPercent, Boolean tuiStated) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Entry(
            Integer minAge,
            AgeAlternative minAgeAlternative,
            MinEducation minEducation,
            Integer minEducationEqf,
            Boolean competenceCheckAlternative,
            CefrLevel italianLevel,
            ItalianExemption italianExemption,
            Boolean italianEntryTestAllowed,
            Boolean foreignTitleStatementRequired,
            Boolean residencePermitRequired,
            Boolean residencePermitRenewalAccepted,
            Boolean residencePermitStated) {
    }

    public enum AgeAlternative { RIGHT_DUTY_FULFILLED, COMPETENCE_CHECK }

    public enum MinEducation { COMPULSORY_SCHOOLING, EQF4_TITLE, UPPER_SECONDARY_DIPLOMA }

    public enum ItalianExemption { NONE, ITALIAN_UPPER_SECONDARY, ITALIAN_LOWER_OR_UPPER_SECONDARY }

    @JsonIgnore
    public String source() {
        return qualification == null || qualification.source() == null
                ? "Standard " + (qualification == null ? "?" : qualification.code())
                : qualification.source();
    }

    @JsonIgnore
    public String qualificationCode() {
        return qualification == null ? null : qualification.code();
    }
}
