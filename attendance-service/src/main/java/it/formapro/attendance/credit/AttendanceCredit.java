package it.formapro.attendance.credit;

import io.quarkus.hibernate.orm.panache.PanacheEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * Hours a student need not attend, recognised from prior learning: on a training unit or on the internship. A credit
 * revoked stays, with who revoked it and when, and counts no more: {@link #of} reads only the credits in force.
 */
@Entity
@Table(name = "attendance_credit")
public class AttendanceCredit extends PanacheEntity {

    @Column(name = "edition_id", nullable = false)
    public long editionId;

    @Column(name = "student_id", nullable = false)
    public long studentId;

    /** Null for an internship credit. */
    @Column(name = "unit_code")
    public String unitCode;

    @Column(nullable = false)
    public boolean internship;

    @Column(nullable = false, precision = 7, scale = 2)
    public BigDecimal hours;

    /** Null once the student was erased (GDPR art. 17: the free text may describe the person). */
    public String reason;

    @Column(name = "certificate_held", nullable = false)
    public boolean certificateHeld;

    @Column(name = "recognised_by", nullable = false)
    public String recognisedBy;

    @Column(name = "recognised_at", nullable = false)
    public Instant recognisedAt;

    /** Null while the credit is in force. */
    @Column(name = "revoked_at")
    public Instant revokedAt;

    @Column(name = "revoked_by")
    public String revokedBy;

    /** Why it was revoked, if said; null once the student was erased (free text). */
    @Column(name = "revocation_reason")
    public String revocationReason;

    /** The student's credits in force in the edition. */
    public static List<AttendanceCredit> of(long editionId, long studentId) {
        return list("editionId = ?1 and studentId = ?2 and revokedAt is null order by id", editionId, studentId);
    }

    /** Every credit of the student in the edition, revoked ones included. */
    public static List<AttendanceCredit> everyOf(long editionId, long studentId) {
        return list("editionId = ?1 and studentId = ?2 order by id", editionId, studentId);
    }

    public boolean revoked() {
        return revokedAt != null;
    }

    public CreditRules.Credit asRuleCredit() {
        return new CreditRules.Credit(unitCode, internship, hours);
    }
}
