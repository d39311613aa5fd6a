package it.formapro.attendance.calendar;

import static io.restassured.RestAssured.given;
import static it.formapro.attendance.support.Api.lesson;
import static it.formapro.attendance.support.Api.lessonBody;
import static it.formapro.attendance.support.Api.tutor;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import it.formapro.attendance.support.Api;
import it.formapro.attendance.support.CatalogStub;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
@QuarkusTestResource(CatalogStub.class)
class CalendarCheckResourceTest {

    private static final LocalDate MON = LocalDate.of(2026, 2, 2);
    private static final String CLASSROOM = "rules.find { it.rule == 'CLASSROOM_MIN' }.";
    private static final String KC = "rules.find { it.rule == 'KEY_COMPETENCES_MIN' }.";

    @Test
    void aCalendarShortOfThe000ClassroomMinimumIsShortByTheMissingHoursThenMet() {
        long e = 1030;
        List<String> units = List.of("1260", "1259", "1261");
        for (int i = 0; i < 15; i++) {
            lesson(e, MON.plusDays(i), "09:00", "17:00", units.get(i % 3), "CLASSROOM"); // 120 h
        }
        Api.frontdesk().queryParam("asOf", MON.plusDays(9).toString())
                .when().get("/editions/{e}/calendar-check", e)
                .then().statusCode(200).contentType("application/json")
                .body("editionId", is((int) e))
                .body("asOf", is("2026-02-11"))
                .body("compliant", is(false))
                .body(CLASSROOM + "status", is("SHORT"))
                .body(CLASSROOM + "requiredMinHours", is(125.0f))
                .body(CLASSROOM + "requiredMaxHours", nullValue())
                .body(CLASSROOM + "scheduledHours", is(120.0f))
                .body(CLASSROOM + "deliveredHours", is(80.0f))
                .body(CLASSROOM + "shortByHours", is(5.0f))
                .body(CLASSROOM + "source", containsString("Standard 000"))
                .body(CLASSROOM + "source", containsString("durata minima di aula"))
                .body(CLASSROOM + "message", containsString("5.00 h short of the minimum of 125 h"))
                .body("rules.find { it.rule == 'UNIT_MIN_HOURS' && it.unitCode == '1260' }.status", is("MET"))
                .body("rules.find { it.rule == 'UNIT_LAB_MAX' && it.unitCode == '1260' }.requiredMaxHours", is(40.0f))
                .body("rules.find { it.rule == 'LAB_MIN' }", nullValue()); // [000] states no lab minimum

        lesson(e, MON.plusDays(15), "09:00", "14:00", "1259", "CLASSROOM");
        tutor().queryParam("asOf", MON.plusDays(9).toString())
                .when().get("/editions/{e}/calendar-check", e)
                .then().statusCode(200)
                .body(CLASSROOM + "status", is("MET"))
                .body(CLASSROOM + "scheduledHours", is(125.0f))
                .body(CLASSROOM + "shortByHours", nullValue())
                .body("compliant", is(false)); // KC, internship + lab and the total are still short
    }

    @Test
    void keyCompetenceHoursAreTheLessonsFlaggedKc() {
        long e = 1033;
        Map<String, Object> body = lessonBody(MON, "09:00", "17:00", "KC", "CLASSROOM");
        body.put("keyCompetences", true);
        tutor().body(body).when().post("/editions/{e}/lessons", e).then().statusCode(201);
        lesson(e, MON.plusDays(1), "09:00", "17:00", "KC", "CLASSROOM"); // not flagged
        Api.as("board.maria", "exam-board").queryParam("asOf", MON.toString())
                .when().get("/editions/{e}/calendar-check", e)
                .then().statusCode(200)
                .body(KC + "status", is("SHORT"))
                .body(KC + "scheduledHours", is(8.0f))
                .body(KC + "shortByHours", is(12.0f))
                .body(KC + "source", containsString("durata delle attività formative rivolte alle KC"));
    }

    @Test
    void unknownEditionIs404CatalogDownIs503AndAnonymousIs401() {
        tutor().when().get("/editions/{e}/calendar-check", CatalogStub.UNKNOWN)
                .then().statusCode(404).contentType("application/problem+json");
        tutor().when().get("/editions/{e}/calendar-check", CatalogStub.DOWN)
                .then().statusCode(503).contentType("application/problem+json")
                .body("detail", containsString("catalog-service"));
        given().when().get("/editions/1030/calendar-check").then().statusCode(401).contentType("application/problem+json");
        Api.as("student.ugo", "student").when().get("/editions/1030/calendar-check").then().statusCode(403);
    }
}
