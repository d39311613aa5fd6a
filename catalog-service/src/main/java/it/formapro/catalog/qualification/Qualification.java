package it.formapro.catalog.qualification;

import io.quarkus.hibernate.orm.panache.PanacheEntity;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Parameters;
import it.formapro.catalog.standard.TrainingStandard;
import it.formapro.common.text.LikePattern;
import it.formapro.common.web.PageOf;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OneToOne;
import jakarta.persistence.OrderBy;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * A regional qualification of the repertorio, at one version of its act: code + version identify it, because a
 * new act may change a standard while editions already running keep the version they started on.
 */
@Entity
public class Qualification extends PanacheEntity {

    @Column(nullable = false)
    public String code;

    @Column(nullable = false)
    public int version;

    @Column(nullable = false)
    public String title;

    @Column(name = "eqf_level", nullable = false)
    public int eqfLevel;

    public String region;
    public String act;
    public String repertory;

    /** How rules of this qualification are cited in refusals, e.g. "Standard 001 - Abruzzo, DD n. 61/DPG025 of 19-04-2023". */
    @Column(nullable = false)
    public String source;

    @Column(name = "sep_sector")
    public String sepSector;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "ada_codes", columnDefinition = "text[]")
    public List<String> adaCodes = new ArrayList<>();

    public String process;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "process_sequences", columnDefinition = "text[]")
    public List<String> processSequences = new ArrayList<>();

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "ateco_codes", columnDefinition = "text[]")
    public List<String> atecoCodes = new ArrayList<>();

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "istat_codes", columnDefinition = "text[]")
    public List<String> istatCodes = new ArrayList<>();

    @Column(name = "isced_f")
    public String iscedF;

    public String description;
    public String notes;

    @OneToMany(mappedBy = "qualification")
    @OrderBy("sequence")
    public List<CompetenceUnit> competenceUnits = new ArrayList<>();

    /** Null for a profile-only qualification (e.g. 004): no hours, no thresholds, no editions. */
    @OneToOne(mappedBy = "qualification")
    public TrainingStandard trainingStandard;

    public static Optional<Qualification> findVersion(String code, int version) {
        return find("code = ?1 and version = ?2", code, version).firstResultOptional();
    }

    public static Optional<Qualification> findLatest(String code) {
        return find("code = ?1 order by version desc", code).firstResultOptional();
    }

    public static List<Integer> versionsOf(String code) {
        return find("select q.version from Qualification q where q.code = ?1 order by q.version", code)
                .project(Integer.class).list();
    }

    /** The filters of {@code GET /qualifications}; null, blank or false for none. */
    public record Search(Integer eqf, String sector, String text, String region, boolean allVersions) {
    }

    /** One page of qualifications by code and version: the latest version of each unless {@code allVersions}. */
    public static PageOf<Qualification> search(Search filter, int page, int size) {
        StringBuilder where = new StringBuilder("from Qualification q where 1 = 1");
        Parameters params = new Parameters();
        if (!filter.allVersions()) {
            where.append(" and q.version = (select max(q2.version) from Qualification q2 where q2.code = q.code)");
        }
        if (filter.eqf() != null) {
            where.append(" and q.eqfLevel = :eqf");
            params.and("eqf", filter.eqf());
        }
        if (filter.sector() != null && !filter.sector().isBlank()) {
            where.append(" and lower(q.sepSector) like :sector");
            params.and("sector", like(filter.sector()));
        }
        if (filter.text() != null && !filter.text().isBlank()) {
            // a portal looking for what fits an employer searches by its economic-activity or occupation code
            where.append(" and (lower(q.code) like :text or lower(q.title) like :text or lower(q.description) like :text"
                    + " or lower(array_to_string(q.atecoCodes, ' ')) like :text"
                    + " or lower(array_to_string(q.istatCodes, ' ')) like :text"
                    + " or lower(array_to_string(q.adaCodes, ' ')) like :text)");
            params.and("text", like(filter.text()));
        }
        if (filter.region() != null && !filter.region().isBlank()) {
            where.append(" and lower(q.region) = :region");
            params.and("region", filter.region().strip().toLowerCase(Locale.ROOT));
        }
        long total = count(where.toString(), params);
        List<Qualification> items = Qualification.<Qualification>find(where + " order by q.code, q.version", params)
                .page(Page.of(page, size)).list();
        return new PageOf<>(items, total);
    }

    private static String like(String s) {
        return LikePattern.containing(s.trim());
    }
}
