package it.formapro.attendance.register;

import static it.formapro.attendance.support.Api.lesson;
import static it.formapro.attendance.support.Api.participant;
import static it.formapro.attendance.support.Api.tutor;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.path.json.JsonPath;
import it.formapro.attendance.support.Api;
import it.formapro.attendance.support.CatalogStub;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
@QuarkusTestResource(CatalogStub.class)
class RegisterResourceTest {

    private static final LocalDate START = LocalDate.of(2026, 1, 12);
    private static final LocalDate DAY = LocalDate.of(2026, 2, 2);

    /**
     * A class of 30 (students 100..129) and a 4-hour lesson of unit 1, on a day of its own: the same students follow
     * several of these editions, and a student is in one place at a time.
     */
    private static long classOf30AndALesson(long edition) {
        for (long s = 100; s < 130; s++) {
            participant(edition, s, "Nome" + s, "Cognome" + s, START);
        }
        return lesson(edition, DAY.plusDays(edition - 2000), "09:00", "13:00", "1", "CLASSROOM");
    }

    @Test
    void recordsAWholeLessonOf30StudentsInOneCallWithPartialPresence() {
        long lesson = classOf30AndALesson(2010);
        List<Map<String, Object>> rows = new ArrayList<>();
        for (long s = 100; s < 120; s++) {
            rows.add(Map.of("studentId", s, "minutesPresent", 240));
        }
        rows.add(Map.of("studentId", 120, "minutesPresent", 225));                    // 15 minutes late
        rows.add(Map.of("studentId", 121, "hoursPresent", 2.5));                      // left early
        rows.add(Map.of("studentId", 122, "arrivedAt", "10:00", "leftAt", "14:00"));  // only 10-13 is in the lesson
        for (long s = 123; s < 130; s++) {
            rows.add(Map.of("studentId", s, "minutesPresent", 0));
        }
        JsonPath register = tutor().body(Map.of("entries", rows))
                .when().put("/editions/2010/lessons/{l}/register", lesson)
                .then().statusCode(200)
                .body("entries", hasSize(30))
                .body("entries.recorded", everyItem(is(true)))
                .extract().jsonPath();
        org.junit.jupiter.api.Assertions.assertEquals(240, register.getInt("entries.find { it.studentId == 100 }.minutesPresent"));
        org.junit.jupiter.api.Assertions.assertEquals(3.75f, register.getFloat("entries.find { it.studentId == 120 }.hoursPresent"));
        org.junit.jupiter.api.Assertions.assertEquals(150, register.getInt("entries.find { it.studentId == 121 }.minutesPresent"));
        org.junit.jupiter.api.Assertions.assertEquals(180, register.getInt("entries.find { it.studentId == 122 }.minutesPresent"));
        org.junit.jupiter.api.Assertions.assertEquals(0, register.getInt("entries.find { it.studentId == 129 }.minutesPresent"));
        org.junit.jupiter.api.Assertions.assertEquals("tutor.anna", register.getString("entries.find { it.studentId == 129 }.updatedBy"));

        tutor().when().get("/editions/2010/lessons/{l}/register/history", lesson)
                .then().statusCode(200)
                .body("$", hasSize(30))
                .body("oldMinutes", everyItem(nullValue()))
                .body("changedBy", everyItem(is("tutor.anna")));
    }

    @Test
    void aBulkLoaderThatAsksForTheMinimalReturnGets204AndTheRegisterIsSaved() {
        long lesson = classOf30AndALesson(2018);
        List<Map<String, Object>> rows = new ArrayList<>();
        for (long s = 100; s < 130; s++) {
            rows.add(Map.of("studentId", s, "minutesPresent", s < 110 ? 240 : 120));
        }
        tutor().header("Prefer", "respond-async, return=minimal").body(Map.of("entries", rows))
                .when().put("/editions/2018/lessons/{l}/register", lesson)
                .then().statusCode(204)
                .header("Preference-Applied", "return=minimal")
                .body(is(""));
        tutor().when().get("/editions/2018/lessons/{l}/register", lesson)
                .then().statusCode(200)
                .body("entries.recorded", everyItem(is(true)))
                .body("entries.find { it.studentId == 100 }.minutesPresent", is(240))
                .body("entries.find { it.studentId == 129 }.minutesPresent", is(120));
        // one student's entry honours it too; any other preference is the full answer
        tutor().header("Prefer", "return=minimal").body(Map.of("minutesPresent", 60))
                .when().put("/editions/2018/lessons/{l}/register/129", lesson)
                .then().statusCode(204);
        tutor().header("Prefer", "return=representation").body(Map.of("minutesPresent", 90))
                .when().put("/editions/2018/lessons/{l}/register/128", lesson)
                .then().statusCode(200)
                .header("Preference-Applied", nullValue())
                .body("entries.find { it.studentId == 129 }.minutesPresent", is(60))
                .body("entries.find { it.studentId == 128 }.minutesPresent", is(90));
        // a refused register is a problem whatever the preference
        tutor().header("Prefer", "return=minimal").body(Map.of("entries", List.of(Map.of("studentId", 999, "minutesPresent", 60))))
                .when().put("/editions/2018/lessons/{l}/register", lesson)
                .then().statusCode(422).contentType("application/problem+json");
    }

    @Test
    void everyChangeIsAuditedWithWhoWhenOldAndNewValue() {
        long lesson = classOf30AndALesson(2011);
        Api.register(2011, lesson, Map.of(100L, 240, 101L, 240));
        long version = tutor().when().get("/editions/2011/lessons/{l}/register", lesson)
                .then().extract().jsonPath().getLong("entries.find { it.studentId == 100 }.version");
        Map<String, Object> answered = Api.as("tutor.marco", "tutor").body(Map.of("minutesPresent", 200, "version", version))
                .when().put("/editions/2011/lessons/{l}/register/100", lesson).then().statusCode(200)
                .extract().jsonPath().getMap("entries.find { it.studentId == 100 }");
        org.junit.jupiter.api.Assertions.assertEquals(version + 1, ((Number) answered.get("version")).longValue());
        // the answer is what a later read finds (version, time and author of the change)
        org.junit.jupiter.api.Assertions.assertEquals(answered, tutor().when().get("/editions/2011/lessons/{l}/register", lesson)
                .then().extract().jsonPath().getMap("entries.find { it.studentId == 100 }"));
        // unchanged values are not audited
        Api.register(2011, lesson, Map.of(100L, 200, 101L, 240));
        tutor().when().get("/editions/2011/lessons/{l}/register/history?studentId=100", lesson)
                .then().statusCode(200)
                .body("$", hasSize(2))
                .body("oldMinutes", contains(null, 240))
                .body("newMinutes", contains(240, 200))
                .body("newHours", contains(4.0f, 3.33f))
                .body("changedBy", contains("tutor.anna", "tutor.marco"))
                .body("[1].changedAt", org.hamcrest.Matchers.notNullValue());
        // a stale version is a 409 and changes nothing
        Api.as("tutor.marco", "tutor").body(Map.of("minutesPresent", 10, "version", version))
                .when().put("/editions/2011/lessons/{l}/register/100", lesson)
                .then().statusCode(409).contentType("application/problem+json")
                .body("type", is("https://formapro.it/problems/concurrent-modification"));
        tutor().when().get("/editions/2011/lessons/{l}/register", lesson)
                .then().body("entries.find { it.studentId == 100 }.minutesPresent", is(200));
    }

    @Test
    void aBadRowRefusesTheWholeRegister() {
        long lesson = classOf30AndALesson(2012);
        Api.register(2012, lesson, Map.of(100L, 240));
        tutor().body(Map.of("entries", List.of(Map.of("studentId", 100, "minutesPresent", 120),
                        Map.of("studentId", 101, "minutesPresent", 241))))
                .when().put("/editions/2012/lessons/{l}/register", lesson)
                .then().statusCode(422).contentType("application/problem+json")
                .body("violations[0].field", containsString("student 101"))
                .body("violations[0].message", containsString("exceeds the lesson"))
                .body("figures.lessonMinutes", is(240));
        tutor().body(Map.of("entries", List.of(Map.of("studentId", 100, "minutesPresent", -5))))
                .when().put("/editions/2012/lessons/{l}/register", lesson).then().statusCode(400);
        tutor().body(Map.of("entries", List.of(Map.of("studentId", 100, "minutesPresent", 5, "hoursPresent", 1))))
                .when().put("/editions/2012/lessons/{l}/register", lesson).then().statusCode(400)
                .body("detail", containsString("exactly one"));
        tutor().body(Map.of("entries", List.of(Map.of("studentId", 999, "minutesPresent", 5))))
                .when().put("/editions/2012/lessons/{l}/register", lesson).then().statusCode(422)
                .body("detail", containsString("not a participant"));
        tutor().when().get("/editions/2012/lessons/{l}/register", lesson)
                .then().body("entries.find { it.studentId == 100 }.minutesPresent", is(240))
                .body("entries.find { it.studentId == 101 }.recorded", is(false));
        tutor().when().get("/editions/2012/lessons/{l}/register/history", lesson).then().body("$", hasSize(1));
    }

    @Test
    void eLearningPresenceIsThePlatformsTrackedTimeNotACount() {
        participant(2033, 330, "Ada", "Rossi", START);
        participant(2033, 331, "Bea", "Verdi", START);
        participant(2033, 332, "Carlo", "Neri", START);
        long lesson = lesson(2033, DAY, "09:00", "11:00", "1", "ELEARNING_SYNC");
        // a count of minutes says nothing the platform logged: refused with the rule, and nothing is saved
        tutor().body(Map.of("entries", List.of(Map.of("studentId", 330, "minutesPresent", 120),
                        Map.of("studentId", 331, "arrivedAt", "09:05", "leftAt", "11:00"))))
                .when().put("/editions/2033/lessons/{l}/register", lesson)
                .then().statusCode(422).contentType("application/problem+json")
                .body("detail", containsString("e-learning presence is the platform's tracked time"))
                .body("violations", hasSize(1))
                .body("violations[0].field", containsString("student 330"))
                .body("violations[0].source", containsString("tracked entry and exit times"));
        tutor().when().get("/editions/2033/lessons/{l}/register", lesson)
                .then().body("entries.recorded", everyItem(is(false)));
        // the platform's entry and exit are accepted (only the part inside the lesson counts); an absence needs none
        tutor().body(Map.of("entries", List.of(Map.of("studentId", 330, "arrivedAt", "09:00", "leftAt", "10:30"),
                        Map.of("studentId", 331, "arrivedAt", "09:05", "leftAt", "11:20"),
                        Map.of("studentId", 332, "minutesPresent", 0))))
                .when().put("/editions/2033/lessons/{l}/register", lesson)
                .then().statusCode(200)
                .body("entries.find { it.studentId == 330 }.minutesPresent", is(90))
                .body("entries.find { it.studentId == 331 }.minutesPresent", is(115))
                .body("entries.find { it.studentId == 332 }.minutesPresent", is(0));

        // the platform's times are kept as the trace of the minutes (as logged, 11:20 too), on the entry and in the audit
        tutor().when().get("/editions/2033/lessons/{l}/register", lesson).then().statusCode(200)
                .body("entries.find { it.studentId == 331 }.arrivedAt", is("09:05:00"))
                .body("entries.find { it.studentId == 331 }.leftAt", is("11:20:00"))
                .body("entries.find { it.studentId == 332 }.arrivedAt", nullValue());
        tutor().when().get("/editions/2033/lessons/{l}/register/history?studentId=331", lesson).then().statusCode(200)
                .body("$", hasSize(1))
                .body("[0].arrivedAt", is("09:05:00"))
                .body("[0].leftAt", is("11:20:00"));
        // other times with the same minutes are a change of the trace: written and audited; the same times again are not
        for (int i = 0; i < 2; i++) {
            tutor().body(Map.of("entries", List.of(Map.of("studentId", 331, "arrivedAt", "09:00", "leftAt", "10:55"))))
                    .when().put("/editions/2033/lessons/{l}/register", lesson).then().statusCode(200)
                    .body("entries.find { it.studentId == 331 }.minutesPresent", is(115))
                    .body("entries.find { it.studentId == 331 }.arrivedAt", is("09:00:00"));
        }
        tutor().when().get("/editions/2033/lessons/{l}/register/history?studentId=331", lesson).then()
                .body("$", hasSize(2))
                .body("[1].oldMinutes", is(115)).body("[1].newMinutes", is(115))
                .body("[1].leftAt", is("10:55:00"));
    }

    @Test
    void aStudentIsInOnePlaceAtATime() {
        participant(2036, 3601, "Ivo", "Stagista", START);
        participant(2036, 3602, "Lia", "Puntuale", START);
        participant(2037, 3601, "Ivo", "Stagista", START); // the same student follows a second edition
        long internship = lesson(2036, DAY, "09:00", "13:00", null, "INTERNSHIP");
        long classroom = lesson(2036, DAY, "12:00", "14:00", "1", "CLASSROOM");
        long otherEdition = lesson(2037, DAY, "13:00", "15:00", "1", "CLASSROOM");
        Api.register(2036, internship, Map.of(3601L, 240, 3602L, 180));

        // the whole morning at the company and the whole class from 12:00: 360 minutes in the 300 of 09-14
        tutor().body(Map.of("entries", List.of(Map.of("studentId", 3602, "minutesPresent", 120),
                        Map.of("studentId", 3601, "minutesPresent", 120))))
                .when().put("/editions/2036/lessons/{l}/register", classroom)
                .then().statusCode(422).contentType("application/problem+json")
                .body("violations", hasSize(1))
                .body("violations[0].field", is("entries[1] (student 3601)"))
                .body("violations[0].message", containsString("two places at once on 2026-02-02: 120 min here (within "
                        + "12:00-14:00) do not fit beside 240 min at lesson " + internship + " of edition 2036 (INTERNSHIP, "
                        + "within 09:00-13:00)"))
                .body("violations[0].source", containsString("one place at a time"));
        tutor().when().get("/editions/2036/lessons/{l}/register", classroom).then()
                .body("entries.recorded", everyItem(is(false)));

        // back from the company at 12:00 the class fits; the student who stayed there until 13:00 is kept to 13-14
        tutor().body(Map.of("entries", List.of(Map.of("studentId", 3602, "minutesPresent", 120),
                        Map.of("studentId", 3601, "arrivedAt", "13:00", "leftAt", "14:00"))))
                .when().put("/editions/2036/lessons/{l}/register", classroom)
                .then().statusCode(200)
                .body("entries.find { it.studentId == 3601 }.minutesPresent", is(60));

        // another edition's lesson at 13-15 overlaps the class he attended until 14:00: an hour is all that is left
        tutor().body(Map.of("entries", List.of(Map.of("studentId", 3601, "minutesPresent", 120))))
                .when().put("/editions/2037/lessons/{l}/register", otherEdition)
                .then().statusCode(422)
                .body("violations[0].message", containsString("lesson " + classroom + " of edition 2036 (CLASSROOM, within 13:00-14:00)"));
        tutor().body(Map.of("entries", List.of(Map.of("studentId", 3601, "arrivedAt", "14:00", "leftAt", "15:00"))))
                .when().put("/editions/2037/lessons/{l}/register", otherEdition).then().statusCode(200);
    }

    @Test
    void aChainOfOverlappingLessonsIsJudgedOnTheWholeDay() {
        participant(2038, 3801, "Eva", "Catena", START);
        long morning = lesson(2038, DAY, "09:00", "13:00", "1", "CLASSROOM");
        long internship = lesson(2038, DAY, "12:00", "16:00", null, "INTERNSHIP");
        long afternoon = lesson(2038, DAY, "13:00", "16:00", "1", "CLASSROOM");
        Api.register(2038, morning, Map.of(3801L, 240));
        Api.register(2038, internship, Map.of(3801L, 180)); // 420 minutes in 09-16: they fit
        // the afternoon meets only the internship, but with the morning full the internship has 13-16 alone left
        tutor().body(Map.of("entries", List.of(Map.of("studentId", 3801, "minutesPresent", 60))))
                .when().put("/editions/2038/lessons/{l}/register", afternoon)
                .then().statusCode(422)
                .body("violations[0].message", containsString("180 min at lesson " + internship));
        // with a stale version too, the rule is what the answer names (reloading would not mend it), and nothing is saved
        tutor().body(Map.of("entries", List.of(Map.of("studentId", 3801, "minutesPresent", 60, "version", 5))))
                .when().put("/editions/2038/lessons/{l}/register", afternoon)
                .then().statusCode(422)
                .body("violations[0].message", containsString("180 min at lesson " + internship));
        tutor().when().get("/editions/2038/lessons/{l}/register", afternoon).then()
                .body("entries.recorded", everyItem(is(false)));
    }

    /**
     * Two tutors saving, in the same instant, lessons of two editions that share a student and overlap: each request
     * alone fits, both together do not. Exactly one of them may be saved, whatever the timing; several rounds (one a
     * day) because a race lost once in a while is still a race.
     */
    @Test
    void twoTutorsSavingOverlappingLessonsAtOnceCannotBothPlaceTheStudent() throws Exception {
        participant(2039, 3901, "Ugo", "Conteso", START);
        participant(2042, 3901, "Ugo", "Conteso", START);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < 12; round++) {
                LocalDate day = DAY.plusDays(60 + round);
                long morning = lesson(2039, day, "09:00", "13:00", "1", "CLASSROOM");
                long meeting = lesson(2042, day, "10:00", "12:00", "1", "CLASSROOM");
                CountDownLatch start = new CountDownLatch(1);
                Future<Integer> first = pool.submit(() -> save(start, 2039, morning, 240));
                Future<Integer> second = pool.submit(() -> save(start, 2042, meeting, 120));
                start.countDown();
                List<Integer> statuses = new ArrayList<>(List.of(first.get(), second.get()));
                statuses.sort(null);
                assertEquals(List.of(200, 422), statuses, "round " + round + " on " + day);
                int recorded = tutor().when().get("/editions/2039/lessons/{l}/register", morning).jsonPath()
                        .getInt("entries.find { it.studentId == 3901 }.minutesPresent")
                        + tutor().when().get("/editions/2042/lessons/{l}/register", meeting).jsonPath()
                        .getInt("entries.find { it.studentId == 3901 }.minutesPresent");
                assertTrue(recorded == 240 || recorded == 120, "round " + round + ": " + recorded + " min recorded");
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private static int save(CountDownLatch start, long edition, long lesson, int minutes) throws InterruptedException {
        start.await();
        return tutor().body(Map.of("entries", List.of(Map.of("studentId", 3901, "minutesPresent", minutes))))
                .when().put("/editions/{e}/lessons/{l}/register", edition, lesson).then().extract().statusCode();
    }

    @Test
    void aStudentCannotBePresentBeforeJoining() {
        long lesson = lesson(2013, DAY, "09:00", "13:00", "1", "CLASSROOM");
        participant(2013, 300, "Tardo", "Arrivo", DAY.plusDays(1));
        tutor().body(Map.of("entries", List.of(Map.of("studentId", 300, "minutesPresent", 60))))
                .when().put("/editions/2013/lessons/{l}/register", lesson).then().statusCode(422)
                .body("detail", containsString("joined 2026-02-03"));
    }

    @Test
    void aWithdrawnStudentIsNotRecordedAfterWithdrawing() {
        long before = lesson(2016, DAY, "09:00", "13:00", "1", "CLASSROOM");
        long after = lesson(2016, DAY.plusDays(2), "09:00", "13:00", "1", "CLASSROOM");
        participant(2016, 310, "Via", "Presto", START);
        Api.frontdesk().body(Map.of("withdrawnOn", DAY.plusDays(1).toString(), "reason", "Moved away"))
                .when().post("/editions/2016/participants/310/withdrawal").then().statusCode(200);
        Api.register(2016, before, Map.of(310L, 240));
        tutor().body(Map.of("entries", List.of(Map.of("studentId", 310, "minutesPresent", 60))))
                .when().put("/editions/2016/lessons/{l}/register", after).then().statusCode(422)
                .body("detail", containsString("withdrawn 2026-02-03"));
        tutor().when().get("/editions/2016/lessons/{l}/register", after).then().body("entries", hasSize(0));
        tutor().when().get("/editions/2016/participants/310/summary?asOf=2026-12-31").then().statusCode(200)
                .body("status", is("WITHDRAWN")).body("attendedHours", is(4.0f));
    }

    @Test
    void aLockedLessonIsReadOnly() {
        long lesson = classOf30AndALesson(2014);
        Api.register(2014, lesson, Map.of(100L, 240));
        tutor().when().post("/editions/2014/lessons/{l}/lock", lesson).then().statusCode(200)
                .body("locked", is(true)).body("lockedBy", is("tutor.anna"));
        tutor().body(Map.of("entries", List.of(Map.of("studentId", 100, "minutesPresent", 10))))
                .when().put("/editions/2014/lessons/{l}/register", lesson)
                .then().statusCode(409).body("type", is("https://formapro.it/problems/lesson-locked"));
        tutor().body(Map.of("minutesPresent", 10)).when().put("/editions/2014/lessons/{l}/register/101", lesson)
                .then().statusCode(409);
        tutor().when().delete("/editions/2014/lessons/{l}", lesson).then().statusCode(409);
        tutor().when().get("/editions/2014/lessons/{l}/register", lesson).then().statusCode(200)
                .body("lesson.locked", is(true))
                .body("entries.find { it.studentId == 100 }.minutesPresent", is(240));
    }

    @Test
    void aLessonOfAnotherEditionOrNoLessonAtAllIsNotFound() {
        long lesson = classOf30AndALesson(2017);
        Map<String, Object> body = Map.of("entries", List.of(Map.of("studentId", 100, "minutesPresent", 60)));
        tutor().body(body).when().put("/editions/2018/lessons/{l}/register", lesson)
                .then().statusCode(404).contentType("application/problem+json")
                .body("detail", is("Lesson " + lesson + " of edition 2018 does not exist"));
        tutor().body(body).when().put("/editions/2017/lessons/{l}/register", 987_654_321L).then().statusCode(404);
        tutor().when().get("/editions/2017/lessons/{l}/register", lesson).then().statusCode(200)
                .body("entries.findAll { it.recorded }", hasSize(0));
    }

    /**
     * Hours no lesson can hold are refused by validation (at most 24 h, in hundredths: docs/CONTRACTS.md) before any
     * conversion: 71582789.27 h once wrapped to 60 minutes and was saved, 1e20 h overflowed into a 500.
     */
    @Test
    void hoursNoLessonCanHoldAreRefusedAndChangeNothing() {
        participant(1041, 4101, "Ora", "Assurda", START);
        long lesson = lesson(1041, DAY, "09:00", "13:00", "1260", "CLASSROOM");
        Api.register(1041, lesson, Map.of(4101L, 120));
        for (String hours : List.of("71582789.27", "1e20", "24.01", "0.333")) {
            tutor().body("{\"entries\":[{\"studentId\":4101,\"hoursPresent\":" + hours + "}]}")
                    .when().put("/editions/1041/lessons/{l}/register", lesson)
                    .then().statusCode(400).contentType("application/problem+json")
                    .body("type", is("https://formapro.it/problems/validation"))
                    .body("violations.field", hasItem("entries[0].hoursPresent"))
                    .body("violations.field", everyItem(is("entries[0].hoursPresent")));
            tutor().body("{\"hoursPresent\":" + hours + "}")
                    .when().put("/editions/1041/lessons/{l}/register/4101", lesson)
                    .then().statusCode(400).contentType("application/problem+json")
                    .body("violations.field", hasItem("hoursPresent"))
                    .body("violations.field", everyItem(is("hoursPresent")));
        }
        // within a day but more than the lesson: the lesson's own check (422), as before
        tutor().body("{\"hoursPresent\":4.01}").when().put("/editions/1041/lessons/{l}/register/4101", lesson)
                .then().statusCode(422).body("violations[0].message", containsString("exceeds the lesson"));
        tutor().when().get("/editions/1041/lessons/{l}/register", lesson).then()
                .body("entries.find { it.studentId == 4101 }.minutesPresent", is(120));
        tutor().when().get("/editions/1041/lessons/{l}/register/history", lesson).then().body("$", hasSize(1));
    }

    /**
     * Arrival and exit times that lie wholly outside the hours of a lesson bound to them (a typo, a lesson moved) are
     * refused naming the row, the times and the lesson's hours, rather than saved as an absence; asynchronous
     * e-learning is followed at any time of day.
     */
    @Test
    void timesWhollyOutsideTheLessonAreRefusedUnlessTheLessonIsAsynchronous() {
        LocalDate day = DAY.plusDays(3);
        participant(1042, 4201, "Orario", "Sbagliato", START);
        participant(1042, 4202, "Orario", "Giusto", START);
        long classroom = lesson(1042, day, "09:00", "13:00", "1260", "CLASSROOM");
        long sync = lesson(1042, day, "14:00", "16:00", "1260", "ELEARNING_SYNC");
        long async = lesson(1042, day.plusDays(1), "09:00", "11:00", "1260", "ELEARNING_ASYNC");

        tutor().body(Map.of("entries", List.of(Map.of("studentId", 4202, "arrivedAt", "09:00", "leftAt", "13:00"),
                        Map.of("studentId", 4201, "arrivedAt", "14:00", "leftAt", "15:00"))))
                .when().put("/editions/1042/lessons/{l}/register", classroom)
                .then().statusCode(422).contentType("application/problem+json")
                .body("type", is("https://formapro.it/problems/register-rule"))
                .body("violations", hasSize(1))
                .body("violations[0].field", is("entries[1] (student 4201)"))
                .body("violations[0].message", containsString("14:00-15:00"))
                .body("violations[0].message", containsString("09:00-13:00"))
                .body("violations[0].figures.arrivedAt", is("14:00"))
                .body("violations[0].figures.lessonEnd", is("13:00"))
                .body("detail", containsString("entries[1] (student 4201)"));
        tutor().body(Map.of("arrivedAt", "16:00", "leftAt", "17:30"))
                .when().put("/editions/1042/lessons/{l}/register/4201", sync)
                .then().statusCode(422).contentType("application/problem+json")
                .body("violations[0].message", containsString("16:00-17:30"))
                .body("violations[0].message", containsString("14:00-16:00"));
        tutor().when().get("/editions/1042/lessons/{l}/register", classroom).then()
                .body("entries.recorded", everyItem(is(false)));
        tutor().when().get("/editions/1042/lessons/{l}/register", sync).then()
                .body("entries.recorded", everyItem(is(false)));

        // the platform's times of an asynchronous lesson count whenever they were spent
        tutor().body(Map.of("arrivedAt", "20:00", "leftAt", "21:30"))
                .when().put("/editions/1042/lessons/{l}/register/4201", async)
                .then().statusCode(200)
                .body("entries.find { it.studentId == 4201 }.minutesPresent", is(90));
    }

    @Test
    void onlyTutorsAndAdminsWriteTheRegister() {
        long lesson = lesson(2015, DAY, "09:00", "13:00", "1", "CLASSROOM");
        Api.frontdesk().body(Map.of("entries", List.of(Map.of("studentId", 1, "minutesPresent", 1))))
                .when().put("/editions/2015/lessons/{l}/register", lesson).then().statusCode(403);
        Api.as("board", "exam-board").when().get("/editions/2015/lessons/{l}/register", lesson).then().statusCode(403);
        Api.as("boss", "admin").when().get("/editions/2015/lessons/{l}/register", lesson).then().statusCode(200);
    }

    private static Map<String, Object> span(String arrived, String left) {
        return Map.of("arrivedAt", arrived, "leftAt", left);
    }

    /**
     * A presence given as several spans (a student who dropped out of a synchronous lesson 10:00-10:20, the platform's
     * sessions): the minutes are their union inside the lesson, the spans are kept, echoed and audited.
     */
    @Test
    void severalSpansCountTheirUnionAndAreKeptAsTheTrace() {
        LocalDate day = DAY.plusDays(10);
        for (long s = 4701; s <= 4704; s++) {
            participant(1047, s, "Fad" + s, "Sessioni", START);
        }
        long lesson = lesson(1047, day, "09:00", "13:00", "1259", "ELEARNING_SYNC");
        tutor().body(Map.of("entries", List.of(
                        Map.of("studentId", 4701, "spans", List.of(span("09:00", "10:00"), span("10:20", "13:00"))),
                        // two sessions open at once: 09:00-12:00 counted once; the part after 13:00 does not count
                        Map.of("studentId", 4702, "spans", List.of(span("10:00", "12:00"), span("09:00", "11:00"),
                                span("12:30", "13:30"))),
                        Map.of("studentId", 4703, "spans", List.of(span("09:30", "13:00"))),
                        Map.of("studentId", 4704, "arrivedAt", "09:00", "leftAt", "10:00"))))
                .when().put("/editions/1047/lessons/{l}/register", lesson)
                .then().statusCode(200)
                .body("entries.find { it.studentId == 4701 }.minutesPresent", is(220))
                .body("entries.find { it.studentId == 4701 }.hoursPresent", is(3.67f))
                .body("entries.find { it.studentId == 4701 }.spans.arrivedAt", contains("09:00:00", "10:20:00"))
                .body("entries.find { it.studentId == 4701 }.spans.leftAt", contains("10:00:00", "13:00:00"))
                .body("entries.find { it.studentId == 4701 }.arrivedAt", is("09:00:00"))
                .body("entries.find { it.studentId == 4701 }.leftAt", is("13:00:00"))
                .body("entries.find { it.studentId == 4702 }.minutesPresent", is(210))
                // in time order, as logged (overlaps included: the trace, not the sum)
                .body("entries.find { it.studentId == 4702 }.spans.arrivedAt", contains("09:00:00", "10:00:00", "12:30:00"))
                .body("entries.find { it.studentId == 4702 }.leftAt", is("13:30:00"))
                // one span is the pair it is
                .body("entries.find { it.studentId == 4703 }.minutesPresent", is(210))
                .body("entries.find { it.studentId == 4703 }.spans", nullValue())
                .body("entries.find { it.studentId == 4703 }.arrivedAt", is("09:30:00"))
                .body("entries.find { it.studentId == 4704 }.minutesPresent", is(60))
                .body("entries.find { it.studentId == 4704 }.spans", nullValue());
        // a later read finds the same
        tutor().when().get("/editions/1047/lessons/{l}/register", lesson).then().statusCode(200)
                .body("entries.find { it.studentId == 4701 }.spans.leftAt", contains("10:00:00", "13:00:00"))
                .body("entries.find { it.studentId == 4702 }.spans", hasSize(3));
        tutor().when().get("/editions/1047/lessons/{l}/register/history?studentId=4701", lesson).then().statusCode(200)
                .body("$", hasSize(1))
                .body("[0].newMinutes", is(220))
                .body("[0].spans.arrivedAt", contains("09:00:00", "10:20:00"));

        // other spans with the same minutes, the same first arrival and last exit: a change, written and audited;
        // the same spans again, in another order, are not
        for (List<Map<String, Object>> spans : List.of(List.of(span("09:00", "10:20"), span("10:40", "13:00")),
                List.of(span("10:40", "13:00"), span("09:00", "10:20")))) {
            tutor().body(Map.of("entries", List.of(Map.of("studentId", 4701, "spans", spans))))
                    .when().put("/editions/1047/lessons/{l}/register", lesson).then().statusCode(200)
                    .body("entries.find { it.studentId == 4701 }.minutesPresent", is(220))
                    .body("entries.find { it.studentId == 4701 }.spans.leftAt", contains("10:20:00", "13:00:00"));
        }
        tutor().when().get("/editions/1047/lessons/{l}/register/history?studentId=4701", lesson).then()
                .body("$", hasSize(2))
                .body("[1].oldMinutes", is(220)).body("[1].newMinutes", is(220))
                .body("[1].spans.arrivedAt", contains("09:00:00", "10:40:00"));
        // back to one pair: the spans go, and that is a change too
        tutor().body(Map.of("arrivedAt", "09:00", "leftAt", "12:40"))
                .when().put("/editions/1047/lessons/{l}/register/4701", lesson).then().statusCode(200)
                .body("entries.find { it.studentId == 4701 }.minutesPresent", is(220))
                .body("entries.find { it.studentId == 4701 }.spans", nullValue());
        // one student's presence takes spans as well
        tutor().body(Map.of("spans", List.of(span("09:00", "09:30"), span("12:00", "13:00"))))
                .when().put("/editions/1047/lessons/{l}/register/4704", lesson).then().statusCode(200)
                .body("entries.find { it.studentId == 4704 }.minutesPresent", is(90))
                .body("entries.find { it.studentId == 4704 }.spans", hasSize(2));
        tutor().when().get("/editions/1047/lessons/{l}/register/history", lesson).then()
                .body("$", hasSize(7))
                .body("[5].spans", nullValue())
                .body("[6].spans.leftAt", contains("09:30:00", "13:00:00"));
    }

    @Test
    void spansThatCannotBeReadAreA400AndASpanOutsideTheLessonA422() {
        LocalDate day = DAY.plusDays(11);
        participant(1047, 4711, "Fad", "Errata", START);
        long lesson = lesson(1047, day, "09:00", "13:00", "1259", "ELEARNING_SYNC");
        String url = "/editions/1047/lessons/{l}/register";
        List<Map<String, Object>> two = List.of(span("09:00", "10:00"), span("10:20", "13:00"));
        // spans and the pair together
        Map<String, Object> both = new java.util.HashMap<>(Map.of("studentId", 4711, "spans", two));
        both.put("arrivedAt", "09:00");
        both.put("leftAt", "13:00");
        tutor().body(Map.of("entries", List.of(both))).when().put(url, lesson)
                .then().statusCode(400).contentType("application/problem+json")
                .body("detail", containsString("either spans or one arrivedAt+leftAt pair"))
                .body("violations[0].field", is("entries[0] (student 4711)"));
        // spans with hours (or minutes), at an e-learning lesson too: two ways of saying it, not an untracked count
        tutor().body(Map.of("entries", List.of(Map.of("studentId", 4711, "spans", two, "hoursPresent", 3.67))))
                .when().put(url, lesson).then().statusCode(400)
                .body("detail", containsString("leave out minutesPresent and hoursPresent"));
        tutor().body(Map.of("minutesPresent", 220, "spans", two)).when().put(url + "/4711", lesson).then().statusCode(400);
        // a span that ends before (or when) it starts
        tutor().body(Map.of("entries", List.of(Map.of("studentId", 4711, "spans",
                        List.of(span("09:00", "10:00"), span("11:00", "10:30"))))))
                .when().put(url, lesson).then().statusCode(400)
                .body("detail", containsString("spans[1]"));
        tutor().body(Map.of("spans", List.of(span("09:00", "09:00")))).when().put(url + "/4711", lesson).then().statusCode(400);
        // a span without its exit, an empty list, more than 20
        tutor().body("{\"entries\":[{\"studentId\":4711,\"spans\":[{\"arrivedAt\":\"09:00\"}]}]}")
                .when().put(url, lesson).then().statusCode(400);
        tutor().body("{\"spans\":[]}").when().put(url + "/4711", lesson).then().statusCode(400);
        List<Map<String, Object>> many = new ArrayList<>();
        for (int i = 0; i < 21; i++) {
            many.add(span(java.time.LocalTime.of(9, 0).plusMinutes(10L * i).toString(),
                    java.time.LocalTime.of(9, 5).plusMinutes(10L * i).toString()));
        }
        tutor().body(Map.of("entries", List.of(Map.of("studentId", 4711, "spans", many))))
                .when().put(url, lesson).then().statusCode(400)
                .body("violations.field", hasItem(containsString("spans")));
        tutor().body(Map.of("entries", List.of(Map.of("studentId", 4711, "spans", many.subList(0, 20)))))
                .when().put(url, lesson).then().statusCode(200)
                .body("entries.find { it.studentId == 4711 }.minutesPresent", is(100));
        // a span with no minute inside the lesson's hours: refused as one pair is, naming the span
        tutor().body(Map.of("entries", List.of(Map.of("studentId", 4711, "spans",
                        List.of(span("09:00", "10:00"), span("14:00", "15:00"))))))
                .when().put(url, lesson).then().statusCode(422).contentType("application/problem+json")
                .body("type", is("https://formapro.it/problems/register-rule"))
                .body("violations[0].message", containsString("spans[1] 14:00-15:00"))
                .body("violations[0].message", containsString("09:00-13:00"))
                .body("violations[0].figures.arrivedAt", is("14:00"))
                .body("violations[0].figures.span", is(1));
        // nothing of the refused requests was saved
        tutor().when().get("/editions/1047/lessons/{l}/register/history", lesson).then().body("$", hasSize(1));
    }

    /**
     * One place at a time reads each span: present 09:00-10:00 and 10:20-13:00 at lesson A, a student may attend a
     * lesson B of 10:05-10:15 (another edition) in between, whichever is recorded first; a span that crosses it may not.
     */
    @Test
    void onePlaceAtATimeReadsEachSpanNotTheFirstArrivalToTheLastExit() {
        LocalDate day = DAY.plusDays(12);
        for (long s = 4801; s <= 4803; s++) {
            participant(1047, s, "Due", "Lezioni" + s, START);
            participant(1048, s, "Due", "Lezioni" + s, START);
        }
        long a = lesson(1047, day, "09:00", "13:00", "1259", "ELEARNING_SYNC");
        long b = lesson(1048, day, "10:05", "10:15", "1260", "CLASSROOM");
        tutor().body(Map.of("entries", List.of(
                        Map.of("studentId", 4801, "spans", List.of(span("09:00", "10:00"), span("10:20", "13:00"))),
                        Map.of("studentId", 4802, "spans", List.of(span("09:00", "10:10"), span("10:20", "13:00"))))))
                .when().put("/editions/1047/lessons/{l}/register", a).then().statusCode(200);
        // B whole (as minutes or as times) fits in 4801's gap; 4802 was at A until 10:10
        tutor().body(Map.of("entries", List.of(Map.of("studentId", 4801, "minutesPresent", 10),
                        Map.of("studentId", 4802, "arrivedAt", "10:05", "leftAt", "10:15"))))
                .when().put("/editions/1048/lessons/{l}/register", b)
                .then().statusCode(422)
                .body("violations", hasSize(1))
                .body("violations[0].field", is("entries[1] (student 4802)"))
                .body("violations[0].message", containsString("10 min here (within 10:05-10:15) do not fit beside "
                        + "230 min at lesson " + a + " of edition 1047 (ELEARNING_SYNC, within 09:00-10:10, 10:20-13:00)"));
        tutor().body(Map.of("entries", List.of(Map.of("studentId", 4801, "minutesPresent", 10),
                        Map.of("studentId", 4802, "arrivedAt", "10:10", "leftAt", "10:15"))))
                .when().put("/editions/1048/lessons/{l}/register", b).then().statusCode(200);
        // the other way round: B recorded first, then A's spans around it, and a span across it refused
        tutor().body(Map.of("entries", List.of(Map.of("studentId", 4803, "arrivedAt", "10:05", "leftAt", "10:15"))))
                .when().put("/editions/1048/lessons/{l}/register", b).then().statusCode(200);
        tutor().body(Map.of("spans", List.of(span("09:00", "10:05"), span("10:15", "13:00"))))
                .when().put("/editions/1047/lessons/{l}/register/4803", a).then().statusCode(200)
                .body("entries.find { it.studentId == 4803 }.minutesPresent", is(230));
        tutor().body(Map.of("spans", List.of(span("09:00", "10:06"), span("10:15", "13:00"))))
                .when().put("/editions/1047/lessons/{l}/register/4803", a).then().statusCode(422)
                .body("violations[0].message", containsString("within 09:00-10:06, 10:15-13:00"))
                .body("violations[0].message", containsString("10 min at lesson " + b + " of edition 1048"));
        tutor().when().get("/editions/1047/lessons/{l}/register", a).then()
                .body("entries.find { it.studentId == 4803 }.spans.arrivedAt", contains("09:00:00", "10:15:00"))
                .body("entries.find { it.studentId == 4803 }.spans.leftAt", contains("10:05:00", "13:00:00"));
    }
}
