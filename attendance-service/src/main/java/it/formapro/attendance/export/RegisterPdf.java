package it.formapro.attendance.export;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.FontFactory;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import it.formapro.attendance.DayTime;
import it.formapro.attendance.Hours;
import it.formapro.attendance.catalog.EditionRules;
import it.formapro.attendance.lesson.Lesson;
import it.formapro.attendance.participant.Participant;
import it.formapro.attendance.register.AttendanceEntry;
import it.formapro.attendance.register.PresenceSpan;
import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * The paper register a provider keeps ("registro didattico"): the edition's heading, then lessons x students with the
 * hours present (in blocks of lessons across pages), then each student's totals. OpenPDF, landscape A4.
 */
public final class RegisterPdf {

    private static final int LESSONS_PER_BLOCK = 10;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final Font TITLE = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 13);
    private static final Font TEXT = FontFactory.getFont(FontFactory.HELVETICA, 8);
    private static final Font BOLD = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 8);

    private RegisterPdf() {
    }

    public static byte[] write(RegisterSheet sheet, EditionRules rules) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document doc = new Document(PageSize.A4.rotate(), 24, 24, 24, 24);
        PdfWriter.getInstance(doc, out);
        doc.open();
        doc.addTitle("Registro - edizione " + sheet.editionId());
        doc.add(new Paragraph("Registro presenze / Attendance register - " + nullToDash(rules.editionTitle()), TITLE));
        doc.add(new Paragraph("Edition " + sheet.editionId() + " - " + nullToDash(rules.provider()) + " - "
                + rules.source() + " - " + rules.startDate() + " / " + rules.endDate(), TEXT));
        doc.add(new Paragraph("Lessons: " + sheet.lessons().size() + ", lesson hours: " + sheet.totalLessonHours()
                + ", students: " + sheet.students().size() + "; held so far: " + sheet.heldLessons() + " of "
                + sheet.lessons().size() + " lessons, " + sheet.heldLessonHours() + " h. Hours present per lesson, with "
                + "the arrival and exit times where they were given; '-' = not a participant that day, blank = not held "
                + "yet. The totals count the lessons held.", TEXT));

        List<Lesson> lessons = sheet.lessons();
        for (int from = 0; from < lessons.size(); from += LESSONS_PER_BLOCK) {
            List<Lesson> block = lessons.subList(from, Math.min(lessons.size(), from + LESSONS_PER_BLOCK));
            PdfPTable table = new PdfPTable(block.size() + 1);
            table.setWidthPercentage(100);
            table.setSpacingBefore(8);
            table.setHeaderRows(1);
            table.addCell(header("Student"));
            for (Lesson l : block) {
                table.addCell(header(l.lessonDate.format(DAY) + "\n" + l.startTime + "-" + DayTime.text(l.endTime)
                        + "\nunit " + nullToDash(l.unitCode) + " " + l.modality + "\n" + Hours.ofMinutes(l.minutes) + " h"
                        + (l.isLocked() ? " (locked)" : "")));
            }
            for (Participant p : sheet.students()) {
                table.addCell(cell(p.lastName + " " + p.firstName + " (" + p.studentId + ")", Element.ALIGN_LEFT));
                for (Lesson l : block) {
                    table.addCell(cell(presence(sheet, l, p), Element.ALIGN_RIGHT));
                }
            }
            doc.add(table);
        }

        PdfPTable totals = new PdfPTable(new float[]{4, 2, 2, 2, 2});
        totals.setWidthPercentage(70);
        totals.setSpacingBefore(12);
        totals.setHeaderRows(1);
        for (String h : new String[]{"Student - totals", "Joined", "Lesson hours held", "Hours present", "Present %"}) {
            totals.addCell(header(h));
        }
        for (Participant p : sheet.students()) {
            BigDecimal expected = sheet.expectedHours(p);
            BigDecimal attended = sheet.attendedHours(p);
            totals.addCell(cell(p.lastName + " " + p.firstName + " (" + p.studentId + ")", Element.ALIGN_LEFT));
            totals.addCell(cell(p.joinedOn.format(DAY), Element.ALIGN_CENTER));
            totals.addCell(cell(expected.toPlainString(), Element.ALIGN_RIGHT));
            totals.addCell(cell(attended.toPlainString(), Element.ALIGN_RIGHT));
            totals.addCell(cell(expected.signum() == 0 ? "-" : attended.multiply(Hours.HUNDRED)
                    .divide(expected, 2, java.math.RoundingMode.HALF_UP).toPlainString(), Element.ALIGN_RIGHT));
        }
        doc.add(totals);
        doc.close();
        return out.toByteArray();
    }

    /**
     * Hours present, and under them the times the presence was given as ("9:15-13:00"; one line per span when given
     * as several), if any; blank for a lesson not held yet (it is neither attended nor missed).
     */
    private static String presence(RegisterSheet sheet, Lesson lesson, Participant student) {
        if (!sheet.held(lesson)) {
            return "";
        }
        if (!sheet.expected(lesson, student)) {
            return "-";
        }
        AttendanceEntry e = sheet.recorded(lesson, student);
        String hours = Hours.ofMinutes(sheet.presentMinutes(lesson, student)).toPlainString();
        if (e == null || e.arrivedAt == null) {
            return hours;
        }
        List<PresenceSpan> spans = PresenceSpan.of(e.spanArrivedAt, e.spanLeftAt);
        return spans == null ? hours + "\n" + e.arrivedAt + "-" + DayTime.text(e.leftAt)
                : hours + "\n" + PresenceSpan.text(spans).replace(' ', '\n');
    }

    private static PdfPCell header(String text) {
        PdfPCell c = new PdfPCell(new Phrase(text, BOLD));
        c.setBackgroundColor(new Color(230, 230, 230));
        c.setHorizontalAlignment(Element.ALIGN_CENTER);
        return c;
    }

    private static PdfPCell cell(String text, int align) {
        PdfPCell c = new PdfPCell(new Phrase(text, TEXT));
        c.setHorizontalAlignment(align);
        return c;
    }

    private static String nullToDash(String s) {
        return s == null ? "-" : s;
    }
}
