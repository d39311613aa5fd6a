package it.formapro.attendance.credit;

import io.quarkus.hibernate.orm.panache.PanacheEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/** Hours a student need not attend, recognised from prior learning: on a training unit or on the internship. */
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

    @Column(nullable = false)
    public String reason;

    @Column(name = "certificate_held", nullable = false)
    public boolean certificateHeld;

    @Column(name = "recognised_by", nullable = false)
    public String recognisedBy;

    @Column(name = "recognised_at", nullable = false)
    public Instant recognisedAt;

    public static List<AttendanceCredit> of(long editionId, long studentId) {
        return list("editionId = ?1 and studentId = ?2 order by id", editionId, studentId);
    }

    public CreditRules.Credit asRuleCredit() {
        return new CreditRules.Credit(unitCode, internship, hours);
    }
}
