package it.formapro.attendance.lesson;

import static it.formapro.attendance.support.Api.asRead;
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
        asRead(body, 2009, id);
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

        // the same values again, from the lesson as changed: 200, nothing changes (neither the version nor who
        // changed it last)
        body.put("version", after.get("version"));
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
    void aRescheduleBasedOnAnOlderReadIsA409AndTheOtherTutorsChangeStays() {
        long id = lesson(2023, MON, "09:00", "13:00", "1", "CLASSROOM");
        // both tutors read the lesson: Monday, Giulia Bianchi
        Map<String, Object> read = view(2023, id);
        long version = ((Number) read.get("version")).longValue();

        // tutor A moves it to Tuesday
        Map<String, Object> moved = lessonBody(MON.plusDays(1), "09:00", "13:00", "1", "CLASSROOM");
        moved.put("version", version);
        Api.as("tutor.marco", "tutor").body(moved).when().put(ONE, 2023, id).then().statusCode(200)
                .body("date", is("2026-02-03")).body("version", is((int) version + 1));
        Map<String, Object> afterMove = view(2023, id);

        // tutor B, from its read, corrects only the teacher and sends back Monday: refused, Tuesday stays
        Map<String, Object> corrected = lessonBody(MON, "09:00", "13:00", "1", "CLASSROOM");
        corrected.put("teacher", "Paolo Verdi");
        corrected.put("version", version);
        tutor().body(corrected).when().put(ONE, 2023, id)
                .then().statusCode(409).contentType("application/problem+json")
                .body("type", is("https://formapro.it/problems/concurrent-modification"))
                .body("detail", containsString("Lesson " + id + " was changed meanwhile (your version " + version
                        + ", current " + (version + 1) + "): reload it and retry"))
                .body("figures.yourVersion", is((int) version))
                .body("figures.currentVersion", is((int) version + 1));
        assertEquals(afterMove, view(2023, id));
        // A's request again (a retry whose answer was lost, say): the values the lesson has, but from the older read
        tutor().body(moved).when().put(ONE, 2023, id).then().statusCode(409)
                .body("type", is("https://formapro.it/problems/concurrent-modification"));
        assertEquals(afterMove, view(2023, id));

        // B reloads and corrects the teacher of the lesson as it is now
        corrected = asRead(lessonBody(MON.plusDays(1), "09:00", "13:00", "1", "CLASSROOM"), 2023, id);
        corrected.put("teacher", "Paolo Verdi");
        tutor().body(corrected).when().put(ONE, 2023, id).then().statusCode(200)
                .body("date", is("2026-02-03")).body("teacher", is("Paolo Verdi")).body("updatedBy", is("tutor.anna"))
                .body("version", is((int) version + 2));
    }

    @Test
    void aRescheduleWithoutTheVersionReadIsA400NamingTheCurrentOne() {
        long id = lesson(2027, MON, "09:00", "13:00", "1", "CLASSROOM");
        tutor().body(asRead(lessonBody(MON.plusDays(1), "09:00", "13:00", "1", "CLASSROOM"), 2027, id))
                .when().put(ONE, 2027, id).then().statusCode(200).body("version", is(1));
        Map<String, Object> before = view(2027, id);
        tutor().body(lessonBody(MON.plusDays(2), "09:00", "13:00", "1", "CLASSROOM")).when().put(ONE, 2027, id)
                .then().statusCode(400).contentType("application/problem+json")
                .body("type", is("https://formapro.it/problems/validation"))
                .body("violations.field", contains("version"))
                .body("detail", containsString("version: required on update; send the version of the lesson as last "
                        + "read (currently 1)"))
                .body("figures.currentVersion", is(1));
        Map<String, Object> negative = lessonBody(MON.plusDays(2), "09:00", "13:00", "1", "CLASSROOM");
        negative.put("version", -1);
        tutor().body(negative).when().put(ONE, 2027, id).then().statusCode(400)
                .body("violations.field", hasItems("version"));
        assertEquals(before, view(2027, id));
    }

    @Test
    void aPostIgnoresTheVersionAndItsIdempotencyKeyToo() {
        Map<String, Object> body = lessonBody(MON.plusDays(3), "09:00", "13:00", "1", "CLASSROOM");
        body.put("version", 7);
        int id = tutor().header("Idempotency-Key", "lesson-version-k").body(body).when().post("/editions/2027/lessons")
                .then().statusCode(201).body("version", is(0)).extract().path("id");
        // the same lesson with another version (or none) is the same request: a replay
        body.put("version", 3);
        tutor().header("Idempotency-Key", "lesson-version-k").body(body).when().post("/editions/2027/lessons")
                .then().statusCode(201).header("Idempotent-Replayed", "true").body("id", is(id)).body("version", is(0));
        body.remove("version");
        tutor().header("Idempotency-Key", "lesson-version-k").body(body).when().post("/editions/2027/lessons")
                .then().statusCode(201).header("Idempotent-Replayed", "true").body("id", is(id));
    }

    @Test
    void aRemovalMayCarryTheVersionReadAndIsRefusedWhenTheLessonChangedMeanwhile() {
        long id = lesson(3002, MON, "09:00", "13:00", "1", "CLASSROOM");
        long read = ((Number) view(3002, id).get("version")).longValue();
        // someone moves it to Tuesday after this tutor read it as Monday's lesson to cancel
        tutor().body(asRead(lessonBody(MON.plusDays(1), "09:00", "13:00", "1", "CLASSROOM"), 3002, id))
                .when().put(ONE, 3002, id).then().statusCode(200);
        Map<String, Object> moved = view(3002, id);
        tutor().when().delete(ONE + "?version=" + read, 3002, id)
                .then().statusCode(409).contentType("application/problem+json")
                .body("type", is("https://formapro.it/problems/concurrent-modification"))
                .body("figures.yourVersion", is((int) read))
                .body("figures.currentVersion", is((int) read + 1));
        assertEquals(moved, view(3002, id));
        tutor().when().delete(ONE + "?version=abc", 3002, id).then().statusCode(400);
        tutor().when().delete(ONE + "?version=-1", 3002, id).then().statusCode(400);
        assertEquals(moved, view(3002, id));
        tutor().when().delete(ONE + "?version=" + (read + 1), 3002, id).then().statusCode(204);
        tutor().when().get(ONE, 3002, id).then().statusCode(404);
    }

    @Test
    void aLessonMayOverlapItsOwnOldTimesAndCapsCountItOnce() {
        long first = lesson(2019, MON, "09:00", "13:00", "1", "CLASSROOM");
        tutor().body(asRead(lessonBody(MON, "10:00", "14:00", "1", "CLASSROOM"), 2019, first))
                .when().put(ONE, 2019, first)
                .then().statusCode(200).body("startTime", is("10:00:00"));
        // 000: a UF's lab hours at their maximum of 40; moving one of its lab lessons keeps them at 40
        long last = 0;
        for (int i = 0; i < 5; i++) {
            last = lesson(1003, MON.plusDays(i), "09:00", "17:00", "1260", "LAB");
        }
        tutor().body(asRead(lessonBody(MON.plusDays(7), "09:00", "17:00", "1260", "LAB"), 1003, last))
                .when().put(ONE, 1003, last)
                .then().statusCode(200).body("date", is("2026-02-09"));
        Map<String, Object> before = view(1003, last);
        tutor().body(asRead(lessonBody(MON.plusDays(7), "09:00", "18:00", "1260", "LAB"), 1003, last))
                .when().put(ONE, 1003, last)
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
        tutor().body(asRead(lessonBody(MON, "13:00", "12:00", "1", "CLASSROOM"), 2022, id)).when().put(ONE, 2022, id)
                .then().statusCode(400).contentType("application/problem+json")
                .body("detail", containsString("endTime: must be after startTime (13:00)"));
        Map<String, Object> body = lessonBody(MON, "09:00", "12:45", "1", "CLASSROOM");
        body.put("hours", 4);
        tutor().body(asRead(body, 2022, id)).when().put(ONE, 2022, id)
                .then().statusCode(400).contentType("application/problem+json")
                .body("detail", containsString("does not match the times 09:00-12:45 (3.75 h)"))
                .body("figures.derivedHours", is(3.75f));
        tutor().body(Map.of("date", "2026-02-03", "version", before.get("version"))).when().put(ONE, 2022, id)
                .then().statusCode(400).contentType("application/problem+json")
                .body("violations.field", hasItems("startTime", "endTime", "modality", "teacher"));
        assertEquals(before, view(2022, id));
    }

    @Test
    void aLessonOfAnotherEditionOrAnUnknownEditionIsA404() {
        long id = lesson(2024, MON, "09:00", "13:00", "1", "CLASSROOM");
        Map<String, Object> before = view(2024, id);
        tutor().body(asRead(lessonBody(MON.plusDays(1), "09:00", "13:00", "1", "CLASSROOM"), 2024, id))
                .when().put(ONE, 2025, id)
                .then().statusCode(404).contentType("application/problem+json")
                .body("detail", containsString(id + " of edition 2025"));
        tutor().body(asRead(lessonBody(MON.plusDays(1), "09:00", "13:00", "1", "CLASSROOM"), 2024, id))
                .when().put(ONE, CatalogStub.UNKNOWN, id)
                .then().statusCode(404).contentType("application/problem+json");
        assertEquals(before, view(2024, id));
        tutor().when().get("/editions/2025/lessons").then().body("$", hasSize(0));
    }

    @Test
    void aClosedEditionOrCatalogDownChangesNothing() {
        Map<String, Object> body = lessonBody(MON, "09:00", "13:00", "1", "CLASSROOM");
        body.put("version", 0);
        tutor().body(body).when().put(ONE, CatalogStub.CLOSED, 1)
                .then().statusCode(409).contentType("application/problem+json")
                .body("type", is("https://formapro.it/problems/edition-closed"))
                .body("detail", containsString("is closed: its calendar can no longer change"));
        tutor().body(body).when().put(ONE, CatalogStub.DOWN, 1)
                .then().statusCode(503).contentType("application/problem+json");
    }

    @Test
    void aLockedLessonIsA409AndStaysAsItWas() {
        long id = lesson(2028, MON, "09:00", "13:00", "1", "CLASSROOM");
        tutor().when().post(ONE + "/lock", 2028, id).then().statusCode(200);
        Map<String, Object> before = view(2028, id);
        tutor().body(asRead(lessonBody(MON.plusDays(1), "09:00", "13:00", "1", "CLASSROOM"), 2028, id))
                .when().put(ONE, 2028, id)
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
        tutor().body(asRead(lessonBody(MON.plusDays(1), "09:00", "13:00", "1", "CLASSROOM"), 2029, id))
                .when().put(ONE, 2029, id)
                .then().statusCode(200);
        tutor().body(Map.of("entries", List.of(Map.of("studentId", 500, "minutesPresent", 240))))
                .when().put(ONE + "/register", 2029, id).then().statusCode(200)
                .body("lesson.date", is("2026-02-03"))
                .body("lesson.updatedBy", is("tutor.anna"))
                .body("lesson.updatedAt", notNullValue());
        Map<String, Object> before = view(2029, id);
        tutor().body(asRead(lessonBody(MON.plusDays(2), "09:00", "13:00", "1", "CLASSROOM"), 2029, id))
                .when().put(ONE, 2029, id)
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
        tutor().body(asRead(lessonBody(MON, "12:00", "14:00", "1", "CLASSROOM"), 2031, tuesday))
                .when().put(ONE, 2031, tuesday)
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
        tutor().body(asRead(lessonBody(MON.plusDays(5), "09:00", "11:00", "2", "CLASSROOM"), 2032, ura2))
                .when().put(ONE, 2032, ura2)
                .then().statusCode(422).contentType("application/problem+json")
                .body("type", is("https://formapro.it/problems/lesson-rule"))
                .body("violations.field", contains("PROPEDEUTICITY"))
                .body("figures.laterLessonId", is((int) ura4))
                .body("figures.laterUnitCode", is("4"))
                .body("detail", containsString("Lesson " + ura2 + ", as changed, would break a rule"));
        // URA 2's lesson shortened to one hour: the URA 4 lesson would lose the hour it needs
        tutor().body(asRead(lessonBody(MON.plusDays(1), "09:00", "10:00", "2", "CLASSROOM"), 2032, ura2))
                .when().put(ONE, 2032, ura2)
                .then().statusCode(422)
                .body("violations.field", contains("PROPEDEUTICITY"))
                .body("figures.propedeuticUnitCode", is("2"))
                .body("figures.propedeuticHoursBefore", is(9.0f))
                .body("detail", containsString("Moving lesson " + ura2 + " to 2026-02-03 09:00-10:00 would leave lesson "
                        + ura4 + " before its propedeutic units are complete"));
        // the URA 4 lesson moved before URA 3 is complete
        // (URA 3 short of its hours before it, and URA 3's lessons after it)
        tutor().body(asRead(lessonBody(MON.plusDays(1), "14:00", "16:00", "4", "CLASSROOM"), 2032, ura4))
                .when().put(ONE, 2032, ura4)
                .then().statusCode(422)
                .body("violations.field", contains("PROPEDEUTICITY", "PROPEDEUTICITY"))
                .body("figures.propedeuticUnitCode", is("3"))
                .body("detail", containsString("Lesson " + ura4 + ", as changed, would break a rule"));
        assertEquals(ura2Before, view(2032, ura2));
        assertEquals(ura4Before, view(2032, ura4));

        // moved but still before the URA 4 lesson: fine
        tutor().body(asRead(lessonBody(MON.plusDays(1), "14:00", "16:00", "2", "CLASSROOM"), 2032, ura2))
                .when().put(ONE, 2032, ura2)
                .then().statusCode(200).body("startTime", is("14:00:00"));
    }

    @Test
    void onlyAdminsAndTutorsMayRescheduleALesson() {
        long id = lesson(2034, MON, "09:00", "13:00", "1", "CLASSROOM");
        Map<String, Object> before = view(2034, id);
        Map<String, Object> moved = asRead(lessonBody(MON.plusDays(1), "09:00", "13:00", "1", "CLASSROOM"), 2034, id);
        for (String role : List.of("exam-board", "frontdesk")) {
            Api.as("someone", role).body(moved)
                    .when().put(ONE, 2034, id).then().statusCode(403).contentType("application/problem+json");
        }
        assertEquals(before, view(2034, id));
        Api.as("admin.sara", "admin").body(moved)
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
        Api.tutor().body(asRead(lessonBody(MON, "08:00", "18:00", "1259", "LAB"), 1040, first))
                .when().put(ONE, 1040, first)
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
