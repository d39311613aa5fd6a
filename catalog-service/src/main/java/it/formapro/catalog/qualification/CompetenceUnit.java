package it.formapro.catalog.qualification;

import io.quarkus.hibernate.orm.panache.PanacheEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** An "unità di competenza" (UC): what the holder of the qualification can do, with its skills and knowledge. */
@Entity
@jakarta.persistence.Table(name = "competence_unit")
public class CompetenceUnit extends PanacheEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "qualification_id")
    public Qualification qualification;

    @Column(nullable = false)
    public String code;

    @Column(nullable = false)
    public int sequence;

    @Column(nullable = false)
    public String title;

    @Column(name = "eqf_level")
    public Integer eqfLevel;

    @Column(name = "expected_performance")
    public String expectedPerformance;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(columnDefinition = "text[]")
    public List<String> skills = new ArrayList<>();

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(columnDefinition = "text[]")
    public List<String> knowledge = new ArrayList<>();

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "istat_codes", columnDefinition = "text[]")
    public List<String> istatCodes = new ArrayList<>();
}
