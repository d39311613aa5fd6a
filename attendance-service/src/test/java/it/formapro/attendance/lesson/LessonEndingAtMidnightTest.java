package it.formapro.attendance.lesson;

import static it.formapro.attendance.support.Api.asRead;
import static it.formapro.attendance.support.Api.lesson;
import static it.formapro.attendance.support.Api.lessonBody;
import static it.formapro.attendance.support.Api.tutor;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import it.formapro.attendance.support.CatalogStub;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A lesson may end at midnight: 24:00 (ISO 8601's end of the day), or 00:00 after a later start, is shown back as
 * 24:00:00 and counts its last minute. A lesson belongs to one date, so one going on past midnight is two lessons.
 */
@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
@QuarkusTestResource(CatalogStub.class)
class LessonEndingAtMidnightTest {

    private static final LocalDate DAY = LocalDate.of(2026, 9, 7);
    private static final String VALIDATION = "https://formapro.it/problems/validation";
    private static final String MALFORMED = "https://formapro.it/problems/malformed-body";

    @Test
    void anEveningLessonEndsAt2400AndLastsFourHours() {
        int id = tutor().body(lessonBody(DAY, "20:00", "24:00", "1", "CLASSROOM")).when().post("/editions/2050/lessons")
                .then().statusCode(201)
                .body("startTime", is("20:00:00"))
                .body("endTime", is("24:00:00"))
                .body("hours", is(4.0f))
                .extract().path("id");
        tutor().when().get("/editions/2050/lessons/{l}", id).then().statusCode(200)
                .body("endTime", is("24:00:00")).body("hours", is(4.0f));
        // what a time picker sends: 00:00 after a later start is the same end of the day, and is shown as 24:00
        tutor().body(lessonBody(DAY.plusDays(1), "20:00", "00:00", "1", "CLASSROOM")).when().post("/editions/2050/lessons")
                .then().statusCode(201).body("endTime", is("24:00:00")).body("hours", is(4.0f));
        tutor().body(lessonBody(DAY.plusDays(2), "21:30", "24:00:00", "1", "CLASSROOM")).when().post("/editions/2050/lessons")
                .then().statusCode(201).body("endTime", is("24:00:00")).body("hours", is(2.5f));
        // hours given are checked against the whole four hours
        Map<String, Object> body = lessonBody(DAY.plusDays(3), "20:00", "24:00", "1", "CLASSROOM");
        body.put("hours", 3.98);
        tutor().body(body).when().post("/editions/2050/lessons")
                .then().statusCode(400).contentType("application/problem+json")
                .body("detail", containsString("20:00-24:00 (4.00 h)"));
        body.put("hours", 4);
        tutor().body(body).when().post("/editions/2050/lessons").then().statusCode(201).body("hours", is(4.0f));
        tutor().when().get("/editions/2050/lessons").then().statusCode(200)
                .body("endTime", contains("24:00:00", "24:00:00", "24:00:00", "24:00:00"))
                .body("hours", contains(4.0f, 4.0f, 2.5f, 4.0f));
    }

    @Test
    void aLessonGoingOnPastMidnightIsRefusedNamingTheTwoLessonsToEnter() {
        tutor().body(lessonBody(DAY, "23:00", "00:30", "1", "CLASSROOM")).when().post("/editions/2051/lessons")
                .then().statusCode(400).contentType("application/problem+json")
                .body("type", is(VALIDATION))
                .body("violations[0].field", is("endTime"))
                .body("detail", containsString("two lessons"))
                .body("detail", containsString("23:00-24:00 on 2026-09-07 and 00:00-00:30 on 2026-09-08"))
                .body("figures.startTime", is("23:00"))
                .body("figures.endTime", is("00:30"));
        tutor().when().get("/editions/2051/lessons").then().statusCode(200).body("$", hasSize(0));
        // the two it names are accepted
        lesson(2051, DAY, "23:00", "24:00", "1", "CLASSROOM");
        lesson(2051, DAY.plusDays(1), "00:00", "00:30", "1", "CLASSROOM");
        tutor().when().get("/editions/2051/lessons").then().statusCode(200)
                .body("hours", contains(1.0f, 0.5f))
                .body("startTime", contains("23:00:00", "00:00:00"))
                .body("endTime", contains("24:00:00", "00:30:00"));
        // 00:00-00:00 is no lesson (a whole day would be 00:00-24:00)
        tutor().body(lessonBody(DAY.plusDays(2), "00:00", "00:00", "1", "CLASSROOM")).when().post("/editions/2051/lessons")
                .then().statusCode(400).body("type", is(VALIDATION)).body("violations[0].field", is("endTime"));
        tutor().when().get("/editions/2051/lessons").then().body("$", hasSize(2));
    }

    @Test
    void midnightIsAnEndNotAStart() {
        tutor().body(lessonBody(DAY, "24:00", "24:00", "1", "CLASSROOM")).when().post("/editions/2052/lessons")
                .then().statusCode(400).contentType("application/problem+json")
                .body("type", is(MALFORMED))
                .body("violations[0].field", is("startTime"));
        for (String end : new String[] {"24:30", "24:00:01", "25:00"}) {
            tutor().body(lessonBody(DAY, "20:00", end, "1", "CLASSROOM")).when().post("/editions/2052/lessons")
                    .then().statusCode(400).contentType("application/problem+json")
                    .body("type", is(MALFORMED))
                    .body("violations[0].field", is("endTime"));
        }
        tutor().when().get("/editions/2052/lessons").then().statusCode(200).body("$", hasSize(0));
    }

    @Test
    void theCalendarsChecksCountTheHourUpToMidnight() {
        lesson(2053, DAY, "20:00", "24:00", "1", "CLASSROOM");
        tutor().body(lessonBody(DAY, "23:30", "00:00", "1", "LAB")).when().post("/editions/2053/lessons")
                .then().statusCode(422)
                .body("violations.field", contains("LESSON_OVERLAP"))
                .body("detail", containsString("20:00-24:00"));
        lesson(2053, DAY.plusDays(1), "00:00", "01:00", "1", "LAB"); // the next day is another day
        // 001 unit 1: FAD at most 5 h. 4 h asynchronous to 24:00 and 1 h synchronous to 24:00 reach it exactly
        lesson(2053, DAY.plusDays(2), "20:00", "24:00", "1", "ELEARNING_ASYNC");
        lesson(2053, DAY.plusDays(3), "23:00", "00:00", "1", "ELEARNING_SYNC");
        tutor().body(lessonBody(DAY.plusDays(4), "23:59", "24:00", "1", "ELEARNING_SYNC")).when().post("/editions/2053/lessons")
                .then().statusCode(422)
                .body("violations.field", contains("UNIT_ELEARNING_CAP"))
                .body("figures.unitElearningHoursAfter", is(5.02f))
                .body("figures.lessonHours", is(0.02f));
    }

    @Test
    void aLessonIsMovedToEndAtMidnightAndAKeyReplaysEitherSpelling() {
        long id = lesson(2054, DAY, "09:00", "13:00", "1", "CLASSROOM");
        // the version read goes through the reading of 00:00 as 24:00 with the rest of the request
        int version = tutor().body(asRead(lessonBody(DAY, "20:00", "00:00", "1", "CLASSROOM"), 2054, id))
                .when().put("/editions/2054/lessons/{l}", id)
                .then().statusCode(200)
                .body("endTime", is("24:00:00")).body("hours", is(4.0f)).body("updatedBy", is("tutor.anna"))
                .extract().path("version");
        // the same lesson spelled with 24:00 changes nothing: the end read back from the database is the same
        Map<String, Object> same = lessonBody(DAY, "20:00", "24:00", "1", "CLASSROOM");
        same.put("version", version);
        tutor().body(same).when().put("/editions/2054/lessons/{l}", id)
                .then().statusCode(200).body("version", is(version)).body("endTime", is("24:00:00"));
        Map<String, Object> shorter = lessonBody(DAY, "20:00", "23:30", "1", "CLASSROOM");
        shorter.put("version", version);
        tutor().body(shorter).when().put("/editions/2054/lessons/{l}", id)
                .then().statusCode(200).body("version", is(version + 1)).body("hours", is(3.5f));

        Map<String, Object> picker = lessonBody(DAY.plusDays(1), "20:00", "00:00", "1", "CLASSROOM");
        int created = tutor().header("Idempotency-Key", "midnight-k").body(picker).when().post("/editions/2054/lessons")
                .then().statusCode(201).extract().path("id");
        tutor().header("Idempotency-Key", "midnight-k").body(lessonBody(DAY.plusDays(1), "20:00", "24:00", "1", "CLASSROOM"))
                .when().post("/editions/2054/lessons").then().statusCode(201).header("Idempotent-Replayed", "true")
                .body("id", is(created));
        tutor().header("Idempotency-Key", "midnight-k").body(lessonBody(DAY.plusDays(1), "20:00", "23:59", "1", "CLASSROOM"))
                .when().post("/editions/2054/lessons").then().statusCode(422)
                .body("type", is("https://formapro.it/problems/idempotency-key-reused"));
        tutor().when().get("/editions/2054/lessons").then().body("$", hasSize(2));
    }
}
