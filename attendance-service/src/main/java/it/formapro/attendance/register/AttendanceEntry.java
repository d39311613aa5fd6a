package it.formapro.attendance.register;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalTime;
import org.hibernate.annotations.Immutable;
import org.hibernate.annotations.JdbcType;
import org.hibernate.type.descriptor.jdbc.LocalTimeJdbcType;

/**
 * Minutes a student was present at a lesson. No entry means not recorded, i.e. absent. Read here, written only by
 * {@link RegisterStore}.
 */
@Entity
@Immutable
@Table(name = "attendance_entry")
public class AttendanceEntry extends PanacheEntityBase {

    /** From the table's sequence (V3 migration). */
    @Id
    public Long id;

    @Column(name = "lesson_id", nullable = false)
    public long lessonId;

    @Column(name = "student_id", nullable = false)
    public long studentId;

    @Column(name = "minutes_present", nullable = false)
    public int minutesPresent;

    /** The times the presence was given as (a late arrival, the platform's tracked entry and exit); null if minutes. */
    @Column(name = "arrived_at")
    @JdbcType(LocalTimeJdbcType.class)
    public LocalTime arrivedAt;

    /**
     * 24:00 ({@link it.formapro.attendance.DayTime#END_OF_DAY}) for an exit at midnight: the times are read as
     * LocalTime, not java.sql.Time, which reads 24:00 as 00:00.
     */
    @Column(name = "left_at")
    @JdbcType(LocalTimeJdbcType.class)
    public LocalTime leftAt;

    /**
     * A presence given as several spans (V13): their arrivals and exits, in time order, as parallel arrays; null when
     * given otherwise. arrivedAt and leftAt are then the first arrival and the last exit. Hibernate reads the elements
     * through java.sql.Time, an exit at 24:00 as 00:00: read them with {@link PresenceSpan#of}.
     */
    @Column(name = "span_arrived_at")
    public LocalTime[] spanArrivedAt;

    @Column(name = "span_left_at")
    public LocalTime[] spanLeftAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @Column(name = "updated_by", nullable = false)
    public String updatedBy;

    @Version
    public long version;
}
