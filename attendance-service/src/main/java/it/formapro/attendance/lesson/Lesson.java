package it.formapro.attendance.lesson;

import io.quarkus.hibernate.orm.panache.PanacheEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.hibernate.annotations.JdbcType;
import org.hibernate.type.descriptor.jdbc.LocalTimeJdbcType;

/** A lesson of an edition's calendar. Once locked, its register is read-only. */
@Entity
@Table(name = "lesson")
public class Lesson extends PanacheEntity {

    @Column(name = "edition_id", nullable = false)
    public long editionId;

    @Column(name = "lesson_date", nullable = false)
    public LocalDate lessonDate;

    // read and written as LocalTime, not java.sql.Time, which cannot hold 24:00 (DayTime)
    @Column(name = "start_time", nullable = false)
    @JdbcType(LocalTimeJdbcType.class)
    public LocalTime startTime;

    /** 24:00 ({@link it.formapro.attendance.DayTime#END_OF_DAY}) for a lesson ending at midnight. */
    @Column(name = "end_time", nullable = false)
    @JdbcType(LocalTimeJdbcType.class)
    public LocalTime endTime;

    /** Duration in whole minutes, derived from the times. */
    @Column(nullable = false)
    public int minutes;

    @Column(name = "unit_code")
    public String unitCode;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Modality modality;

    @Column(nullable = false)
    public String teacher;

    /** Devoted to the key competences (KC), whose hours the standard states ([000] [002]: 20 h). */
    @Column(name = "key_competences", nullable = false)
    public boolean keyCompetences;

    @Column(name = "locked_at")
    public Instant lockedAt;

    @Column(name = "locked_by")
    public String lockedBy;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "created_by")
    public String createdBy;

    /** When the lesson was last rescheduled or corrected (PUT); null if never since it was added. */
    @Column(name = "updated_at")
    public Instant updatedAt;

    @Column(name = "updated_by")
    public String updatedBy;

    @Version
    public long version;

    public boolean isLocked() {
        return lockedAt != null;
    }

    /**
     * Whether the lesson has begun by the clock's now: its day is past, or it is today and its start time has come.
     * The clock is the service's (common ItalyClock): the day and the time in Italy.
     */
    public boolean hasBegun(Clock clock) {
        return heldBy(lessonDate, startTime, LocalDate.now(clock), clock);
    }

    /** Whether a lesson of this day and start counts as held by {@code asOf}: the SQL of EditionFacts says the same. */
    public static boolean heldBy(LocalDate day, LocalTime start, LocalDate asOf, Clock clock) {
        return day.isBefore(asOf) || day.equals(asOf) && !start.isAfter(begunBy(asOf, clock));
    }

    /**
     * The lessons of {@code day} that have begun start at or before this time: any time of a past day, now for today
     * (the clock's day and time, in Italy). A lesson later today is not held yet: counting it would show every student
     * as having missed it since the morning, and bring the joining deadline (TUI) forward.
     */
    public static LocalTime begunBy(LocalDate day, Clock clock) {
        return day.equals(LocalDate.now(clock)) ? LocalTime.now(clock) : LAST_START;
    }

    private static final LocalTime LAST_START = LocalTime.of(23, 59, 59);

    public LessonRules.PlannedLesson planned() {
        return new LessonRules.PlannedLesson(id, lessonDate, startTime, endTime, unitCode, modality);
    }

    public static List<Lesson> ofEdition(long editionId) {
        return list("editionId = ?1 order by lessonDate, startTime, id", editionId);
    }
}
