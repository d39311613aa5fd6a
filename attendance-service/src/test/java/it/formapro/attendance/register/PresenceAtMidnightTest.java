package it.formapro.attendance.register;

import static it.formapro.attendance.support.Api.lesson;
import static it.formapro.attendance.support.Api.participant;
import static it.formapro.attendance.support.Api.tutor;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.path.json.JsonPath;
import it.formapro.attendance.support.Api;
import it.formapro.attendance.support.CatalogStub;
import it.formapro.attendance.support.Exports;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

/**
 * Presence at a lesson ending at midnight reaches 24:00, in every form, and every reader of the register sees it so:
 * the register and its history, the summaries, the CSV and PDF exports, the personal-data export, the one-place-at-a-
 * time check. Times going on past midnight are refused with the split to record, an asynchronous session's too.
 */
@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
@QuarkusTestResource(CatalogStub.class)
class PresenceAtMidnightTest {

    private static final LocalDate START = LocalDate.of(2026, 1, 12);
    private static final LocalDate DAY = LocalDate.of(2026, 9, 14);
    private static final String VALIDATION = "https://formapro.it/problems/validation";

    private static Map<String, Object> span(String arrivedAt, String leftAt) {
        return Map.of("arrivedAt", arrivedAt, "leftAt", leftAt);
    }

    @Test
    void presenceAtAnEveningLessonReaches2400AndEveryReaderSeesIt() throws Exception {
        long e = 2055;
        for (long s = 6001; s <= 6004; s++) {
            participant(e, s, "Sera" + s, "Tardi" + s, START);
        }
        long l = lesson(e, DAY, "20:00", "24:00", "1", "CLASSROOM");
        List<Map<String, Object>> rows = List.of(
                Map.of("studentId", 6001, "arrivedAt", "20:00", "leftAt", "24:00"),
                Map.of("studentId", 6002, "arrivedAt", "20:30", "leftAt", "00:00"), // a time picker's midnight
                Map.of("studentId", 6003, "spans", List.of(span("20:00", "22:00"), span("22:15", "24:00"))),
                Map.of("studentId", 6004, "minutesPresent", 240));
        JsonPath saved = tutor().body(Map.of("entries", rows)).when().put("/editions/{e}/lessons/{l}/register", e, l)
                .then().statusCode(200).extract().jsonPath();
        JsonPath read = tutor().when().get("/editions/{e}/lessons/{l}/register", e, l).then().statusCode(200)
                .extract().jsonPath();
        for (JsonPath register : List.of(saved, read)) {
            assertEquals("24:00:00", register.getString("lesson.endTime"));
            assertEquals(240, register.getInt("entries.find { it.studentId == 6001 }.minutesPresent"));
            assertEquals("24:00:00", register.getString("entries.find { it.studentId == 6001 }.leftAt"));
            assertEquals(210, register.getInt("entries.find { it.studentId == 6002 }.minutesPresent"));
            assertEquals("24:00:00", register.getString("entries.find { it.studentId == 6002 }.leftAt"));
            assertEquals(225, register.getInt("entries.find { it.studentId == 6003 }.minutesPresent"));
            assertEquals(List.of("22:00:00", "24:00:00"),
                    register.getList("entries.find { it.studentId == 6003 }.spans.leftAt"));
            assertEquals("24:00:00", register.getString("entries.find { it.studentId == 6003 }.leftAt"));
            assertEquals(240, register.getInt("entries.find { it.studentId == 6004 }.minutesPresent"));
        }
        // the same register again, 24:00 spelled 00:00 or not, is no change: what was read back is what was sent
        tutor().body(Map.of("entries", List.of(
                        Map.of("studentId", 6001, "arrivedAt", "20:00", "leftAt", "00:00"),
                        Map.of("studentId", 6003, "spans", List.of(span("22:15", "00:00"), span("20:00", "22:00"))))))
                .when().put("/editions/{e}/lessons/{l}/register", e, l).then().statusCode(200);
        tutor().when().get("/editions/{e}/lessons/{l}/register/history", e, l).then().statusCode(200)
                .body("$", hasSize(4))
                .body("find { it.studentId == 6002 }.leftAt", is("24:00:00"))
                .body("find { it.studentId == 6003 }.spans.leftAt", contains("22:00:00", "24:00:00"));

        tutor().when().get("/editions/{e}/participants/6002/summary?asOf=2026-12-31", e).then().statusCode(200)
                .body("deliveredHours", is(4.0f))
                .body("attendedHours", is(3.5f))
                .body("missedHours", is(0.5f));

        List<CSVRecord> records = Exports.csv(e);
        CSVRecord late = Exports.row(records, 6002);
        assertEquals("20:00", late.get("start"));
        assertEquals("24:00", late.get("end"));
        assertEquals("4.00", late.get("lesson_hours"));
        assertEquals("3.50", late.get("hours_present"));
        assertEquals("20:30", late.get("arrived_at"));
        assertEquals("24:00", late.get("left_at"));
        assertEquals("20:00-22:00 22:15-24:00", Exports.row(records, 6003).get("spans"));

        String text = Exports.pdfText(e);
        assertTrue(text.contains("20:00-24:00"), text);
        assertTrue(text.contains("20:30-24:00") && text.contains("22:15-24:00"), text);
        assertFalse(text.contains("23:59"), text);

        Api.frontdesk().when().get("/students/{s}/personal-data", 6003).then().statusCode(200)
                .body("attendance[0].hoursPresent", is(3.75f))
                .body("attendance[0].leftAt", is("24:00:00"))
                .body("attendance[0].spans.leftAt", contains("22:00:00", "24:00:00"));
        Api.frontdesk().when().get("/students/{s}/personal-data", 6001).then().statusCode(200)
                .body("attendance[0].leftAt", is("24:00:00"));
    }

    @Test
    void timesGoingOnPastMidnightAreRefusedNamingTheSplitAndSaveNothing() {
        long e = 2056;
        participant(e, 6011, "Notte", "Fonda", START);
        long l = lesson(e, DAY.plusDays(1), "20:00", "24:00", "1", "CLASSROOM");
        tutor().body(Map.of("entries", List.of(Map.of("studentId", 6011, "arrivedAt", "23:00", "leftAt", "00:30"))))
                .when().put("/editions/{e}/lessons/{l}/register", e, l)
                .then().statusCode(400).contentType("application/problem+json")
                .body("type", is(VALIDATION))
                .body("detail", containsString("past midnight"))
                .body("detail", containsString("23:00-24:00"));
        tutor().body(Map.of("entries", List.of(Map.of("studentId", 6011,
                        "spans", List.of(span("20:00", "21:00"), span("23:00", "00:30"))))))
                .when().put("/editions/{e}/lessons/{l}/register", e, l)
                .then().statusCode(400).body("type", is(VALIDATION))
                .body("detail", containsString("spans[1]"))
                .body("detail", containsString("past midnight"));
        // 24:00 is an exit, never an arrival
        tutor().body(Map.of("entries", List.of(Map.of("studentId", 6011, "arrivedAt", "24:00", "leftAt", "24:00"))))
                .when().put("/editions/{e}/lessons/{l}/register", e, l)
                .then().statusCode(400).body("type", is("https://formapro.it/problems/malformed-body"));
        tutor().when().get("/editions/{e}/lessons/{l}/register", e, l).then().statusCode(200)
                .body("entries.find { it.studentId == 6011 }.recorded", is(false));
        tutor().when().get("/editions/{e}/lessons/{l}/register/history", e, l).then().body("$", hasSize(0));
    }

    @Test
    void anAsynchronousSessionIsRecordedUpToMidnightOnItsLessonsDay() {
        long e = 2057;
        participant(e, 6021, "Studia", "Dinotte", START);
        long today = lesson(e, DAY.plusDays(2), "09:00", "13:00", "1", "ELEARNING_ASYNC");
        long tomorrow = lesson(e, DAY.plusDays(3), "09:00", "10:00", "1", "ELEARNING_ASYNC");
        // a platform session 23:00-00:30 belongs to two days: refused, with the part of each
        tutor().body(Map.of("arrivedAt", "23:00", "leftAt", "00:30"))
                .when().put("/editions/{e}/lessons/{l}/register/6021", e, today)
                .then().statusCode(400).contentType("application/problem+json")
                .body("type", is(VALIDATION))
                .body("detail", containsString("23:00-24:00"))
                .body("detail", containsString("00:00-00:30"));
        tutor().body(Map.of("arrivedAt", "23:00", "leftAt", "00:00"))
                .when().put("/editions/{e}/lessons/{l}/register/6021", e, today)
                .then().statusCode(200)
                .body("entries[0].minutesPresent", is(60))
                .body("entries[0].leftAt", is("24:00:00"));
        tutor().body(Map.of("arrivedAt", "00:00", "leftAt", "00:30"))
                .when().put("/editions/{e}/lessons/{l}/register/6021", e, tomorrow)
                .then().statusCode(200)
                .body("entries[0].minutesPresent", is(30))
                .body("entries[0].arrivedAt", is("00:00:00"));
        // as the platform's sessions of the evening
        tutor().body(Map.of("spans", List.of(span("21:00", "22:00"), span("23:00", "24:00"))))
                .when().put("/editions/{e}/lessons/{l}/register/6021", e, today)
                .then().statusCode(200)
                .body("entries[0].minutesPresent", is(120))
                .body("entries[0].spans.leftAt", contains("22:00:00", "24:00:00"));
    }

    @Test
    void aStudentIsInOnePlaceAtATimeUpToMidnight() {
        // two editions' evening lessons of one day, 20:00-24:00 and 22:00-24:00: the student cannot attend both whole
        participant(2058, 6031, "Doppia", "Sera", START);
        participant(2059, 6031, "Doppia", "Sera", START);
        long first = lesson(2058, DAY.plusDays(5), "20:00", "24:00", "1", "CLASSROOM");
        long second = lesson(2059, DAY.plusDays(5), "22:00", "00:00", "1", "CLASSROOM");
        tutor().body(Map.of("arrivedAt", "20:00", "leftAt", "24:00"))
                .when().put("/editions/2058/lessons/{l}/register/6031", first).then().statusCode(200);
        tutor().body(Map.of("minutesPresent", 120))
                .when().put("/editions/2059/lessons/{l}/register/6031", second)
                .then().statusCode(422).contentType("application/problem+json")
                .body("detail", containsString("two places at once"))
                .body("detail", containsString("within 22:00-24:00"))
                .body("detail", containsString("lesson " + first + " of edition 2058"))
                .body("detail", containsString("within 20:00-24:00"));
        tutor().when().get("/editions/2059/lessons/{l}/register", second).then()
                .body("entries[0].recorded", is(false)).body("entries[0].leftAt", nullValue());
        // having left the first at 22:00, the student was at the second until midnight
        tutor().body(Map.of("arrivedAt", "20:00", "leftAt", "22:00"))
                .when().put("/editions/2058/lessons/{l}/register/6031", first).then().statusCode(200);
        tutor().body(Map.of("minutesPresent", 120))
                .when().put("/editions/2059/lessons/{l}/register/6031", second).then().statusCode(200)
                .body("entries[0].minutesPresent", is(120));
    }
}
