package it.formapro.catalog.rules;

import it.formapro.catalog.edition.CourseEdition;
import it.formapro.catalog.qualification.Qualification;
import it.formapro.catalog.standard.EntryRequirements;
import it.formapro.catalog.standard.TrainingStandard;
import it.formapro.catalog.standard.TrainingUnit;
import java.util.ArrayList;
import java.util.List;

/** Builds the compact rules documents from the catalogue entities. */
public final class RulesMapper {

    private RulesMapper() {
    }

    public static StandardRules rulesOf(Qualification q, TrainingStandard s) {
        return new StandardRules(ref(q), hours(s), attendance(s), entry(s.entry), units(s), propedeutic(s),
                competenceUnits(q), defaultsApplied(s));
    }

    public static EditionRules rulesOf(CourseEdition e, TrainingStandard s) {
        Qualification q = e.qualification;
        return new EditionRules(e.id, e.title, e.provider, e.providerAccreditation, e.effectiveIssuingRegion(), e.location, e.startDate, e.endDate, e.plannedHours,
                e.plannedInternshipHours, e.capacity, e.status, ref(q), hours(s), attendance(s), entry(s.entry), units(s),
                propedeutic(s), competenceUnits(q), defaultsApplied(s));
    }

    public static RuleViews.QualificationRef ref(Qualification q) {
        return new RuleViews.QualificationRef(q.code, q.version, q.title, q.eqfLevel, q.region, q.act, q.repertory, q.source,
                List.copyOf(q.atecoCodes), List.copyOf(q.istatCodes));
    }

    static RuleViews.Hours hours(TrainingStandard s) {
        return new RuleViews.Hours(s.minTotalHours, s.minClassroomHours, s.minLabHours, s.keyCompetenceHours,
                s.elearningSyncMaxPercent, s.elearningAsyncMaxPercent, s.elearningMaxHours, s.internshipMinHours,
                s.internshipMaxHours, s.internshipPlusLabMinHours, s.additionalUnitsMaxPercent, s.internshipIncludedInTotal);
    }

    static RuleViews.Attendance attendance(TrainingStandard s) {
        return new RuleViews.Attendance(s.admissionPercent, s.maxAbsencePercent, s.tuiPercent, s.tuiStated,
                s.lateJoinerPolicy, s.lateJoinerPolicyStated, s.creditMaxClassroomLabPercent, s.creditMaxInternshipPercent);
    }

    public static RuleViews.Entry entry(EntryRequirements e) {
        return new RuleViews.Entry(e.minAge, e.minAgeAlternative, e.minEducation, e.minEducationEqf,
                e.competenceCheckAlternative, e.italianLevel, e.italianExemption, e.italianEntryTestAllowed,
                e.foreignTitleStatementRequired, e.residencePermitRequired, e.residencePermitRenewalAccepted,
                e.residencePermitStated, e.minEducationText, e.originalText);
    }

    static List<RuleViews.UnitRule> units(TrainingStandard s) {
        return s.units.stream().map(RulesMapper::unit).toList();
    }

    public static RuleViews.UnitRule unit(TrainingUnit u) {
        return new RuleViews.UnitRule(u.code, u.title, u.eqfLevel, u.competenceUnit == null ? null : u.competenceUnit.code,
                u.sequence, u.minHours, u.elearningMaxHours, u.elearningSyncMaxPercent, u.labMinHours, u.labMaxHours,
                u.classroomMinHours, u.creditAllowed, u.creditCondition, u.creditConditionCode, u.creditAPriori, u.propedeutic);
    }

    static List<String> propedeutic(TrainingStandard s) {
        return s.units.stream().filter(u -> u.propedeutic).map(u -> u.code).toList();
    }

    static List<RuleViews.CompetenceUnitRef> competenceUnits(Qualification q) {
        return q.competenceUnits.stream().map(c -> new RuleViews.CompetenceUnitRef(c.code, c.title, c.eqfLevel)).toList();
    }

    /** Says in words which figures are DOMAIN.md defaults rather than the standard's own, so nobody mistakes one for the other. */
    static List<String> defaultsApplied(TrainingStandard s) {
        List<String> out = new ArrayList<>();
        if (!s.tuiStated) {
            out.add("tuiPercent: " + s.tuiPercent + " % (default: the standard does not state a TUI)");
        }
        if (!s.entry.residencePermitStated && s.entry.residencePermitRequired) {
            out.add("residencePermitRequired: true, renewal application " + (s.entry.residencePermitRenewalAccepted ? "accepted" : "not accepted")
                    + " (default: the standard does not mention the residence permit)");
        }
        if (!s.lateJoinerPolicyStated) {
            out.add("lateJoinerPolicy: " + s.lateJoinerPolicy + " (default: the standard does not say how late joiners are measured)");
        }
        return out;
    }
}
