package it.formapro.catalog.qualification;

import it.formapro.catalog.rules.RuleViews;
import it.formapro.catalog.rules.RulesMapper;
import it.formapro.catalog.rules.StandardRules;
import it.formapro.catalog.standard.TrainingStandard;
import it.formapro.catalog.standard.TrainingUnit;
import java.math.BigDecimal;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What the qualification endpoints answer. */
public final class QualificationViews {

    private QualificationViews() {
    }

    @Schema(name = "QualificationSummary", description = "A qualification version in a list")
    public record Summary(
            @Schema(examples = "001") String code,
            @Schema(examples = "1") int version,
            @Schema(examples = "Addetto al servizio clienti") String title,
            @Schema(examples = "3") int eqfLevel,
            @Schema(description = "Region of the repertorio; null where the document names none (000)", examples = "Abruzzo",
                    nullable = true) String region,
            @Schema(examples = "DD n. 61/DPG025 (19-04-2023)") String act,
            @Schema(examples = "SEP 24 - Area comune") String sepSector,
            @Schema(description = "False for a profile-only qualification: no course edition can be opened on it", examples = "true") boolean hasTrainingStandard,
            @Schema(description = "Minimum total hours of the standard; null without a standard", examples = "208",
                    nullable = true) BigDecimal minTotalHours) {

        static Summary of(Qualification q) {
            TrainingStandard s = q.trainingStandard;
            return new Summary(q.code, q.version, q.title, q.eqfLevel, q.region, q.act, q.sepSector, s != null,
                    s == null ? null : s.minTotalHours);
        }
    }

    @Schema(name = "CompetenceUnit", description = "A competence unit (UC) with skills and knowledge, in the standard's Italian")
    public record CompetenceUnitView(
            @Schema(examples = "2365") String code,
            @Schema(examples = "1") int sequence,
            @Schema(examples = "Sviluppo del modello di customer care") String title,
            @Schema(examples = "5") Integer eqfLevel,
            @Schema(examples = "Modello di customer care definito e strutturato") String expectedPerformance,
            @Schema(description = "Abilità") List<String> skills,
            @Schema(description = "Conoscenze") List<String> knowledge,
            @Schema(description = "ISTAT CP2011 references of the unit, where given") List<String> istatCodes) {

        static CompetenceUnitView of(CompetenceUnit c) {
            return new CompetenceUnitView(c.code, c.sequence, c.title, c.eqfLevel, c.expectedPerformance,
                    List.copyOf(c.skills), List.copyOf(c.knowledge), List.copyOf(c.istatCodes));
        }
    }

    @Schema(name = "TrainingUnit", description = "A training unit (UF/URA) of the standard with its content and rules")
    public record TrainingUnitView(
            RuleViews.UnitRule rule,
            @Schema(examples = "Modello di customer care definito e strutturato") String expectedPerformance,
            @Schema(description = "Abilità") List<String> skills,
            @Schema(description = "Conoscenze") List<String> knowledge,
            @Schema(examples = "0") BigDecimal classroomMinHours,
            @Schema(examples = "0") BigDecimal internshipMinHours,
            @Schema(description = "The credit rule in the standard's words") String creditText) {

        static TrainingUnitView of(TrainingUnit u) {
            return new TrainingUnitView(RulesMapper.unit(u), u.expectedPerformance, List.copyOf(u.skills),
                    List.copyOf(u.knowledge), u.classroomMinHours, u.internshipMinHours, u.creditText);
        }
    }

    @Schema(name = "TrainingStandard", description = "The training standard's descriptive parts, in the standard's Italian")
    public record TrainingStandardView(
            @Schema(examples = "Tecnico esperto customer care") String title,
            @Schema(examples = "1") Integer durationYears,
            @Schema(examples = "false") Boolean intermediateExam,
            @Schema(examples = "Certificazione di qualifica professionale") String attestation,
            @Schema(description = "What the provider issues to who leaves without the qualification, where stated") String providerAttestation,
            String creditRulesText,
            String didacticRequirements,
            String professionalRequirements,
            String instrumentalRequirements,
            String assessmentRequirements,
            String elearningNotes,
            String methodology,
            String propedeuticityNote,
            List<TrainingUnitView> units) {

        static TrainingStandardView of(TrainingStandard s) {
            return new TrainingStandardView(s.title, s.durationYears, s.intermediateExam, s.attestation, s.providerAttestation,
                    s.creditRulesText, s.didacticRequirements, s.professionalRequirements, s.instrumentalRequirements,
                    s.assessmentRequirements, s.elearningNotes, s.methodology, s.propedeuticityNote,
                    s.units.stream().map(TrainingUnitView::of).toList());
        }
    }

    @Schema(name = "Qualification", description = "A qualification version with its competence units, training standard and rules")
    public record Detail(
            @Schema(examples = "000") String code,
            @Schema(examples = "1") int version,
            @Schema(description = "All versions of this code in the catalogue", examples = "[1]") List<Integer> availableVersions,
            @Schema(examples = "Tecnico esperto customer care") String title,
            @Schema(examples = "5") int eqfLevel,
            @Schema(description = "Region of the repertorio; null where the document names none (000)", nullable = true)
            String region,
            String act,
            String repertory,
            @Schema(examples = "Standard 000 - Tecnico esperto customer care, scheda di dettaglio e standard formativo") String source,
            @Schema(examples = "SEP 24 - Area comune") String sepSector,
            @Schema(examples = "[\"ADA.24.04.09 - Sviluppo e monitoraggio del servizio di customer care\"]") List<String> adaCodes,
            @Schema(examples = "Marketing, sviluppo commerciale e pubbliche relazioni") String process,
            @Schema(examples = "[\"Pianificazione e gestione commerciale\"]") List<String> processSequences,
            List<String> atecoCodes,
            List<String> istatCodes,
            @Schema(examples = "0413 Management and administration") String iscedF,
            String description,
            String notes,
            @Schema(description = "True when the qualification has a professional profile only (no training standard, no editions)") boolean profileOnly,
            List<CompetenceUnitView> competenceUnits,
            @Schema(description = "Null for a profile-only qualification", nullable = true) TrainingStandardView trainingStandard,
            @Schema(description = "Null for a profile-only qualification", nullable = true) StandardRules rules) {

        static Detail of(Qualification q, List<Integer> versions) {
            TrainingStandard s = q.trainingStandard;
            return new Detail(q.code, q.version, versions, q.title, q.eqfLevel, q.region, q.act, q.repertory, q.source,
                    q.sepSector, List.copyOf(q.adaCodes), q.process, List.copyOf(q.processSequences),
                    List.copyOf(q.atecoCodes), List.copyOf(q.istatCodes), q.iscedF, q.description, q.notes, s == null,
                    q.competenceUnits.stream().map(CompetenceUnitView::of).toList(),
                    s == null ? null : TrainingStandardView.of(s), s == null ? null : RulesMapper.rulesOf(q, s));
        }
    }
}
