package it.formapro.catalog.rules;

import it.formapro.catalog.standard.ItalianExemption;
import it.formapro.catalog.standard.LateJoinerPolicy;
import it.formapro.catalog.standard.MinAgeAlternative;
import it.formapro.catalog.standard.MinEducation;
import java.math.BigDecimal;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The parts of the compact rules document (docs/CONTRACTS.md, EditionRules). Field names are a contract: never rename. */
public final class RuleViews {

    private RuleViews() {
    }

    @Schema(name = "QualificationRef", description = "The exact qualification version the rules come from")
    public record QualificationRef(
            @Schema(examples = "001") String code,
            @Schema(examples = "1") int version,
            @Schema(examples = "Addetto al servizio clienti") String title,
            @Schema(examples = "3") int eqfLevel,
            @Schema(description = "Region that approved the standard; null when the document does not say", examples = "Abruzzo",
                    nullable = true) String region,
            @Schema(description = "Approving act", examples = "DD n. 61/DPG025 (19-04-2023)") String act,
            @Schema(description = "The repertorio the standard belongs to, as the document names it",
                    examples = "Repertorio delle qualificazioni della Regione Abruzzo") String repertory,
            @Schema(description = "How refusals cite this standard", examples = "Standard 001 - Abruzzo, DD n. 61/DPG025 of 19-04-2023") String source,
            @Schema(description = "ATECO 2007 codes with their labels", examples = "[\"N.82.20.00 - Attività dei call center\"]") List<String> atecoCodes,
            @Schema(description = "ISTAT CP2011 codes with their labels", examples = "[\"4.2.2.4.0 - Addetti all'informazione nei Call Center (senza funzioni di vendita)\"]") List<String> istatCodes) {
    }

    @Schema(name = "HourRules", description = "Hour rules of the standard. Percentages of e-learning are of the classroom hours; null = the standard sets no such limit")
    public record Hours(
            @Schema(description = "Minimum total hours", examples = "208") BigDecimal minTotal,
            @Schema(description = "Minimum classroom hours", examples = "125") BigDecimal minClassroom,
            @Schema(description = "Minimum lab hours") BigDecimal minLab,
            @Schema(description = "Hours on key competences (KC)", examples = "20") BigDecimal keyCompetenceHours,
            @Schema(description = "Synchronous e-learning cap, % of classroom hours", examples = "175") Integer elearningSyncMaxPercentOfClassroom,
            @Schema(description = "Asynchronous e-learning cap, % of classroom hours", examples = "70") Integer elearningAsyncMaxPercentOfClassroom,
            @Schema(description = "Overall e-learning (FAD) cap in hours", examples = "99") BigDecimal elearningMaxHours,
            @Schema(description = "Minimum internship hours", examples = "60") BigDecimal internshipMin,
            @Schema(description = "Maximum internship hours", examples = "100") BigDecimal internshipMax,
            @Schema(description = "Minimum internship + lab hours", examples = "75") BigDecimal internshipPlusLabMin,
            @Schema(description = "Additional units may add at most this % of the hours (internship excluded)", examples = "10") Integer additionalUnitsMaxPercent,
            @Schema(description = "False where the total is stated net of the internship, which is then tracked apart", examples = "false") boolean internshipIncludedInTotal) {
    }

    @Schema(name = "AttendanceRules", description = "Attendance, joining and credit rules")
    public record Attendance(
            @Schema(description = "Exam admission: minimum % of hours attended", examples = "70") int admissionPercent,
            @Schema(description = "Maximum % of absence; null if the standard sets none", examples = "20", nullable = true)
            Integer maxAbsencePercent,
            @Schema(description = "TUI: nobody joins once this % of hours is delivered (joining at exactly this % is allowed)", examples = "20") int tuiPercent,
            @Schema(description = "False when the standard is silent and the 20 % default applies", examples = "false") boolean tuiStated,
            @Schema(description = "Whether hours before joining count as absence", examples = "COUNT_AS_ABSENCE") LateJoinerPolicy lateJoinerPolicy,
            @Schema(description = "False when the policy is the default, not stated by the standard", examples = "false") boolean lateJoinerPolicyStated,
            @Schema(description = "Attendance credits: max % of classroom/lab hours", examples = "30") Integer creditMaxClassroomLabPercent,
            @Schema(description = "Attendance credits: max % of internship hours", examples = "100") Integer creditMaxInternshipPercent) {
    }

    @Schema(name = "EntryRules", description = "Entry requirements as structured data, to be documented by the course start (no derogation)")
    public record Entry(
            @Schema(examples = "18") Integer minAge,
            @Schema(description = "How an applicant below minAge may still enter; null = no way", nullable = true)
            MinAgeAlternative minAgeAlternative,
            @Schema(examples = "COMPULSORY_SCHOOLING") MinEducation minEducation,
            @Schema(description = "EQF level of the minimum title, when stated", examples = "4") Integer minEducationEqf,
            @Schema(description = "The education title may be replaced by a competence check (003)", examples = "false") boolean competenceCheckAlternative,
            @Schema(description = "CEFR level of Italian for foreign citizens", examples = "B1") String italianLevel,
            @Schema(description = "Italian school title that exempts from the language certificate", examples = "NONE") ItalianExemption italianExemption,
            @Schema(description = "An entry test may replace the language certificate", examples = "true") boolean italianEntryTestAllowed,
            @Schema(description = "A foreign title needs a statement of comparability (dichiarazione di valore)", examples = "false") boolean foreignTitleStatementRequired,
            @Schema(description = "Non-EU citizens need a residence permit", examples = "true") boolean residencePermitRequired,
            @Schema(description = "A pending renewal application is accepted instead", examples = "true") boolean residencePermitRenewalAccepted,
            @Schema(description = "False when the standard is silent and the default (require it) applies", examples = "true") boolean residencePermitStated,
            @Schema(description = "Minimum education as the standard words it", examples = "Assolvimento dell'obbligo di istruzione") String minEducationText,
            @Schema(description = "The entry requirements in the standard's own words (Italian)") String originalText) {
    }

    @Schema(name = "UnitRule", description = "A training unit with its hour and credit rules")
    public record UnitRule(
            @Schema(examples = "13") String code,
            @Schema(examples = "Sicurezza sui luoghi di lavoro") String title,
            @Schema(examples = "5") Integer eqfLevel,
            @Schema(description = "Linked competence unit; null if none", examples = "2365", nullable = true) String competenceUnitCode,
            @Schema(description = "Order in the standard", examples = "13") int sequence,
            @Schema(description = "Minimum hours; null if the standard gives none per unit", examples = "8", nullable = true)
            BigDecimal minHours,
            @Schema(description = "The unit's e-learning (FaD) cap in hours", examples = "4") BigDecimal elearningMaxHours,
            @Schema(description = "Synchronous e-learning cap, % of the unit's classroom hours", examples = "40") Integer elearningSyncMaxPercent,
            @Schema(examples = "0") BigDecimal labMinHours,
            @Schema(examples = "40") BigDecimal labMaxHours,
            @Schema(description = "The unit's minimum classroom hours (\"Durata minima di aula\"); null if the standard gives none",
                    examples = "0", nullable = true) BigDecimal classroomMinHours,
            @Schema(description = "Whether attendance credits may be recognised on this unit", examples = "true") boolean creditAllowed,
            @Schema(description = "The condition a credit needs, if any") String creditCondition,
            @Schema(description = "Machine-readable code of the condition", examples = "ACCORDO_STATO_REGIONI_2011_CERTIFICATE") String creditConditionCode,
            @Schema(description = "The unit's credit has \"valore a priori\" (granted by right to whoever meets its condition): "
                    + "outside the cap on attendance credits, which 001 sez. 9 states \"al netto degli eventuali crediti con "
                    + "valore a priori\"", examples = "true") boolean creditAPriori,
            @Schema(description = "Must be complete before any later unit", examples = "false") boolean propedeutic) {
    }

    @Schema(name = "CompetenceUnitRef", description = "A competence unit of the qualification")
    public record CompetenceUnitRef(
            @Schema(examples = "2365") String code,
            @Schema(examples = "Sviluppo del modello di customer care") String title,
            @Schema(examples = "5") Integer eqfLevel) {
    }
}
