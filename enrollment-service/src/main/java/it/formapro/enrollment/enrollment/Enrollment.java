package it.formapro.enrollment.enrollment;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/** A student's enrollment on a course edition (the edition itself lives in catalog-service). */
@Entity
@Table(name = "enrollment")
public class Enrollment extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Version
    public int version;

    @Column(name = "student_id", nullable = false)
    public long studentId;

    @Column(name = "edition_id", nullable = false)
    public long editionId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public EnrollmentStatus status;

    @Column(name = "pre_enrolled_at", nullable = false)
    public OffsetDateTime preEnrolledAt;

    @Column(name = "confirmed_at")
    public OffsetDateTime confirmedAt;

    /** The day the confirmed student joins (sent to attendance-service as the participant's joinedOn). */
    @Column(name = "joined_on")
    public LocalDate joinedOn;

    @Column(name = "withdrawn_at")
    public OffsetDateTime withdrawnAt;

    /** The day the student left, as dated by the front desk (default: the day it was recorded). */
    @Column(name = "withdrawn_on")
    public LocalDate withdrawnOn;

    @Column(name = "withdrawal_reason")
    public String withdrawalReason;

    /**
     * The portal client that submitted the application (its token's principal name, V9); null when the front desk
     * or an admin entered the enrollment. A portal reads back only the applications it submitted (GET /applications).
     */
    @Column(name = "submitted_by")
    public String submittedBy;

    public static List<Enrollment> ofEdition(long editionId) {
        return list("editionId = ?1 order by preEnrolledAt, id", editionId);
    }

    public static long confirmedOn(long editionId) {
        return count("editionId = ?1 and status = ?2", editionId, EnrollmentStatus.CONFIRMED);
    }

    /** Waiting-list enrollments pre-enrolled before this one: they come first for a freed seat. */
    public long waitingAhead() {
        if (status != EnrollmentStatus.WAITING_LIST) {
            return count("editionId = ?1 and status = ?2", editionId, EnrollmentStatus.WAITING_LIST);
        }
        return count("editionId = ?1 and status = ?2 and (preEnrolledAt < ?3 or (preEnrolledAt = ?3 and id < ?4))",
                editionId, EnrollmentStatus.WAITING_LIST, preEnrolledAt, id);
    }
}
