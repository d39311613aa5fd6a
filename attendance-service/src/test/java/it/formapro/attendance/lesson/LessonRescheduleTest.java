package it.formapro.attendance.lesson;

import static it.formapro.attendance.support.Api.lesson;
import static it.formapro.attendance.support.Api.lessonBody;
import static it.formapro.attendance.support.Api.participant;
import static it.formapro.attendance.support.Api.tutor;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.path.json.JsonPath;
import it.formapro.attendance.support.Api;
import it.formapro.attendance.support.CatalogStub;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** PUT /editions/{editionId}/lessons/{lessonId}: rescheduling or correcting a lesson in place. */
@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
@QuarkusTestResource(CatalogStub.class)
class LessonRescheduleTest {

    private static final LocalDate MON = LocalDate.of(2026, 2, 2);
    private static final String ONE = "/editions/{e}/lessons/{l}";

    /** The lesson as GET shows it, every field. */
    private static Map<String, Object> view(long edition, long lesson) {
        return tutor().when().get(ONE, edition, lesson).then().statusCode(200).extract().jsonPath().getMap("$");
    }

    @Test
    void reschedulesTheLessonInPlaceAndRecordsWhoDidIt() {
        long id = lesson(2009, MON, "09:00", "13:00", "1", "CLASSROOM");
        lesson(2009, MON.plusDays(1), "09:00", "13:00", "1", "CLASSROOM");
        tutor().when().get(ONE, 2009, id).then().body("updatedAt", nullValue()).body("updatedBy", nullValue());

        Map<String, Object> body = lessonBody(MON.plusDays(2), "14:00", "17:30", "1", "LAB");
        body.put("teacher", "  Paolo Verdi ");
        body.put("hours", 3.5);
        body.put("keyCompetences", true);
        JsonPath answered = Api.as("tutor.marco", "tutor").body(body).when().put(ONE, 2009, id)
                .then().statusCode(200).contentType("application/json")
                .body("id", is((int) id))
                .body("editionId", is(2009))
                .body("date", is("2026-02-04"))
                .body("startTime", is("14:00:00"))
                .body("endTime", is("17:30:00"))
                .body("hours", is(3.5f))
                .body("modality", is("LAB"))
                .body("teacher", is("Paolo Verdi"))
                .body("keyCompetences", is(true))
                .body("locked", is(false))
                .body("updatedBy", is("tutor.marco"))
                .body("updatedAt", notNullValue())
                .extract().jsonPath();
        // the answer is what a later read finds, and the calendar still has two lessons, this one with its id
        Map<String, Object> after = view(2009, id);
        assertEquals(answered.getMap("$"), after);
        tutor().when().get("/editions/2009/lessons").then().body("$", hasSize(2))
                .body("id", hasItems((int) id))
                .body("find { it.id == " + id + " }.date", is("2026-02-04"));

        // the same values again: 200, nothing changes (neither the version nor who changed it last)
        tutor().body(body).when().put(ONE, 2009, id).then().statusCode(200)
                .body("updatedBy", is("tutor.marco"))
                .body("version", is(((Number) after.get("version")).intValue()));
        assertEquals(after, view(2009, id));

        // PUT replaces every planned field: keyCompetences absent is false
        body.remove("keyCompetences");
        tutor().body(body).when().put(ONE, 2009, id).then().statusCode(200)
                .body("keyCompetences", is(false)).body("updatedBy", is("tutor.anna"));
    }

    @Test
    void aLessonMayOverlapItsOwnOldTimesAndCapsCountItOnce() {
        long first = lesson(2019, MON, "09:00", "13:00", "1", "CLASSROOM");
        tutor().body(lessonBody(MON, "10:00", "14:00", "1", "CLASSROOM")).when().put(ONE, 2019, first)
                .then().statusCode(200).body("startTime", is("10:00:00"));
        // 000: a UF's lab hours at their maximum of 40; moving one of its lab lessons keeps them at 40
        long last = 0;
        for (int i = 0; i < 5; i++) {
            last = lesson(1003, MON.plusDays(i), "09:00", "17:00", "1260", "LAB");
        }
        tutor().body(lessonBody(MON.plusDays(7), "09:00", "17:00", "1260", "LAB")).when().put(ONE, 1003, last)
                .then().statusCode(200).body("date", is("2026-02-09"));
        Map<String, Object> before = view(1003, last);
        tutor().body(lessonBody(MON.plusDays(7), "09:00", "18:00", "1260", "LAB")).when().put(ONE, 1003, last)
                .then().statusCode(422).contentType("application/problem+json")
                .body("type", is("https://formapro.it/problems/lesson-rule"))
                .body("violations.field", contains("UNIT_LAB_MAX"))
                .body("figures.unitLabHoursScheduled", is(32.0f))
                .body("figures.unitLabHoursAfter", is(41.0f))
                .body("detail", containsString("Lesson " + last + ", as changed, would break a rule"));
        assertEquals(before, view(1003, last));
    }

    @Test
    void refusesBadTimesAndChangesNothing() {
        long id = lesson(2022, MON, "09:00", "13:00", "1", "CLASSROOM");
        Map<String, Object> before = view(2022, id);
        tutor().body(lessonBody(MON, "13:00", "12:00", "1", "CLASSROOM")).when().put(ONE, 2022, id)
                .then().statusCode(400).contentType("application/problem+json")
                .body("detail", containsString("endTime: must be after startTime (13:00)"));
        Map<String, Object> body = lessonBody(MON, "09:00", "12:45", "1", "CLASSROOM");
        body.put("hours", 4);
        tutor().body(body).when().put(ONE, 2022, id)
                .then().statusCode(400).contentType("application/problem+json")
                .body("detail", containsString("does not match the times 09:00-12:45 (3.75 h)"))
                .body("figures.derivedHours", is(3.75f));
        tutor().body(Map.of("date", "2026-02-03")).when().put(ONE, 2022, id)
                .then().statusCode(400).contentType("application/problem+json")
                .body("violations.field", hasItems("startTime", "endTime", "modality", "teacher"));
        assertEquals(before, view(2022, id));
    }

    @Test
    void aLessonOfAnotherEditionOrAnUnknownEditionIsA404() {
        long id = lesson(2024, MON, "09:00", "13:00", "1", "CLASSROOM");
        Map<String, Object> before = view(2024, id);
        tutor().body(lessonBody(MON.plusDays(1), "09:00", "13:00", "1", "CLASSROOM")).when().put(ONE, 2025, id)
                .then().statusCode(404).contentType("application/problem+json")
                .body("detail", containsString(id + " of edition 2025"));
        tutor().body(lessonBody(MON.plusDays(1), "09:00", "13:00", "1", "CLASSROOM")).when().put(ONE, CatalogStub.UNKNOWN, id)
                .then().statusCode(404).contentType("application/problem+json");
        assertEquals(before, view(2024, id));
        tutor().when().get("/editions/2025/lessons").then().body("$", hasSize(0));
    }

    @Test
    void aClosedEditionOrCatalogDownChangesNothing() {
        tutor().body(lessonBody(MON, "09:00", "13:00", "1", "CLASSROOM")).when().put(ONE, CatalogStub.CLOSED, 1)
                .then().statusCode(409).contentType("application/problem+json")
                .body("type", is("https://formapro.it/problems/edition-closed"))
                .body("detail", containsString("is closed: its calendar can no longer change"));
        tutor().body(lessonBody(MON, "09:00", "13:00", "1", "CLASSROOM")).when().put(ONE, CatalogStub.DOWN, 1)
                .then().statusCode(503).contentType("application/problem+json");
    }

    @Test
    void aLockedLessonIsA409AndStaysAsItWas() {
        long id = lesson(2028, MON, "09:00", "13:00", "1", "CLASSROOM");
        tutor().when().post(ONE + "/lock", 2028, id).then().statusCode(200);
        Map<String, Object> before = view(2028, id);
        tutor().body(lessonBody(MON.plusDays(1), "09:00", "13:00", "1", "CLASSROOM")).when().put(ONE, 2028, id)
                .then().statusCode(409).contentType("application/problem+json")
                .body("type", is("https://formapro.it/problems/lesson-locked"))
                .body("detail", containsString("Lesson " + id + " was locked by tutor.anna"))
                .body("detail", containsString("can no longer be rescheduled"));
        assertEquals(before, view(2028, id));
    }

    @Test
    void aLessonWithARegisterIsA409AndStaysAsItWas() {
        participant(2029, 500, "Ada", "Rossi", LocalDate.of(2026, 1, 12));
        long id = lesson(2029, MON, "09:00", "13:00", "1", "CLASSROOM");
        // rescheduled before it is held: fine, and the register shows the lesson as changed
        tutor().body(lessonBody(MON.plusDays(1), "09:00", "13:00", "1", "CLASSROOM")).when().put(ONE, 2029, id)
                .then().statusCode(200);
        tutor().body(Map.of("entries", List.of(Map.of("studentId", 500, "minutesPresent", 240))))
                .when().put(ONE + "/register", 2029, id).then().statusCode(200)
                .body("lesson.date", is("2026-02-03"))
                .body("lesson.updatedBy", is("tutor.anna"))
                .body("lesson.updatedAt", notNullValue());
        Map<String, Object> before = view(2029, id);
        tutor().body(lessonBody(MON.plusDays(2), "09:00", "13:00", "1", "CLASSROOM")).when().put(ONE, 2029, id)
                .then().statusCode(409).contentType("application/problem+json")
                .body("type", is("https://formapro.it/problems/lesson-has-register"))
                .body("detail", containsString("already has 1 register entries, recorded against its times 2026-02-03 09:00-13:00"))
                .body("detail", containsString("add a new lesson"));
        assertEquals(before, view(2029, id));
    }

    @Test
    void aLessonThatWasNotHeldIsRemovedOnceNobodyIsRecordedPresent() {
        participant(2035, 3501, "Ada", "Rossi", LocalDate.of(2026, 1, 12));
        participant(2035, 3502, "Bea", "Verdi", LocalDate.of(2026, 1, 12));
        long held = lesson(2035, MON, "09:00", "13:00", "1", "CLASSROOM");
        long cancelled = lesson(2035, MON.plusDays(1), "09:00", "13:00", "1", "CLASSROOM");
        Api.register(2035, held, Map.of(3501L, 240, 3502L, 240));
        // the register of a lesson that did not take place, opened by mistake: one student marked present
        Api.register(2035, cancelled, Map.of(3501L, 0, 3502L, 60));
        tutor().when().delete(ONE, 2035, cancelled).then().statusCode(409).contentType("application/problem+json")
                .body("type", is("https://formapro.it/problems/lesson-has-register"))
                .body("detail", containsString("has 1 students recorded present"))
                .body("detail", containsString("set its register entries to 0 first, then remove it"));
        Api.frontdesk().when().get("/editions/2035/hours-delivered").then().body("deliveredHours", is(8.0f));

        Api.register(2035, cancelled, Map.of(3502L, 0));
        tutor().when().delete(ONE, 2035, cancelled).then().statusCode(204);
        tutor().when().get(ONE + "/register", 2035, cancelled).then().statusCode(404);
        // its 4 hours are no longer delivered, nor missed by anyone
        Api.frontdesk().when().get("/editions/2035/hours-delivered").then().body("deliveredHours", is(4.0f));
        tutor().when().get("/editions/2035/participants/3501/summary").then().statusCode(200)
                .body("deliveredHours", is(4.0f)).body("missedHours", is(0.0f));
        // a lesson that was held keeps its register, absences included
        tutor().when().delete(ONE, 2035, held).then().statusCode(409);
    }

    @Test
    void refusesAnOverlapWithAnotherLesson() {
        long monday = lesson(2031, MON, "09:00", "13:00", "1", "CLASSROOM");
        long tuesday = lesson(2031, MON.plusDays(1), "09:00", "13:00", "1", "CLASSROOM");
        Map<String, Object> before = view(2031, tuesday);
        tutor().body(lessonBody(MON, "12:00", "14:00", "1", "CLASSROOM")).when().put(ONE, 2031, tuesday)
                .then().statusCode(422).contentType("application/problem+json")
                .body("type", is("https://formapro.it/problems/lesson-rule"))
                .body("violations.field", contains("LESSON_OVERLAP"))
                .body("figures.overlappingLessonId", is((int) monday));
        assertEquals(before, view(2031, tuesday));
    }

    @Test
    void propedeuticityOf001HoldsForTheMovedLessonAndForTheOthers() {
        // 001: URA 2 (10 h) and 3 (15 h) complete before URA 4
        lesson(2032, MON, "09:00", "17:00", "2", "CLASSROOM");
        long ura2 = lesson(2032, MON.plusDays(1), "09:00", "11:00", "2", "CLASSROOM");
        lesson(2032, MON.plusDays(2), "09:00", "17:00", "3", "CLASSROOM");
        lesson(2032, MON.plusDays(3), "09:00", "16:00", "3", "CLASSROOM");
        long ura4 = lesson(2032, MON.plusDays(3), "16:00", "18:00", "4", "CLASSROOM");
        Map<String, Object> ura2Before = view(2032, ura2);
        Map<String, Object> ura4Before = view(2032, ura4);

        // URA 2's last 2 hours moved after a URA 4 lesson: a lesson of URA 2 may not follow a later unit's
        tutor().body(lessonBody(MON.plusDays(5), "09:00", "11:00", "2", "CLASSROOM")).when().put(ONE, 2032, ura2)
                .then().statusCode(422).contentType("application/problem+json")
                .body("type", is("https://formapro.it/problems/lesson-rule"))
                .body("violations.field", contains("PROPEDEUTICITY"))
                .body("figures.laterLessonId", is((int) ura4))
                .body("figures.laterUnitCode", is("4"))
                .body("detail", containsString("Lesson " + ura2 + ", as changed, would break a rule"));
        // URA 2's lesson shortened to one hour: the URA 4 lesson would lose the hour it needs
        tutor().body(lessonBody(MON.plusDays(1), "09:00", "10:00", "2", "CLASSROOM")).when().put(ONE, 2032, ura2)
                .then().statusCode(422)
                .body("violations.field", contains("PROPEDEUTICITY"))
                .body("figures.propedeuticUnitCode", is("2"))
                .body("figures.propedeuticHoursBefore", is(9.0f))
                .body("detail", containsString("Moving lesson " + ura2 + " to 2026-02-03 09:00-10:00 would leave lesson "
                        + ura4 + " before its propedeutic units are complete"));
        // the URA 4 lesson moved before URA 3 is complete
        // (URA 3 short of its hours before it, and URA 3's lessons after it)
        tutor().body(lessonBody(MON.plusDays(1), "14:00", "16:00", "4", "CLASSROOM")).when().put(ONE, 2032, ura4)
                .then().statusCode(422)
                .body("violations.field", contains("PROPEDEUTICITY", "PROPEDEUTICITY"))
                .body("figures.propedeuticUnitCode", is("3"))
                .body("detail", containsString("Lesson " + ura4 + ", as changed, would break a rule"));
        assertEquals(ura2Before, view(2032, ura2));
        assertEquals(ura4Before, view(2032, ura4));

        // moved but still before the URA 4 lesson: fine
        tutor().body(lessonBody(MON.plusDays(1), "14:00", "16:00", "2", "CLASSROOM")).when().put(ONE, 2032, ura2)
                .then().statusCode(200).body("startTime", is("14:00:00"));
    }

    @Test
    void onlyAdminsAndTutorsMayRescheduleALesson() {
        long id = lesson(2034, MON, "09:00", "13:00", "1", "CLASSROOM");
        Map<String, Object> before = view(2034, id);
        for (String role : List.of("exam-board", "frontdesk")) {
            Api.as("someone", role).body(lessonBody(MON.plusDays(1), "09:00", "13:00", "1", "CLASSROOM"))
                    .when().put(ONE, 2034, id).then().statusCode(403).contentType("application/problem+json");
        }
        assertEquals(before, view(2034, id));
        Api.as("admin.sara", "admin").body(lessonBody(MON.plusDays(1), "09:00", "13:00", "1", "CLASSROOM"))
                .when().put(ONE, 2034, id).then().statusCode(200).body("updatedBy", is("admin.sara"));
    }

    @Test
    void aClassroomLessonIsNeitherRemovedNorTurnedIntoLabWhenTheElearningWouldPassItsShareOfTheClassroom() {
        // [000] async <= 70 % of the classroom hours (at least of its 125 h minimum): 130 h of classroom carry 91 h
        long first = 0;
        for (int i = 0; i < 13; i++) {
            long id = lesson(1040, MON.plusDays(i), "08:00", "18:00", "1259", "CLASSROOM");
            first = i == 0 ? id : first;
        }
        long async = 0;
        for (int i = 0; i < 9; i++) {
            async = lesson(1040, MON.plusDays(20 + i), "08:00", "18:00", "KC", "ELEARNING_ASYNC");
        }
        lesson(1040, MON.plusDays(30), "09:00", "10:00", "KC", "ELEARNING_ASYNC"); // 91 h

        Api.tutor().when().delete(ONE, 1040, first).then().statusCode(422)
                .contentType("application/problem+json")
                .body("type", is("https://formapro.it/problems/lesson-rule"))
                .body("detail", containsString("Removing lesson " + first + " would leave more e-learning"))
                .body("violations.field", contains("ELEARNING_ASYNC_CAP"))
                .body("violations[0].source", containsString("Standard 000"))
                .body("figures.elearningHoursScheduled", is(91.0f))
                .body("figures.capHours", is(87.5f));
        Api.tutor().body(lessonBody(MON, "08:00", "18:00", "1259", "LAB")).when().put(ONE, 1040, first)
                .then().statusCode(422)
                .body("detail", containsString("Lesson " + first + ", as changed, would leave more e-learning"))
                .body("violations.field", contains("ELEARNING_ASYNC_CAP"));
        tutor().when().get("/editions/1040/lessons").then().body("$", hasSize(23))
                .body("find { it.id == " + first + " }.modality", is("CLASSROOM"));

        // 120 h of classroom are below the 125 h minimum, which stays the base (87.5 h): with 81 h of async it may go
        Api.tutor().when().delete(ONE, 1040, async).then().statusCode(204);
        Api.tutor().when().delete(ONE, 1040, first).then().statusCode(204);
        tutor().when().get("/editions/1040/lessons").then().body("$", hasSize(21));
    }
}
