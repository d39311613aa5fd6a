package it.formapro.attendance.check;

import io.quarkus.hibernate.orm.panache.PanacheEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * The traceable learning check (verifica) closing a training unit for a student ([000]: "verifiche periodiche di
 * apprendimento a conclusione di ogni UF"; [001] sez. 8: "tracciabile valutazione ... per singola URA"). A retake is
 * a new check; the latest one in force counts. A check recorded by mistake is annulled ({@link CheckAnnulment}), never
 * deleted: it stays, with who annulled it, when and why, and counts no more: {@link #of} reads only the checks in
 * force. The database keeps the record (V12 trigger).
 */
@Entity
@Table(name = "learning_check")
public class LearningCheck extends PanacheEntity {

    public enum Outcome { PASSED, FAILED }

    @Column(name = "edition_id", nullable = false)
    public long editionId;

    @Column(name = "student_id", nullable = false)
    public long studentId;

    @Column(name = "unit_code", nullable = false)
    public String unitCode;

    @Column(name = "check_date", nullable = false)
    public LocalDate checkDate;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Outcome outcome;

    @Column(precision = 6, scale = 2)
    public BigDecimal score;

    /** Null once the student was erased (GDPR art. 17: the free text may describe the person). */
    public String notes;

    @Column(name = "recorded_by", nullable = false)
    public String recordedBy;

    @Column(name = "recorded_at", nullable = false)
    public Instant recordedAt;

    /** Null while the check is in force. */
    @Column(name = "annulled_at")
    public Instant annulledAt;

    @Column(name = "annulled_by")
    public String annulledBy;

    /** Why it was annulled (required with the annulment); null once the student was erased (free text). */
    @Column(name = "annulment_reason")
    public String annulmentReason;

    /** The student's checks in force in the edition, by unit and date. */
    public static List<LearningCheck> of(long editionId, long studentId) {
        return list("editionId = ?1 and studentId = ?2 and annulledAt is null order by unitCode, checkDate, id",
                editionId, studentId);
    }

    /** Every check of the student in the edition, annulled ones included, by unit and date. */
    public static List<LearningCheck> everyOf(long editionId, long studentId) {
        return list("editionId = ?1 and studentId = ?2 order by unitCode, checkDate, id", editionId, studentId);
    }

    public boolean annulled() {
        return annulledAt != null;
    }
}
