package it.formapro.catalog.standard;

import io.quarkus.hibernate.orm.panache.PanacheEntity;
import it.formapro.catalog.qualification.CompetenceUnit;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A training unit (UF, or URA in Abruzzo) of a standard: minimum hours, e-learning cap, credit rule. */
@Entity
@Table(name = "training_unit")
public class TrainingUnit extends PanacheEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "standard_id")
    public TrainingStandard standard;

    @Column(nullable = false)
    public String code;

    @Column(nullable = false)
    public int sequence;

    @Column(nullable = false)
    public String title;

    @Column(name = "eqf_level")
    public Integer eqfLevel;

    /** Null for units that develop no competence unit of the profile (001 units 1-3, 12, 13). */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "competence_unit_id")
    public CompetenceUnit competenceUnit;

    @Column(name = "expected_performance")
    public String expectedPerformance;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(columnDefinition = "text[]")
    public List<String> skills = new ArrayList<>();

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(columnDefinition = "text[]")
    public List<String> knowledge = new ArrayList<>();

    @Column(name = "min_hours")
    public BigDecimal minHours;

    /** The unit's FaD cap in hours. */
    @Column(name = "elearning_max_hours")
    public BigDecimal elearningMaxHours;

    @Column(name = "elearning_sync_max_percent")
    public Integer elearningSyncMaxPercent;

    @Column(name = "lab_min_hours")
    public BigDecimal labMinHours;

    @Column(name = "lab_max_hours")
    public BigDecimal labMaxHours;

    @Column(name = "classroom_min_hours")
    public BigDecimal classroomMinHours;

    @Column(name = "internship_min_hours")
    public BigDecimal internshipMinHours;

    @Column(name = "credit_allowed", nullable = false)
    public boolean creditAllowed;

    /** The condition a credit needs, when there is one (001 unit 13: Accordo Stato-Regioni 21/12/2011 certificate). */
    @Column(name = "credit_condition")
    public String creditCondition;

    @Column(name = "credit_condition_code")
    public String creditConditionCode;

    /** The credit has "valore a priori" (001 unit 13): outside the 001 sez. 9 cap on attendance credits. */
    @Column(name = "credit_a_priori", nullable = false)
    public boolean creditAPriori;

    /** The credit rule as the standard words it. */
    @Column(name = "credit_text")
    public String creditText;

    /** Must be completed before any later unit starts (001: units 2 and 3). */
    @Column(nullable = false)
    public boolean propedeutic;
}
