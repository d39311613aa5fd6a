package it.formapro.attendance.register;

import it.formapro.attendance.AdvisoryLocks;
import it.formapro.attendance.DayTime;
import it.formapro.attendance.lesson.Lesson;
import it.formapro.attendance.lesson.Modality;
import it.formapro.attendance.participant.Participant;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import javax.sql.DataSource;

/**
 * The register's rows in plain JDBC, on the caller's transaction (Agroal hands out the connection already enlisted in
 * it). A whole lesson is read in one query and written in one statement: entries upserted and their audit rows
 * appended together. Benchmark scenario 1 (BENCHMARKS.md) measured the Hibernate version of this path at 5 ms of CPU a
 * lesson, most of it in 60 entity persists and their flush.
 */
@ApplicationScoped
public class RegisterStore {

    /** A participant of the edition with their entry for the lesson, if one was recorded. */
    public record Row(long studentId, String firstName, String lastName, LocalDate joinedOn, LocalDate withdrawnOn,
                      Integer minutesPresent, LocalTime arrivedAt, LocalTime leftAt, List<PresenceSpan> spans,
                      Long version, Instant updatedAt, String updatedBy) {

        public boolean recorded() {
            return minutesPresent != null;
        }

        public boolean attendsOn(LocalDate day) {
            return Participant.attendsOn(joinedOn, withdrawnOn, day);
        }

        Row withEntry(Change change, long newVersion, Instant at, String by) {
            return new Row(studentId, firstName, lastName, joinedOn, withdrawnOn, change.newMinutes(), change.arrivedAt(),
                    change.leftAt(), change.spans(), newVersion, at, by);
        }

        /**
         * Whether the entry already says this: same minutes, same times, same spans (nothing to write or audit). Other
         * spans with the same minutes and the same first arrival and last exit are a change of the trace.
         */
        boolean holds(int minutes, LocalTime arrived, LocalTime left, List<PresenceSpan> given) {
            return recorded() && minutesPresent == minutes && Objects.equals(arrivedAt, arrived)
                    && Objects.equals(leftAt, left) && Objects.equals(spans, given);
        }
    }

    /**
     * One student's new presence, with the value it replaces (null if none was recorded), and the times it was given
     * as (null when given as minutes or hours): one pair, or several spans (in time order) with their first arrival
     * and last exit as the pair.
     */
    public record Change(long studentId, Integer oldMinutes, int newMinutes, LocalTime arrivedAt, LocalTime leftAt,
                         List<PresenceSpan> spans) {
    }

    /** A presence above zero a student already has on the lesson's day, at another lesson (of any edition). */
    public record SameDayPresence(long studentId, long lessonId, long editionId, Modality modality, LocalTime lessonStart,
                                  LocalTime lessonEnd, int minutes, LocalTime arrivedAt, LocalTime leftAt,
                                  List<PresenceSpan> given) {

        /** Where it lies: each of its spans, when given as several, not the time from the first to the last. */
        List<PresenceOverlap.Span> spans() {
            return PresenceOverlap.spans(minutes, arrivedAt, leftAt, given, lessonStart, lessonEnd,
                    modality.anyTimeOfDay());
        }
    }

    /**
     * Where a register write looks for its students' presences elsewhere: at the day's other lessons whose hours meet
     * [from, to), and at its asynchronous e-learning.
     */
    public record PresenceQuery(Collection<Long> studentIds, LocalTime from, LocalTime to) {
    }

    /** What a write returned: the entries' new versions by student, and the presences its query found. */
    public record Written(Map<Long, Long> versions, List<SameDayPresence> meeting) {
    }

    // the row lock Hibernate takes for LockModeType.PESSIMISTIC_WRITE on PostgreSQL, so lesson locks (LessonService)
    // and register writes wait for each other
    private static final String LESSON_FOR_UPDATE = """
            SELECT edition_id, lesson_date, start_time, end_time, minutes, unit_code, modality, teacher,
                   locked_at, locked_by, created_at, created_by, version, updated_at, updated_by
            FROM lesson WHERE id = ? FOR NO KEY UPDATE""";

    private static final String ROWS = """
            SELECT p.student_id, p.first_name, p.last_name, p.joined_on, p.withdrawn_on,
                   e.minutes_present, e.arrived_at, e.left_at, e.version, e.updated_at, e.updated_by,
                   e.span_arrived_at::text[], e.span_left_at::text[]
            FROM participant p
            LEFT JOIN attendance_entry e ON e.lesson_id = ? AND e.student_id = p.student_id
            WHERE p.edition_id = ?
            ORDER BY p.last_name, p.first_name, p.student_id""";

    // the presences above zero at the lesson's day's other lessons (index lesson_date), in the order presences() reads
    private static final String SAME_DAY = """
            SELECT e.student_id, l.id, l.edition_id, l.modality, l.start_time, l.end_time,
                   e.minutes_present, e.arrived_at, e.left_at, e.span_arrived_at::text[], e.span_left_at::text[]
            FROM lesson l
            JOIN attendance_entry e ON e.lesson_id = l.id
            WHERE l.lesson_date = ? AND l.id <> ? AND e.minutes_present > 0""";

    // of these students (each lesson's unique key)
    private static final String SAME_DAY_OF_STUDENTS = SAME_DAY + " AND e.student_id = ANY (?)";

    // only the lessons whose hours meet [from, to), and asynchronous e-learning (its time lies where it was logged),
    // with all their entries: one index range a lesson instead of a probe per student (35 buffers instead of 640 for
    // 30 students beside 7 lessons, BENCHMARKS.md run 24), and a class day of back-to-back lessons reads no entry
    private static final String MEETING = SAME_DAY
            + " AND (l.modality = 'ELEARNING_ASYNC' OR (l.start_time < ? AND l.end_time > ?))";

    private static final String LOCK_THEN_MEETING = AdvisoryLocks.LOCK_PRESENCES + ";\n" + MEETING;

    // Data-modifying CTEs run exactly once and to completion: the audit rows are written with the entries they
    // describe, in the order of the request (ids from the sequence, so history reads back in that order). A row's
    // spans come as two array literals ('{09:00,10:20}', '{10:00,13:00}', null when none): unnest flattens arrays of
    // arrays, so each row's arrays travel as text and are cast back to time[] (V13).
    private static final String WRITE = """
            WITH change AS (
                SELECT * FROM unnest(?::bigint[], ?::int[], ?::int[], ?::time[], ?::time[], ?::text[], ?::text[])
                         WITH ORDINALITY
                         AS c(student_id, old_minutes, new_minutes, arrived_at, left_at, span_arrived_at, span_left_at, n)
            ), entry AS (
                INSERT INTO attendance_entry (lesson_id, student_id, minutes_present, arrived_at, left_at,
                                              span_arrived_at, span_left_at, updated_at, updated_by, version)
                SELECT ?, student_id, new_minutes, arrived_at, left_at, span_arrived_at::time[], span_left_at::time[],
                       ?, ?, 0 FROM change
                ON CONFLICT (lesson_id, student_id) DO UPDATE
                    SET minutes_present = EXCLUDED.minutes_present, arrived_at = EXCLUDED.arrived_at,
                        left_at = EXCLUDED.left_at, span_arrived_at = EXCLUDED.span_arrived_at,
                        span_left_at = EXCLUDED.span_left_at, updated_at = EXCLUDED.updated_at,
                        updated_by = EXCLUDED.updated_by, version = attendance_entry.version + 1
                RETURNING student_id, version
            ), audit AS (
                INSERT INTO register_change (lesson_id, student_id, old_minutes, new_minutes, arrived_at, left_at,
                                             span_arrived_at, span_left_at, changed_by, changed_at)
                SELECT ?, student_id, old_minutes, new_minutes, arrived_at, left_at, span_arrived_at::time[],
                       span_left_at::time[], ?, ? FROM change ORDER BY n
            )
            SELECT student_id, version FROM entry""";

    // the write, then its students' locks, then the read they guard: one round trip, three statements, each with its
    // own snapshot (READ COMMITTED), so the read sees what a write that held the locks before committed
    private static final String WRITE_THEN_LOCK_THEN_MEETING = WRITE + ";\n" + LOCK_THEN_MEETING;

    private final DataSource dataSource;

    public RegisterStore(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /**
     * The lesson with its row locked until the transaction ends, or empty if there is none. A detached copy, never
     * persisted: reading it through Hibernate opened a session that was then flushed at commit, 0.7 ms of a 2 ms
     * register write (BENCHMARKS.md, run 12).
     */
    public Optional<Lesson> lockLesson(long lessonId) {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(LESSON_FOR_UPDATE)) {
            s.setLong(1, lessonId);
            try (ResultSet r = s.executeQuery()) {
                if (!r.next()) {
                    return Optional.empty();
                }
                Lesson lesson = new Lesson();
                lesson.id = lessonId;
                lesson.editionId = r.getLong(1);
                lesson.lessonDate = r.getObject(2, LocalDate.class);
                lesson.startTime = r.getObject(3, LocalTime.class);
                lesson.endTime = r.getObject(4, LocalTime.class);
                lesson.minutes = r.getInt(5);
                lesson.unitCode = r.getString(6);
                lesson.modality = Modality.valueOf(r.getString(7));
                lesson.teacher = r.getString(8);
                lesson.lockedAt = instant(r.getObject(9, OffsetDateTime.class));
                lesson.lockedBy = r.getString(10);
                lesson.createdAt = instant(r.getObject(11, OffsetDateTime.class));
                lesson.createdBy = r.getString(12);
                lesson.version = r.getLong(13);
                lesson.updatedAt = instant(r.getObject(14, OffsetDateTime.class));
                lesson.updatedBy = r.getString(15);
                return Optional.of(lesson);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Every participant of the edition by name, with their entry for the lesson. */
    public List<Row> rows(long editionId, long lessonId) {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(ROWS)) {
            s.setLong(1, lessonId);
            s.setLong(2, editionId);
            List<Row> rows = new ArrayList<>();
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    rows.add(new Row(r.getLong(1), r.getString(2), r.getString(3), r.getObject(4, LocalDate.class),
                            r.getObject(5, LocalDate.class), (Integer) r.getObject(6), r.getObject(7, LocalTime.class),
                            r.getObject(8, LocalTime.class), spans(r, 12), (Long) r.getObject(9),
                            instant(r.getObject(10, OffsetDateTime.class)), r.getString(11)));
                }
            }
            return rows;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The presences these students have at other lessons on the lesson's day, of this edition or any other. */
    public List<SameDayPresence> sameDayPresences(Lesson lesson, Collection<Long> studentIds) {
        if (studentIds.isEmpty()) {
            return List.of();
        }
        return presences(SAME_DAY_OF_STUDENTS, lesson,
                (c, s) -> s.setArray(3, c.createArrayOf("bigint", studentIds.toArray(Long[]::new))));
    }

    /**
     * Locks the query's students' presences on the lesson's day ({@link AdvisoryLocks#LOCK_PRESENCES}, until the
     * transaction ends), then reads the presences (of anyone) the query asks for: those that may share time with
     * presences at this lesson. One round trip, two statements: the read takes its snapshot once the locks are held,
     * so it sees what a write that held them before committed.
     */
    public List<SameDayPresence> lockAndReadPresencesMeeting(Lesson lesson, PresenceQuery query) {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(LOCK_THEN_MEETING)) {
            bindLockThenMeeting(c, s, 1, lesson, query);
            s.execute(); // the first result is the count of locks taken
            return meeting(s);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void bindLockThenMeeting(Connection c, PreparedStatement s, int first, Lesson lesson,
                                            PresenceQuery query) throws SQLException {
        s.setArray(first, c.createArrayOf("bigint", AdvisoryLocks.presenceKeys(lesson.lessonDate, query.studentIds())));
        s.setObject(first + 1, lesson.lessonDate);
        s.setLong(first + 2, lesson.id);
        s.setObject(first + 3, query.to());
        s.setObject(first + 4, query.from());
    }

    /** The presences result that follows the lock count's. */
    private static List<SameDayPresence> meeting(PreparedStatement s) throws SQLException {
        if (!s.getMoreResults()) {
            throw new IllegalStateException("the locked read returned no presences result");
        }
        try (ResultSet r = s.getResultSet()) {
            return presences(r);
        }
    }

    /** The parameters a {@link #SAME_DAY} query adds after the lesson's day and id. */
    private interface MoreParameters {
        void set(Connection c, PreparedStatement s) throws SQLException;
    }

    private List<SameDayPresence> presences(String sql, Lesson lesson, MoreParameters more) {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            s.setObject(1, lesson.lessonDate);
            s.setLong(2, lesson.id);
            more.set(c, s);
            try (ResultSet r = s.executeQuery()) {
                return presences(r);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<SameDayPresence> presences(ResultSet r) throws SQLException {
        List<SameDayPresence> found = new ArrayList<>();
        while (r.next()) {
            found.add(new SameDayPresence(r.getLong(1), r.getLong(2), r.getLong(3), Modality.valueOf(r.getString(4)),
                    r.getObject(5, LocalTime.class), r.getObject(6, LocalTime.class), r.getInt(7),
                    r.getObject(8, LocalTime.class), r.getObject(9, LocalTime.class), spans(r, 10)));
        }
        return found;
    }

    /**
     * Writes the changes of one lesson and their audit rows; the caller holds the lesson's lock. With a query, the same
     * round trip then locks its students' presences on the day and reads those that meet it (as
     * {@link #lockAndReadPresencesMeeting}): the locks are taken after the write, so they are held only for the read
     * and the commit, and a write whose check then fails is rolled back with its transaction.
     */
    public Written write(Lesson lesson, List<Change> changes, String user, Instant at, PresenceQuery query) {
        Map<Long, Long> versions = new HashMap<>();
        if (changes.isEmpty()) {
            return new Written(versions, List.of());
        }
        String sql = query == null ? WRITE : WRITE_THEN_LOCK_THEN_MEETING;
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            s.setArray(1, c.createArrayOf("bigint", changes.stream().map(Change::studentId).toArray(Long[]::new)));
            s.setArray(2, c.createArrayOf("integer", changes.stream().map(Change::oldMinutes).toArray(Integer[]::new)));
            s.setArray(3, c.createArrayOf("integer", changes.stream().map(Change::newMinutes).toArray(Integer[]::new)));
            // as text: java.sql.Time cannot hold an exit at 24:00, which PostgreSQL's time takes as '24:00'
            s.setArray(4, c.createArrayOf("time",
                    changes.stream().map(ch -> DayTime.text(ch.arrivedAt())).toArray(String[]::new)));
            s.setArray(5, c.createArrayOf("time",
                    changes.stream().map(ch -> DayTime.text(ch.leftAt())).toArray(String[]::new)));
            s.setArray(6, c.createArrayOf("text", changes.stream()
                    .map(ch -> timeArray(ch.spans(), PresenceSpan::arrivedAt)).toArray(String[]::new)));
            s.setArray(7, c.createArrayOf("text", changes.stream()
                    .map(ch -> timeArray(ch.spans(), PresenceSpan::leftAt)).toArray(String[]::new)));
            Timestamp when = Timestamp.from(at);
            s.setLong(8, lesson.id);
            s.setTimestamp(9, when);
            s.setString(10, user);
            s.setLong(11, lesson.id);
            s.setString(12, user);
            s.setTimestamp(13, when);
            if (query != null) {
                bindLockThenMeeting(c, s, 14, lesson, query);
            }
            s.execute();
            try (ResultSet r = s.getResultSet()) {
                while (r.next()) {
                    versions.put(r.getLong(1), r.getLong(2));
                }
            }
            if (query == null) {
                return new Written(versions, List.of());
            }
            if (!s.getMoreResults()) { // the count of locks taken
                throw new IllegalStateException("the write returned no lock result");
            }
            return new Written(versions, meeting(s));
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The spans' arrivals or exits as a PostgreSQL array literal, '{09:00,10:20}' ('{10:00,24:00}'); null when none. */
    private static String timeArray(List<PresenceSpan> spans, Function<PresenceSpan, LocalTime> end) {
        return spans == null ? null
                : spans.stream().map(sp -> DayTime.text(end.apply(sp))).collect(Collectors.joining(",", "{", "}"));
    }

    /** The spans of the two text[] columns from {@code first} (null when the presence was not given as spans). */
    private static List<PresenceSpan> spans(ResultSet r, int first) throws SQLException {
        java.sql.Array arrived = r.getArray(first);
        java.sql.Array left = r.getArray(first + 1);
        if (arrived == null || left == null) {
            return null;
        }
        return PresenceSpan.of(times((Object[]) arrived.getArray()), times((Object[]) left.getArray()));
    }

    /** PostgreSQL's text of times, "24:00:00" being the end of the day. */
    private static LocalTime[] times(Object[] texts) {
        LocalTime[] times = new LocalTime[texts.length];
        for (int i = 0; i < texts.length; i++) {
            times[i] = DayTime.parse((String) texts[i]);
        }
        return times;
    }

    private static Instant instant(OffsetDateTime at) {
        return at == null ? null : at.toInstant();
    }
}
