package it.formapro.exam.catalog;

import it.formapro.common.text.OptionalText;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** catalog-service's EditionRules (docs/CONTRACTS.md), reduced to what the exam needs; unknown fields are ignored. */
public record EditionRules(
        long editionId,
        String editionTitle,
        String provider,
        /* the provider's accreditation references (D.lgs 13/2013 art. 6); null while the catalogue has none */
        String providerAccreditation,
        /* the Region issuing the edition's documents (D.lgs 13/2013 art. 6); null while neither edition nor standard says */
        String issuingRegion,
        LocalDate startDate,
        LocalDate endDate,
        BigDecimal plannedHours,
        BigDecimal plannedInternshipHours,
        String status,
        Qualification qualification,
        Hours hours,
        Attendance attendance,
        List<Unit> units,
        List<CompetenceUnit> competenceUnits) {

    public record Qualification(String code, Integer version, String title, Integer eqfLevel, String region,
                                String act, String repertory, String source, List<String> atecoCodes,
                                List<String> istatCodes) {
    }

    public record Hours(BigDecimal minTotal, BigDecimal internshipMin, BigDecimal internshipMax,
                        Boolean internshipIncludedInTotal) {
    }

    public record Attendance(BigDecimal admissionPercent, BigDecimal maxAbsencePercent) {
    }

    public record Unit(String code, String title, Integer sequence, BigDecimal minHours) {
    }

    public record CompetenceUnit(String code, String title, Integer eqfLevel) {
    }

    /** The accreditation references, or null when the catalogue has none (absent, or blank). */
    public String providerAccreditationOrNull() {
        return OptionalText.strippedOrNull(providerAccreditation);
    }

    /**
     * The Region that issues the edition's documents: the catalogue's {@code issuingRegion}, else the standard's Region
     * (a catalogue answer without the field); null when neither names one.
     */
    public String issuingRegionOrNull() {
        String region = OptionalText.strippedOrNull(issuingRegion);
        return region != null ? region : qualification == null ? null : OptionalText.strippedOrNull(qualification.region());
    }

    public List<Unit> unitsOrEmpty() {
        return units == null ? List.of() : units;
    }

    public List<CompetenceUnit> competenceUnitsOrEmpty() {
        return competenceUnits == null ? List.of() : competenceUnits;
    }

    /** The standard a rule comes from, as the catalogue names it (e.g. "Standard 001 - Abruzzo, DD n. 61/DPG025 ..."). */
    public String source() {
        if (qualification == null) {
            return "Standard of edition " + editionId;
        }
        return qualification.source() != null ? qualification.source() : "Standard " + qualification.code();
    }
}
