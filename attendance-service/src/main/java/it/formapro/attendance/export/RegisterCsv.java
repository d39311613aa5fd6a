package it.formapro.attendance.export;

import it.formapro.attendance.DayTime;
import it.formapro.attendance.Hours;
import it.formapro.attendance.lesson.Lesson;
import it.formapro.attendance.participant.Participant;
import it.formapro.attendance.register.AttendanceEntry;
import it.formapro.attendance.register.PresenceSpan;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/** The register as CSV: one row per lesson and student expected at it (long format, easy to pivot). Arrival and exit
 * times are filled where the presence was given as times (a late arrival, the platform's tracked entry and exit); a
 * presence given as several spans has its first arrival and last exit there and every span in {@code spans}
 * ("09:00-10:00 10:20-13:00", blank otherwise).
 * A lesson not held yet keeps its rows (the calendar is whole) with hours_present blank: not 0 h, it is not missed yet.
 * Text cells (unit, modality, teacher, names, spans) go through {@link CsvText}: one a spreadsheet would read as a
 * formula gets a leading single quote.
 */
public final class RegisterCsv {

    static final String[] HEADER = {"lesson_id", "date", "start", "end", "unit", "modality", "teacher", "lesson_hours",
            "locked", "student_id", "last_name", "first_name", "recorded", "hours_present",
            "arrived_at", "left_at", "spans"};

    private RegisterCsv() {
    }

    public static String write(RegisterSheet sheet) {
        StringWriter out = new StringWriter();
        try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.DEFAULT.builder().setHeader(HEADER).get())) {
            for (Lesson l : sheet.lessons()) {
                for (Participant p : sheet.students()) {
                    if (!sheet.expected(l, p)) {
                        continue;
                    }
                    AttendanceEntry e = sheet.recorded(l, p);
                    // times as DayTime prints them: a lesson or a presence ending at midnight ends at 24:00; every
                    // text through CsvText, so that no cell opens in a spreadsheet as a formula
                    csv.printRecord(l.id, l.lessonDate, DayTime.text(l.startTime), DayTime.text(l.endTime),
                            CsvText.cell(l.unitCode), CsvText.cell(l.modality), CsvText.cell(l.teacher),
                            Hours.ofMinutes(l.minutes), l.isLocked(), p.studentId, CsvText.cell(p.lastName),
                            CsvText.cell(p.firstName), e != null,
                            sheet.held(l) ? Hours.ofMinutes(sheet.presentMinutes(l, p)) : null,
                            e == null ? null : DayTime.text(e.arrivedAt), e == null ? null : DayTime.text(e.leftAt),
                            e == null ? null : CsvText.cell(PresenceSpan.text(PresenceSpan.of(e.spanArrivedAt, e.spanLeftAt))));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }
}
