package it.formapro.attendance.lesson;

import static io.restassured.RestAssured.given;
import static it.formapro.attendance.support.Api.lesson;
import static it.formapro.attendance.support.Api.lessonBody;
import static it.formapro.attendance.support.Api.tutor;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.lessThanOrEqualTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import it.formapro.attendance.support.Api;
import it.formapro.attendance.support.CatalogStub;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
@QuarkusTestResource(CatalogStub.class)
class LessonResourceTest {

    private static final LocalDate MON = LocalDate.of(2026, 2, 2);

    @Test
    void refusesAnonymousCallers() {
        given().when().get("/lessons").then().statusCode(401).contentType("application/problem+json");
    }

    @Test
    void refusesTheWrongRole() {
        given().auth().oauth2(OidcWiremockTestResource.getAccessToken("someone", Set.of("frontdesk")))
                .when().get("/lessons").then().statusCode(403).contentType("application/problem+json");
        Api.frontdesk().body(lessonBody(MON, "09:00", "13:00", "1", "CLASSROOM"))
                .when().post("/editions/2001/lessons").then().statusCode(403).contentType("application/problem+json");
    }

    @Test
    void answersTheRightRoleFromTheDatabase() {
        long id = lesson(2001, MON, "09:00", "13:00", "1", "CLASSROOM");
        given().auth().oauth2(OidcWiremockTestResource.getAccessToken("someone", Set.of("tutor")))
                .when().get("/lessons?editionId=2001").then().statusCode(200).contentType("application/json")
                .body("id", contains((int) id))
                .body("[0].hours", is(4.0f));
    }

    @Test
    void listsLessonsOnePageAtATimeWithTheTotalInAHeader() {
        long third = lesson(1039, MON.plusDays(2), "09:00", "13:00", "1260", "CLASSROOM");
        long first = lesson(1039, MON, "09:00", "11:00", "1260", "CLASSROOM");
        long second = lesson(1039, MON, "11:00", "13:00", "1260", "CLASSROOM");
        // by date and start time, 2 a page: the third lesson on the second page
        tutor().when().get("/lessons?editionId=1039&size=2").then().statusCode(200)
                .header("X-Total-Count", "3").header("X-Page", "0").header("X-Page-Size", "2").header("X-Page-Count", "2")
                .body("id", contains((int) first, (int) second));
        tutor().when().get("/lessons?editionId=1039&size=2&page=1").then().statusCode(200)
                .header("X-Total-Count", "3").body("id", contains((int) third));
        tutor().when().get("/lessons?editionId=1039&size=2&page=2").then().statusCode(200).body("$", hasSize(0));
        // without a filter: every edition's lessons, still 20 at most unless asked otherwise
        int all = Integer.parseInt(tutor().when().get("/lessons").then().statusCode(200)
                .body("size()", lessThanOrEqualTo(20)).extract().header("X-Total-Count"));
        assertTrue(all >= 3, all + " lessons in all");
        for (String bad : new String[] {"size=0", "size=101", "page=-1", "size=abc"}) {
            tutor().when().get("/lessons?" + bad).then().statusCode(400).contentType("application/problem+json");
        }
    }

    @Test
    void createsALessonWithHoursDerivedFromTheTimesAndRefusesMismatchingHours() {
        Map<String, Object> body = lessonBody(MON, "09:00", "12:45", "1", "LAB");
        body.put("hours", 3.75);
        tutor().body(body).when().post("/editions/2002/lessons")
                .then().statusCode(201)
                .header("Location", containsString("/editions/2002/lessons/"))
                .body("hours", is(3.75f)).body("modality", is("LAB")).body("locked", is(false));
        body = lessonBody(MON.plusDays(1), "09:00", "12:45", "1", "LAB");
        body.put("hours", 4);
        tutor().body(body).when().post("/editions/2002/lessons")
                .then().statusCode(400).contentType("application/problem+json")
                .body("detail", containsString("3.75"));
        tutor().body(lessonBody(MON, "13:00", "12:00", "1", "LAB")).when().post("/editions/2002/lessons")
                .then().statusCode(400);
        tutor().body(Map.of("date", "2026-02-02")).when().post("/editions/2002/lessons")
                .then().statusCode(400).body("violations.field", org.hamcrest.Matchers.hasItems("endTime", "modality"));
        tutor().when().get("/editions/2002/lessons").then().body("$", hasSize(1));
    }

    @Test
    void refusesAnUnknownUnitAndADateOutsideTheEdition() {
        tutor().body(lessonBody(MON, "09:00", "13:00", "77", "CLASSROOM")).when().post("/editions/2003/lessons")
                .then().statusCode(422).contentType("application/problem+json")
                .body("violations[0].field", is("UNIT_UNKNOWN"))
                .body("violations[0].source", containsString("Standard 001"));
        tutor().body(lessonBody(LocalDate.of(2026, 12, 1), "09:00", "13:00", "1", "CLASSROOM")).when().post("/editions/2003/lessons")
                .then().statusCode(422).body("violations[0].field", is("OUTSIDE_EDITION"));
    }

    @Test
    void perUnitElearningCapOf000() {
        lesson(1001, MON, "09:00", "17:00", "1260", "ELEARNING_ASYNC");
        lesson(1001, MON.plusDays(1), "09:00", "17:00", "1260", "ELEARNING_SYNC");
        tutor().body(lessonBody(MON.plusDays(2), "09:00", "10:00", "1260", "ELEARNING_SYNC")).when().post("/editions/1001/lessons")
                .then().statusCode(422)
                .body("type", is("https://formapro.it/problems/lesson-rule"))
                .body("violations.field", contains("UNIT_ELEARNING_CAP"))
                .body("figures.unitElearningHoursAfter", is(17.0f))
                .body("figures.capHours", is(16))
                .body("violations[0].source", containsString("Standard 000"));
        // the same hours in the classroom are fine
        lesson(1001, MON.plusDays(2), "09:00", "10:00", "1260", "CLASSROOM");
    }

    @Test
    void standardWideAsynchronousCapOf000() {
        for (int i = 0; i < 10; i++) {
            lesson(1002, MON.plusDays(i), "09:00", "17:00", "KC", "ELEARNING_ASYNC");
        }
        tutor().body(lessonBody(MON.plusDays(10), "09:00", "17:00", "KC", "ELEARNING_ASYNC")).when().post("/editions/1002/lessons")
                .then().statusCode(422)
                .body("violations.field", contains("ELEARNING_ASYNC_CAP"))
                .body("figures.elearningHoursScheduled", is(80.0f))
                .body("figures.elearningHoursAfter", is(88.0f))
                .body("figures.classroomHoursBase", is(125.0f))
                .body("figures.capHours", is(87.5f))
                .body("detail", containsString("70 % of the classroom hours"));
        // exactly at the cap is allowed
        lesson(1002, MON.plusDays(10), "09:00", "16:30", "KC", "ELEARNING_ASYNC");
    }

    @Test
    void propedeuticityOf001() {
        lesson(2004, MON, "09:00", "13:00", "1", "CLASSROOM"); // unit 1 comes before the propedeutic ones
        tutor().body(lessonBody(MON, "14:00", "18:00", "4", "CLASSROOM")).when().post("/editions/2004/lessons")
                .then().statusCode(422)
                .body("violations.field", contains("PROPEDEUTICITY", "PROPEDEUTICITY"))
                .body("violations[0].source", containsString("propedeuticit"))
                // each missing unit with its own figures
                .body("violations.figures.propedeuticUnitCode", contains("2", "3"))
                .body("violations.figures.propedeuticMinHours", contains(10, 15));
        lesson(2004, MON.plusDays(1), "09:00", "17:00", "2", "CLASSROOM");
        lesson(2004, MON.plusDays(2), "09:00", "11:00", "2", "CLASSROOM");
        lesson(2004, MON.plusDays(3), "09:00", "17:00", "3", "CLASSROOM");
        tutor().body(lessonBody(MON.plusDays(3), "17:00", "18:00", "4", "CLASSROOM")).when().post("/editions/2004/lessons")
                .then().statusCode(422)
                .body("violations.field", contains("PROPEDEUTICITY"))
                .body("figures.propedeuticUnitCode", is("3"))
                .body("figures.propedeuticHoursBefore", is(8.0f))
                .body("figures.propedeuticMinHours", is(15));
        long last = lesson(2004, MON.plusDays(4), "09:00", "16:00", "3", "CLASSROOM");
        lesson(2004, MON.plusDays(4), "16:00", "18:00", "4", "CLASSROOM");
        // unit 3's last lesson can no longer be removed: unit 4 relies on it
        tutor().when().delete("/editions/2004/lessons/{l}", last).then().statusCode(422)
                .body("violations.field", contains("PROPEDEUTICITY"));
    }

    @Test
    void internshipMaximumOf001() {
        for (int i = 0; i < 12; i++) {
            lesson(2005, MON.plusDays(i), "09:00", "17:00", null, "INTERNSHIP");
        }
        lesson(2005, MON.plusDays(12), "09:00", "13:00", null, "INTERNSHIP"); // 100 h
        tutor().body(lessonBody(MON.plusDays(13), "09:00", "10:00", null, "INTERNSHIP")).when().post("/editions/2005/lessons")
                .then().statusCode(422)
                .body("violations.field", contains("INTERNSHIP_MAX"))
                .body("figures.internshipHoursAfter", is(101.0f))
                .body("figures.internshipMax", is(100));
    }

    @Test
    void labMaximumOfA000UnitRefusesTheLessonBeyondItAndSavesNothing() {
        for (int i = 0; i < 5; i++) {
            lesson(1031, MON.plusDays(i), "09:00", "17:00", "1260", "LAB"); // 40 h: the UF's "durata massima ora laboratorio"
        }
        tutor().body(lessonBody(MON.plusDays(5), "09:00", "10:00", "1260", "LAB")).when().post("/editions/1031/lessons")
                .then().statusCode(422).contentType("application/problem+json")
                .body("type", is("https://formapro.it/problems/lesson-rule"))
                .body("violations.field", contains("UNIT_LAB_MAX"))
                .body("violations[0].source", containsString("Standard 000"))
                .body("violations[0].source", containsString("unit 1260: durata massima ora laboratorio"))
                .body("figures.unitLabHoursScheduled", is(40.0f))
                .body("figures.unitLabHoursAfter", is(41.0f))
                .body("figures.labMaxHours", is(40))
                .body("detail", containsString("beyond its maximum of 40 h"));
        tutor().when().get("/editions/1031/lessons").then().body("$", hasSize(5));
        // the same hour in the classroom, or in another unit's lab, is fine
        lesson(1031, MON.plusDays(5), "09:00", "10:00", "1260", "CLASSROOM");
        lesson(1031, MON.plusDays(5), "10:00", "11:00", "1259", "LAB");
    }

    @Test
    void keyCompetencesRoundTripsAndIsFalseWhenAbsent() {
        Map<String, Object> body = lessonBody(MON, "09:00", "13:00", "KC", "CLASSROOM");
        body.put("keyCompetences", true);
        long kc = tutor().body(body).when().post("/editions/1032/lessons")
                .then().statusCode(201).body("keyCompetences", is(true)).extract().jsonPath().getLong("id");
        long plain = lesson(1032, MON.plusDays(1), "09:00", "13:00", "1260", "CLASSROOM"); // no field: an older caller
        tutor().when().get("/editions/1032/lessons/{l}", kc).then().statusCode(200).body("keyCompetences", is(true));
        tutor().when().get("/editions/1032/lessons/{l}", plain).then().statusCode(200).body("keyCompetences", is(false));
        tutor().when().get("/lessons?editionId=1032").then().statusCode(200).body("keyCompetences", contains(true, false));
    }

    @Test
    void idempotencyKeyReplaysTheFirstCreation() {
        String location = tutor().header("Idempotency-Key", "lesson-key-1").body(lessonBody(MON, "09:00", "13:00", "1", "CLASSROOM"))
                .when().post("/editions/2006/lessons").then().statusCode(201).header("Idempotent-Replayed", "false")
                .extract().header("Location");
        int first = Integer.parseInt(location.substring(location.lastIndexOf('/') + 1));
        // the first answer again (docs/CONTRACTS.md, Retries): 201, the same Location, marked as a replay
        int again = tutor().header("Idempotency-Key", "lesson-key-1").body(lessonBody(MON, "09:00", "13:00", "1", "CLASSROOM"))
                .when().post("/editions/2006/lessons").then().statusCode(201).header("Idempotent-Replayed", "true")
                .header("Location", is(location)).extract().path("id");
        assertEquals(first, again);
        tutor().when().get("/editions/2006/lessons").then().body("$", hasSize(1));
        // without a key nothing is said about replays
        tutor().body(lessonBody(MON.plusDays(1), "09:00", "13:00", "1", "CLASSROOM")).when().post("/editions/2006/lessons")
                .then().statusCode(201).header("Idempotent-Replayed", nullValue());
    }

    @Test
    void rulesAreCachedPerEdition() {
        lesson(2007, MON, "09:00", "10:00", "1", "CLASSROOM");
        lesson(2007, MON, "10:00", "11:00", "1", "CLASSROOM");
        tutor().when().get("/editions/2007/hours-delivered").then().statusCode(200);
        assertEquals(1, CatalogStub.fetches(2007));
    }

    @Test
    void catalogDownIsA503AndNothingIsCreated() {
        tutor().body(lessonBody(MON, "09:00", "13:00", "1", "CLASSROOM")).when().post("/editions/{e}/lessons", CatalogStub.DOWN)
                .then().statusCode(503).contentType("application/problem+json")
                .body("type", is("https://formapro.it/problems/service-unavailable"))
                .body("detail", containsString("catalog-service"));
        tutor().when().get("/editions/{e}/lessons", CatalogStub.DOWN).then().statusCode(200).body("$", hasSize(0));
        tutor().when().get("/editions/{e}/summary", CatalogStub.DOWN).then().statusCode(503);
    }

    @Test
    void aClosedEditionsCalendarNoLongerChanges() {
        tutor().body(lessonBody(MON, "09:00", "13:00", "1", "CLASSROOM")).when().post("/editions/{e}/lessons", CatalogStub.CLOSED)
                .then().statusCode(409).body("type", is("https://formapro.it/problems/edition-closed"));
    }

    @Test
    void aLessonWithoutRegisterCanBeRemoved() {
        long id = lesson(2008, MON, "09:00", "13:00", "1", "CLASSROOM");
        tutor().when().delete("/editions/2008/lessons/{l}", id).then().statusCode(204);
        tutor().when().get("/editions/2008/lessons/{l}", id).then().statusCode(404).contentType("application/problem+json");
        tutor().when().get("/editions/2008/lessons").then().body("$", hasSize(0));
    }

    @Test
    void unknownEditionIsA404() {
        tutor().body(lessonBody(MON, "09:00", "13:00", "1", "CLASSROOM")).when().post("/editions/{e}/lessons", CatalogStub.UNKNOWN)
                .then().statusCode(404).contentType("application/problem+json");
    }
}
