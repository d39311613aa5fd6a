package it.formapro.attendance.export;

import it.formapro.attendance.Hours;
import it.formapro.attendance.lesson.Lesson;
import it.formapro.attendance.participant.Participant;
import it.formapro.attendance.register.AttendanceEntry;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * An edition's whole register, lessons x students, loaded in three queries ({@link RegisterSheets}); what the CSV and
 * the PDF print.
 * A cell is "-" (the CSV: no row) when the student was not a participant on that day, 0 when expected and not
 * recorded, and blank for a lesson not held yet. The figures count only the lessons held, begun by the time the sheet is loaded
 * ({@link Lesson#heldBy}), as the summaries do: a lesson ahead in the calendar is neither attended nor missed yet.
 */
public record RegisterSheet(long editionId, List<Lesson> lessons, List<Participant> students,
                            Map<Long, Map<Long, AttendanceEntry>> entriesByLessonAndStudent, Set<Long> heldLessonIds) {

    /** Whether the lesson had begun when the sheet was loaded: only those have figures. */
    public boolean held(Lesson lesson) {
        return heldLessonIds.contains(lesson.id);
    }

    public boolean expected(Lesson lesson, Participant student) {
        return student.attendsOn(lesson.lessonDate) || recorded(lesson, student) != null;
    }

    /** The student's entry for the lesson, or null if none was recorded. */
    public AttendanceEntry recorded(Lesson lesson, Participant student) {
        Map<Long, AttendanceEntry> byStudent = entriesByLessonAndStudent.get(lesson.id);
        return byStudent == null ? null : byStudent.get(student.studentId);
    }

    public int presentMinutes(Lesson lesson, Participant student) {
        AttendanceEntry e = recorded(lesson, student);
        return e == null ? 0 : e.minutesPresent;
    }

    /** Hours present at the lessons held. */
    public BigDecimal attendedHours(Participant student) {
        return Hours.ofMinutes(lessons.stream().filter(this::held).mapToLong(l -> presentMinutes(l, student)).sum());
    }

    /** Hours of the lessons held while the student was a participant. */
    public BigDecimal expectedHours(Participant student) {
        return Hours.ofMinutes(lessons.stream().filter(l -> held(l) && student.attendsOn(l.lessonDate))
                .mapToLong(l -> l.minutes).sum());
    }

    /** Hours of the whole calendar, lessons ahead included. */
    public BigDecimal totalLessonHours() {
        return Hours.ofMinutes(lessons.stream().mapToLong(l -> l.minutes).sum());
    }

    public long heldLessons() {
        return lessons.stream().filter(this::held).count();
    }

    public BigDecimal heldLessonHours() {
        return Hours.ofMinutes(lessons.stream().filter(this::held).mapToLong(l -> l.minutes).sum());
    }
}
