package it.formapro.attendance.catalog;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The edition and the rules of the exact standard version it runs, as served by catalog-service
 * ({@code GET /editions/{id}/rules}, docs/CONTRACTS.md). Only the fields attendance needs are mapped; unknown
 * fields are ignored so that catalog may add fields freely.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record EditionRules(
        long editionId,
        String editionTitle,
        String provider,
        LocalDate startDate,
        LocalDate endDate,
        BigDecimal plannedHours,
        BigDecimal plannedInternshipHours,
        String status,
        Qualification qualification,
        Hours hours,
        Attendance attendance,
        List<Unit> units,
        List<String> propedeuticUnitCodes) {

    public static final BigDecimal DEFAULT_ADMISSION_PERCENT = BigDecimal.valueOf(80);

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Qualification(String code, Integer version, String title, Integer eqfLevel, String region,
                                String act, String source) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Hours(BigDecimal minTotal, BigDecimal minClassroom, BigDecimal minLab,
                        BigDecimal keyCompetenceHours,
                        BigDecimal elearningSyncMaxPercentOfClassroom,
                        BigDecimal elearningAsyncMaxPercentOfClassroom,
                        BigDecimal elearningMaxHours,
                        BigDecimal internshipMin, BigDecimal internshipMax, BigDecimal internshipPlusLabMin,
                        BigDecimal additionalUnitsMaxPercent, Boolean internshipIncludedInTotal) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Attendance(BigDecimal admissionPercent, BigDecimal maxAbsencePercent, BigDecimal tuiPercent,
                             Boolean tuiStated, LateJoinerPolicy lateJoinerPolicy,
                             BigDecimal creditMaxClassroomLabPercent, BigDecimal creditMaxInternshipPercent) {
    }

    /**
     * A training unit. {@code elearningSyncMaxPercent} is of the unit's classroom hours ([000]: 40); {@code labMinHours}
     * / {@code labMaxHours} are the unit's "durata minima/massima ora laboratorio" ([000]: 0 / 40);
     * {@code classroomMinHours} is its "durata minima di aula" ([000]: 0, [002]: blank). {@code creditAPriori}: its
     * credit has "valore a priori" ([001] URA 13), outside the cap on credits (see CreditRules); absent = false.
     */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Unit(String code, String title, Integer sequence, BigDecimal minHours,
                       BigDecimal elearningMaxHours, BigDecimal elearningSyncMaxPercent,
                       BigDecimal labMinHours, BigDecimal labMaxHours, BigDecimal classroomMinHours,
                       Boolean creditAllowed, String creditCondition, Boolean creditAPriori) {

        public boolean aPrioriCredit() {
            return Boolean.TRUE.equals(creditAPriori);
        }
    }

    /** How hours delivered before a student joined are treated (DOMAIN.md, "Late joiners"). */
    public enum LateJoinerPolicy { COUNT_AS_ABSENCE, EXCLUDE_BEFORE_JOINING }

    public Optional<Unit> unit(String code) {
        return units == null ? Optional.empty() : units.stream().filter(u -> u.code().equals(code)).findFirst();
    }

    /** Name of the standard, for the {@code source} of a violation. */
    public String source() {
        if (qualification == null) {
            return "Standard of edition " + editionId;
        }
        return qualification.source() != null ? qualification.source() : "Standard " + qualification.code();
    }

    public String source(String section) {
        return source() + ", " + section;
    }

    /** Whether internship hours belong to the course total (false for 001: "al netto del tirocinio curriculare"). */
    public boolean internshipCounted() {
        return hours != null && Boolean.TRUE.equals(hours.internshipIncludedInTotal());
    }

    /** The course hours the threshold is measured on: the edition's hours, at least the standard's minimum. */
    public BigDecimal courseHours() {
        BigDecimal planned = plannedHours == null ? BigDecimal.ZERO : plannedHours;
        BigDecimal min = hours == null || hours.minTotal() == null ? BigDecimal.ZERO : hours.minTotal();
        return planned.max(min);
    }

    /** Admission threshold; 80 % where the catalogue gives none (DOMAIN.md default). */
    public BigDecimal admissionPercent() {
        return attendance == null || attendance.admissionPercent() == null
                ? DEFAULT_ADMISSION_PERCENT : attendance.admissionPercent();
    }

    public LateJoinerPolicy lateJoinerPolicy() {
        return attendance == null || attendance.lateJoinerPolicy() == null
                ? LateJoinerPolicy.COUNT_AS_ABSENCE : attendance.lateJoinerPolicy();
    }

    public BigDecimal internshipMin() {
        return hours == null ? null : hours.internshipMin();
    }
}
