package it.formapro.attendance.export;

import it.formapro.attendance.Hours;
import it.formapro.attendance.lesson.Lesson;
import it.formapro.attendance.participant.Participant;
import it.formapro.attendance.register.AttendanceEntry;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * An edition's whole register, lessons x students, loaded in three queries; what the CSV and the PDF print.
 * A cell is empty when the student was not a participant on that day, 0 when expected and not recorded.
 */
public record RegisterSheet(long editionId, List<Lesson> lessons, List<Participant> students,
                            Map<Long, Map<Long, AttendanceEntry>> entriesByLessonAndStudent) {

    public static RegisterSheet load(long editionId) {
        List<Lesson> lessons = Lesson.ofEdition(editionId);
        List<Participant> students = Participant.ofEdition(editionId);
        Map<Long, Map<Long, AttendanceEntry>> entries = new HashMap<>();
        AttendanceEntry.<AttendanceEntry>list(
                        "lessonId in (select l.id from Lesson l where l.editionId = ?1)", editionId)
                .forEach(e -> entries.computeIfAbsent(e.lessonId, k -> new HashMap<>()).put(e.studentId, e));
        return new RegisterSheet(editionId, lessons, students, entries);
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

    public BigDecimal attendedHours(Participant student) {
        return Hours.ofMinutes(lessons.stream().mapToLong(l -> presentMinutes(l, student)).sum());
    }

    /** Hours of the lessons held while the student was a participant. */
    public BigDecimal expectedHours(Participant student) {
        return Hours.ofMinutes(lessons.stream().filter(l -> student.attendsOn(l.lessonDate)).mapToLong(l -> l.minutes).sum());
    }

    public BigDecimal totalLessonHours() {
        return Hours.ofMinutes(lessons.stream().mapToLong(l -> l.minutes).sum());
    }
}
