package it.formapro.catalog.standard;

import io.quarkus.hibernate.orm.panache.PanacheEntity;
import it.formapro.catalog.qualification.Qualification;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OneToOne;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/** The "standard formativo": the rules every course edition leading to the qualification must follow. */
@Entity
@Table(name = "training_standard")
public class TrainingStandard extends PanacheEntity {

    @OneToOne(optional = false)
    @JoinColumn(name = "qualification_id")
    public Qualification qualification;

    @Column(nullable = false)
    public String title;

    @Column(name = "duration_years")
    public Integer durationYears;

    @Column(name = "intermediate_exam")
    public Boolean intermediateExam;

    @Column(name = "min_total_hours", nullable = false)
    public BigDecimal minTotalHours;

    @Column(name = "min_classroom_hours")
    public BigDecimal minClassroomHours;

    @Column(name = "min_lab_hours")
    public BigDecimal minLabHours;

    @Column(name = "key_competence_hours")
    public BigDecimal keyCompetenceHours;

    /** Synchronous e-learning cap as a % of the classroom hours (000: 175, 002: 210). */
    @Column(name = "elearning_sync_max_percent")
    public Integer elearningSyncMaxPercent;

    @Column(name = "elearning_async_max_percent")
    public Integer elearningAsyncMaxPercent;

    /** Overall FAD cap in hours (001: 99 of 208). */
    @Column(name = "elearning_max_hours")
    public BigDecimal elearningMaxHours;

    @Column(name = "internship_min_hours")
    public BigDecimal internshipMinHours;

    @Column(name = "internship_max_hours")
    public BigDecimal internshipMaxHours;

    @Column(name = "internship_plus_lab_min_hours")
    public BigDecimal internshipPlusLabMinHours;

    /** False where the minimum total is stated "al netto del tirocinio" (001). */
    @Column(name = "internship_included_in_total", nullable = false)
    public boolean internshipIncludedInTotal;

    @Column(name = "additional_units_max_percent")
    public Integer additionalUnitsMaxPercent;

    @Column(name = "admission_percent", nullable = false)
    public int admissionPercent;

    @Column(name = "max_absence_percent")
    public Integer maxAbsencePercent;

    @Column(name = "tui_percent", nullable = false)
    public int tuiPercent;

    /** False where the standard is silent and DOMAIN.md's default TUI of 20 % applies. */
    @Column(name = "tui_stated", nullable = false)
    public boolean tuiStated;

    @Enumerated(EnumType.STRING)
    @Column(name = "late_joiner_policy", nullable = false)
    public LateJoinerPolicy lateJoinerPolicy;

    @Column(name = "late_joiner_policy_stated", nullable = false)
    public boolean lateJoinerPolicyStated;

    @Column(name = "credit_max_classroom_lab_percent")
    public Integer creditMaxClassroomLabPercent;

    @Column(name = "credit_max_internship_percent")
    public Integer creditMaxInternshipPercent;

    @Column(name = "credit_rules_text")
    public String creditRulesText;

    /** What the public exam leads to (e.g. "Certificazione di qualifica professionale"). */
    public String attestation;

    /** What the provider itself issues (001 sez. 11: documento di formalizzazione degli apprendimenti). */
    @Column(name = "provider_attestation")
    public String providerAttestation;

    @Embedded
    public EntryRequirements entry = new EntryRequirements();

    @Column(name = "didactic_requirements")
    public String didacticRequirements;

    @Column(name = "professional_requirements")
    public String professionalRequirements;

    @Column(name = "instrumental_requirements")
    public String instrumentalRequirements;

    @Column(name = "assessment_requirements")
    public String assessmentRequirements;

    @Column(name = "elearning_notes")
    public String elearningNotes;

    public String methodology;

    @Column(name = "propedeuticity_note")
    public String propedeuticityNote;

    @OneToMany(mappedBy = "standard")
    @OrderBy("sequence")
    public List<TrainingUnit> units = new ArrayList<>();
}
