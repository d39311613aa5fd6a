package it.formapro.enrollment.support;

import it.formapro.enrollment.catalog.EditionRules;
import it.formapro.enrollment.catalog.EditionRules.AgeAlternative;
import it.formapro.enrollment.catalog.EditionRules.Entry;
import it.formapro.enrollment.catalog.EditionRules.ItalianExemption;
import it.formapro.enrollment.catalog.EditionRules.MinEducation;
import it.formapro.enrollment.eligibility.CefrLevel;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * The entry rules of the seed standards 000-003 as catalog-service publishes them (docs/CONTRACTS.md, DOMAIN.md; its
 * V2__seed_standards.sql): where a standard is silent on the residence permit, required and no renewal receipt.
 */
public final class SeedStandards {

    public static final String SOURCE_000 = "Standard 000 - Tecnico esperto customer care, standard formativo";
    public static final String SOURCE_001 = "Standard 001 - Abruzzo, DD n. 61/DPG025 of 19-04-2023";
    public static final String SOURCE_002 = "Standard 002 - Campania, Tecnico esperto del CRM";
    public static final String SOURCE_003 = "Standard 003 - Campania, Operatore call center Inbound";

    private SeedStandards() {
    }

    public static Entry entry000() {
        return new Entry(18, null, MinEducation.EQF4_TITLE, null, false, CefrLevel.B1,
                ItalianExemption.ITALIAN_UPPER_SECONDARY, true, true, true, false, false);
    }

    public static Entry entry001() {
        return new Entry(18, AgeAlternative.RIGHT_DUTY_FULFILLED, MinEducation.COMPULSORY_SCHOOLING, null, false,
                CefrLevel.B1, ItalianExemption.NONE, true, false, true, true, true);
    }

    public static Entry entry002() {
        return new Entry(18, null, MinEducation.UPPER_SECONDARY_DIPLOMA, null, false, CefrLevel.B1,
                ItalianExemption.ITALIAN_UPPER_SECONDARY, true, true, true, false, false);
    }

    public static Entry entry003() {
        return new Entry(16, AgeAlternative.COMPETENCE_CHECK, MinEducation.COMPULSORY_SCHOOLING, null, true,
                CefrLevel.A2, ItalianExemption.ITALIAN_LOWER_OR_UPPER_SECONDARY, true, true, true, false, false);
    }

    public static EditionRules edition(long editionId, String code, LocalDate start, LocalDate end, int plannedHours,
                                       int capacity, String status) {
        Entry entry = switch (code) {
            case "000" -> entry000();
            case "001" -> entry001();
            case "002" -> entry002();
            case "003" -> entry003();
            default -> throw new IllegalArgumentException(code);
        };
        String source = switch (code) {
            case "000" -> SOURCE_000;
            case "001" -> SOURCE_001;
            case "002" -> SOURCE_002;
            default -> SOURCE_003;
        };
        return new EditionRules(editionId, "Edition " + editionId + " of standard " + code, start, end,
                BigDecimal.valueOf(plannedHours), capacity, status,
                new EditionRules.Qualification(code, 1, "Qualification " + code, 3, source),
                new EditionRules.Attendance(BigDecimal.valueOf(20), !"001".equals(code)), entry);
    }
}
