package it.formapro.attendance.register;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalTime;
import org.hibernate.annotations.Immutable;
import org.hibernate.annotations.JdbcType;
import org.hibernate.type.descriptor.jdbc.LocalTimeJdbcType;

/** One change of the register (audit trail): written with the change by {@link RegisterStore}, never updated or deleted. */
@Entity
@Immutable
@Table(name = "register_change")
public class RegisterChange extends PanacheEntityBase {

    /** From the table's sequence (V3 migration). */
    @Id
    public Long id;

    @Column(name = "lesson_id", nullable = false)
    public long lessonId;

    @Column(name = "student_id", nullable = false)
    public long studentId;

    /** Null when the student had no entry yet. */
    @Column(name = "old_minutes")
    public Integer oldMinutes;

    @Column(name = "new_minutes", nullable = false)
    public int newMinutes;

    // as LocalTime, not java.sql.Time, which reads 24:00 as 00:00 (DayTime)
    @Column(name = "arrived_at")
    @JdbcType(LocalTimeJdbcType.class)
    public LocalTime arrivedAt;

    @Column(name = "left_at")
    @JdbcType(LocalTimeJdbcType.class)
    public LocalTime leftAt;

    /** The spans the new presence was given as (V13), null when not several; read with {@link PresenceSpan#of}. */
    @Column(name = "span_arrived_at")
    public LocalTime[] spanArrivedAt;

    @Column(name = "span_left_at")
    public LocalTime[] spanLeftAt;

    @Column(name = "changed_by", nullable = false)
    public String changedBy;

    @Column(name = "changed_at", nullable = false)
    public Instant changedAt;
}
