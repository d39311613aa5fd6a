package it.formapro.attendance.summary;

import it.formapro.attendance.credit.ScheduledHours;
import it.formapro.attendance.lesson.Lesson;
import it.formapro.attendance.lesson.Modality;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;

/**
 * What the summaries are computed from, read in one round trip: the six queries go out together (pgjdbc sends a
 * multi-statement query as one batch) and come back as six result sets, on the caller's transaction. Each is one
 * aggregate over the edition, so their number never grows with the students (no N+1): the delivered lessons, the
 * attended minutes per student / unit / internship / before joining, the credits in force, the latest learning check
 * in force per student and unit, the participants by name, and the minutes scheduled per unit and internship (the
 * whole calendar, which bounds a credit where the standard gives no hours). As five Hibernate queries they were five
 * round trips, most of a 30-student summary's time (BENCHMARKS.md, run 10).
 */
@ApplicationScoped
public class EditionFacts {

    /** The delivered lessons, the whole calendar's hours, and every participant (or the one asked for) with their own figures. */
    public record Facts(List<StudentSummaries.DeliveredLesson> delivered, ScheduledHours scheduled,
                        List<StudentSummaries.Student> students) {
    }

    private static final String DELIVERED = """
            SELECT lesson_date, minutes, unit_code, modality FROM lesson
            WHERE edition_id = ? AND lesson_date <= ? AND (lesson_date < ? OR start_time <= ?)""";

    private static final String ATTENDED = """
            SELECT a.student_id, l.unit_code, l.modality = 'INTERNSHIP', l.lesson_date < p.joined_on,
                   SUM(a.minutes_present)
            FROM attendance_entry a
            JOIN lesson l ON l.id = a.lesson_id
            JOIN participant p ON p.edition_id = l.edition_id AND p.student_id = a.student_id
            WHERE l.edition_id = ? AND l.lesson_date <= ? AND (l.lesson_date < ? OR l.start_time <= ?) %s
            GROUP BY a.student_id, l.unit_code, l.modality = 'INTERNSHIP', l.lesson_date < p.joined_on""";

    private static final String CREDITS = """
            SELECT student_id, unit_code, internship, SUM(hours)
            FROM attendance_credit
            WHERE edition_id = ? AND revoked_at IS NULL %s
            GROUP BY student_id, unit_code, internship""";

    // the checks in force: an annulled check (recorded by mistake) counts nowhere, and the unit's previous check, if
    // any, is its latest again
    private static final String LATEST_CHECKS = """
            SELECT DISTINCT ON (student_id, unit_code) student_id, unit_code, outcome, check_date, score
            FROM learning_check
            WHERE edition_id = ? AND annulled_at IS NULL %s
            ORDER BY student_id, unit_code, check_date DESC, id DESC""";

    private static final String PARTICIPANTS = """
            SELECT student_id, first_name, last_name, status, joined_on, withdrawn_on
            FROM participant
            WHERE edition_id = ? %s
            ORDER BY last_name, first_name, student_id""";

    // every lesson of the calendar, held or not, as CreditService reads it (ScheduledHours)
    private static final String SCHEDULED = """
            SELECT unit_code, modality = 'INTERNSHIP', SUM(minutes)
            FROM lesson
            WHERE edition_id = ?
            GROUP BY unit_code, modality = 'INTERNSHIP'""";

    // one student's rows, or the whole edition's: two distinct statements rather than "? IS NULL OR ...", whose
    // cached generic plan PostgreSQL cannot optimise for either case
    private static final String EDITION = query("");
    private static final String ONE_STUDENT = query("AND student_id = ?");

    private final DataSource dataSource;
    private final Clock clock;

    public EditionFacts(DataSource dataSource, Clock clock) {
        this.dataSource = dataSource;
        this.clock = clock;
    }

    /** The whole edition's facts as of a day. */
    public Facts edition(long editionId, LocalDate asOf) {
        return load(editionId, null, asOf);
    }

    /** Only the lessons delivered up to a day. */
    public List<StudentSummaries.DeliveredLesson> delivered(long editionId, LocalDate asOf) {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(DELIVERED)) {
            s.setLong(1, editionId);
            upTo(s, 2, asOf);
            try (ResultSet r = s.executeQuery()) {
                return delivered(r);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** One participant's facts as of a day (no student if they are not a participant). */
    public Facts student(long editionId, long studentId, LocalDate asOf) {
        return load(editionId, studentId, asOf);
    }

    private Facts load(long editionId, Long studentId, LocalDate asOf) {
        try (Connection c = dataSource.getConnection();
             PreparedStatement s = c.prepareStatement(studentId == null ? EDITION : ONE_STUDENT)) {
            int p = 1;
            s.setLong(p++, editionId);
            p = upTo(s, p, asOf);
            for (int query = 0; query < 4; query++) { // attended (with asOf), credits, checks, participants
                s.setLong(p++, editionId);
                if (query == 0) {
                    p = upTo(s, p, asOf);
                }
                if (studentId != null) {
                    s.setLong(p++, studentId);
                }
            }
            s.setLong(p, editionId); // scheduled
            s.execute();
            List<StudentSummaries.DeliveredLesson> delivered;
            try (ResultSet r = s.getResultSet()) {
                delivered = delivered(r);
            }
            Map<Long, List<StudentSummaries.Attended>> attended = new HashMap<>();
            try (ResultSet r = next(s)) {
                while (r.next()) {
                    add(attended, r.getLong(1), new StudentSummaries.Attended(r.getString(2), r.getBoolean(3),
                            r.getBoolean(4), r.getLong(5)));
                }
            }
            Map<Long, List<StudentSummaries.Credit>> credits = new HashMap<>();
            try (ResultSet r = next(s)) {
                while (r.next()) {
                    add(credits, r.getLong(1), new StudentSummaries.Credit(r.getString(2), r.getBoolean(3),
                            r.getBigDecimal(4)));
                }
            }
            Map<Long, List<StudentSummaries.Check>> checks = new HashMap<>();
            try (ResultSet r = next(s)) {
                while (r.next()) {
                    BigDecimal score = r.getBigDecimal(5);
                    add(checks, r.getLong(1), new StudentSummaries.Check(r.getString(2), r.getString(3),
                            r.getObject(4, LocalDate.class), score));
                }
            }
            List<StudentSummaries.Student> students = new ArrayList<>();
            try (ResultSet r = next(s)) {
                while (r.next()) {
                    long id = r.getLong(1);
                    students.add(new StudentSummaries.Student(id, r.getString(2), r.getString(3), r.getString(4),
                            r.getObject(5, LocalDate.class), r.getObject(6, LocalDate.class),
                            attended.getOrDefault(id, List.of()), credits.getOrDefault(id, List.of()),
                            checks.getOrDefault(id, List.of())));
                }
            }
            List<ScheduledHours.Lessons> calendar = new ArrayList<>();
            try (ResultSet r = next(s)) {
                while (r.next()) {
                    calendar.add(new ScheduledHours.Lessons(r.getString(1), r.getBoolean(2), r.getLong(3)));
                }
            }
            return new Facts(delivered, ScheduledHours.of(calendar), students);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<StudentSummaries.DeliveredLesson> delivered(ResultSet r) throws SQLException {
        List<StudentSummaries.DeliveredLesson> delivered = new ArrayList<>();
        while (r.next()) {
            delivered.add(new StudentSummaries.DeliveredLesson(r.getObject(1, LocalDate.class), r.getInt(2),
                    r.getString(3), Modality.valueOf(r.getString(4))));
        }
        return delivered;
    }

    private static String query(String studentFilter) {
        return String.join(";\n", DELIVERED, ATTENDED.formatted(studentFilter.replace("student_id", "a.student_id")),
                CREDITS.formatted(studentFilter), LATEST_CHECKS.formatted(studentFilter),
                PARTICIPANTS.formatted(studentFilter), SCHEDULED);
    }

    /**
     * Binds "lessons up to {@code asOf}" at {@code p}: every lesson of an earlier day, and of that day those begun
     * ({@link Lesson#begunBy}: all of them, unless it is today). Returns the next parameter's index.
     */
    private int upTo(PreparedStatement s, int p, LocalDate asOf) throws SQLException {
        s.setDate(p, Date.valueOf(asOf));
        s.setDate(p + 1, Date.valueOf(asOf));
        s.setObject(p + 2, Lesson.begunBy(asOf, clock));
        return p + 3;
    }

    private static ResultSet next(PreparedStatement s) throws SQLException {
        if (!s.getMoreResults()) {
            throw new IllegalStateException("the summary query returned fewer result sets than it has statements");
        }
        return s.getResultSet();
    }

    private static <T> void add(Map<Long, List<T>> byStudent, long studentId, T row) {
        byStudent.computeIfAbsent(studentId, k -> new ArrayList<>()).add(row);
    }
}
