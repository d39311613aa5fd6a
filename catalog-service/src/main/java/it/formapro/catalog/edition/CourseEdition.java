package it.formapro.catalog.edition;

import io.quarkus.hibernate.orm.panache.PanacheEntity;
import it.formapro.catalog.qualification.Qualification;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

/** One delivery of a standard by a provider, pinned to the exact qualification version it runs. */
@Entity
@Table(name = "course_edition")
public class CourseEdition extends PanacheEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "qualification_id")
    public Qualification qualification;

    @Column(nullable = false)
    public String provider;

    /** The provider's accreditation references (D.lgs 13/2013 art. 6); null until recorded. */
    @Column(name = "provider_accreditation")
    public String providerAccreditation;

    /** The Region issuing the certificates, where the standard names none (or the same as the standard's); null = the standard's. */
    @Column(name = "issuing_region")
    public String issuingRegion;

    /** The Region that issues this edition's certificates: the one recorded here, else the standard's; null when neither says. */
    public String effectiveIssuingRegion() {
        return issuingRegion != null ? issuingRegion : qualification.region;
    }

    /**
     * The references exam-service requires on every certificate and learning record (D.lgs 13/2013 art. 6) that this
     * edition lacks, by field name; empty when it has both. They can be recorded with a PUT even once CLOSED.
     */
    public List<String> missingDocumentReferences() {
        List<String> missing = new ArrayList<>();
        if (providerAccreditation == null) {
            missing.add(ClosedEdition.PROVIDER_ACCREDITATION);
        }
        if (effectiveIssuingRegion() == null) {
            missing.add(ClosedEdition.ISSUING_REGION);
        }
        return missing;
    }

    @Column(nullable = false)
    public String title;

    @Column(nullable = false)
    public String location;

    @Column(name = "start_date", nullable = false)
    public LocalDate startDate;

    @Column(name = "end_date", nullable = false)
    public LocalDate endDate;

    @Column(name = "planned_hours", nullable = false)
    public BigDecimal plannedHours;

    @Column(name = "planned_internship_hours")
    public BigDecimal plannedInternshipHours;

    @Column(nullable = false)
    public int capacity;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public EditionStatus status;

    @Column(name = "idempotency_key")
    public String idempotencyKey;

    @Column(name = "request_fingerprint")
    public String requestFingerprint;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;

    @Column(name = "updated_at", nullable = false)
    public OffsetDateTime updatedAt;

    /** Optimistic lock: a write based on a stale copy is refused with 409. */
    @Version
    public long version;
}
