package it.formapro.attendance.summary;

import static it.formapro.attendance.support.Api.lesson;
import static it.formapro.attendance.support.Api.participant;
import static it.formapro.attendance.support.Api.tutor;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.path.json.JsonPath;
import it.formapro.attendance.support.Api;
import it.formapro.attendance.support.CatalogStub;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A complete 001-like course (208 h in 27 lessons respecting propedeuticity, plus a 60 h internship) and a complete
 * 000-like course (250 h), with students placed exactly on and just below the thresholds.
 */
@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
@QuarkusTestResource(CatalogStub.class)
class SummaryResourceTest {

    private static final LocalDate DAY0 = LocalDate.of(2026, 2, 2);
    private static final long E001 = 2020, E000 = 1020;
    private static final long A = 201, B = 202, C = 203, D = 204, H = 205;
    private static boolean built001, built000;

    record Planned(long id, LocalDate date, int minutes, boolean internship, boolean elearning, java.time.LocalTime start) {
    }

    /** Gives each student its total minutes, filling lessons in order; null = not a participant that day. */
    private static void attend(long edition, List<Planned> lessons, Map<Long, Integer> totals, Map<Long, LocalDate> joined) {
        Map<Long, Integer> left = new HashMap<>(totals);
        for (Planned l : lessons) {
            Map<Long, Integer> rows = new LinkedHashMap<>();
            for (Map.Entry<Long, Integer> e : left.entrySet()) {
                if (l.date().isBefore(joined.getOrDefault(e.getKey(), DAY0))) {
                    continue;
                }
                int m = Math.min(e.getValue(), l.minutes());
                rows.put(e.getKey(), m);
                e.setValue(e.getValue() - m);
            }
            if (!rows.isEmpty() && l.elearning()) {
                Api.registerTracked(edition, l.id(), l.start(), rows);
            } else if (!rows.isEmpty()) {
                Api.register(edition, l.id(), rows);
            }
        }
    }

    private static Planned plan(long edition, int day, String start, String end, String unit, String modality) {
        long id = lesson(edition, DAY0.plusDays(day), start, end, unit, modality);
        int minutes = (java.time.LocalTime.parse(end).toSecondOfDay() - java.time.LocalTime.parse(start).toSecondOfDay()) / 60;
        return new Planned(id, DAY0.plusDays(day), minutes, "INTERNSHIP".equals(modality), modality.startsWith("ELEARNING"),
                java.time.LocalTime.parse(start));
    }

    private static synchronized void course001() {
        if (built001) {
            return;
        }
        List<Planned> course = new ArrayList<>();
        course.add(plan(E001, 0, "09:00", "17:00", "2", "CLASSROOM"));
        course.add(plan(E001, 1, "09:00", "11:00", "2", "ELEARNING_SYNC"));
        course.add(plan(E001, 2, "09:00", "17:00", "3", "CLASSROOM"));
        course.add(plan(E001, 3, "09:00", "16:00", "3", "LAB"));                  // 25 h: units 2 and 3 complete
        for (int i = 0; i < 22; i++) {
            course.add(plan(E001, 4 + i, "09:00", "17:00", String.valueOf(4 + i % 9), "CLASSROOM"));
        }
        course.add(plan(E001, 26, "09:00", "16:00", "12", "CLASSROOM"));          // 208 h
        List<Planned> internship = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            internship.add(plan(E001, 30 + i, "09:00", "17:00", null, "INTERNSHIP"));
        }
        internship.add(plan(E001, 37, "09:00", "13:00", null, "INTERNSHIP"));    // 60 h

        participant(E001, A, "Anna", "Esatta", DAY0);
        participant(E001, B, "Bruno", "Sotto", DAY0);
        participant(E001, C, "Carla", "Crediti", DAY0);
        participant(E001, D, "Dario", "Tardi", DAY0.plusDays(4));
        participant(E001, H, "Ugo", "Assente", DAY0);
        tutor().body(Map.of("unitCode", "4", "hours", 20, "reason", "Prior job as receptionist"))
                .when().post("/editions/{e}/participants/{s}/credits", E001, C).then().statusCode(201);
        tutor().body(Map.of("unitCode", "5", "hours", 10, "reason", "Prior job as receptionist"))
                .when().post("/editions/{e}/participants/{s}/credits", E001, C).then().statusCode(201);

        // 70 % of 208 h = 145.6 h = 8736 min; C: 70 % of (208 - 30) = 124.6 h = 7476 min counted, of 8316 attended in
        // calendar order: 16 h of URA 4 (24 h delivered, 20 credited: 4 count) and 16 h of URA 5 (24 h, 10 credited: 14
        // count), so 14 h are excused hours, not attended ones; D: all from day 4 = 183 h
        attend(E001, course, Map.of(A, 8736, B, 8735, C, 8316, D, 183 * 60, H, 0),
                Map.of(D, DAY0.plusDays(4)));
        attend(E001, internship, Map.of(A, 3600, B, 3540), Map.of());
        built001 = true;
    }

    private static synchronized void course000() {
        if (built000) {
            return;
        }
        String[] units = {"1260", "1259", "1261", "KC"};
        List<Planned> course = new ArrayList<>();
        for (int i = 0; i < 31; i++) {
            course.add(plan(E000, i, "09:00", "17:00", units[i % 4], "CLASSROOM"));
        }
        course.add(plan(E000, 31, "09:00", "11:00", "KC", "CLASSROOM"));         // 250 h
        participant(E000, 401, "Xenia", "Ottanta", DAY0);
        participant(E000, 402, "Yuri", "Quasi", DAY0);
        attend(E000, course, Map.of(401L, 12000, 402L, 11999), Map.of());         // 80 % of 250 h = 200 h
        built000 = true;
    }

    private static JsonPath summary(long edition, LocalDate asOf) {
        return tutor().queryParam("asOf", asOf.toString()).when().get("/editions/{e}/summary", edition)
                .then().statusCode(200).contentType("application/json").extract().jsonPath();
    }

    private static String student(long id) {
        return "students.find { it.studentId == " + id + " }.";
    }

    @Test
    void thresholdOf001AtExactly70PercentAndJustBelow() {
        course001();
        JsonPath s = summary(E001, LocalDate.of(2026, 12, 31));
        assertEquals(208.0f, s.getFloat("deliveredHours"), "internship hours are not course hours in 001");
        assertEquals(208, s.getInt("plannedHours"));
        assertEquals(70, s.getInt("thresholdPercent"));
        assertEquals(5, s.getList("students").size());

        assertEquals(145.6f, s.getFloat(student(A) + "attendedHours"));
        assertEquals(145.6f, s.getFloat(student(A) + "admissionHours"));
        assertEquals(62.4f, s.getFloat(student(A) + "missedHours"));
        assertEquals(70.0f, s.getFloat(student(A) + "attendancePercent"));
        assertTrue(s.getBoolean(student(A) + "meetsThreshold"));
        assertFalse(s.getBoolean(student(A) + "lost"));

        assertEquals(145.58f, s.getFloat(student(B) + "attendedHours"));
        assertFalse(s.getBoolean(student(B) + "meetsThreshold"));
        assertTrue(s.getBoolean(student(B) + "lost"));
        assertFalse(s.getBoolean(student(H) + "meetsThreshold"));
        assertTrue(s.getBoolean(student(H) + "lost"));
    }

    @Test
    void creditsReduceTheRequiredHours() {
        course001();
        JsonPath s = summary(E001, LocalDate.of(2026, 12, 31));
        assertEquals(30.0f, s.getFloat(student(C) + "creditHours"));
        assertEquals(178.0f, s.getFloat(student(C) + "requiredHours"));
        assertEquals(124.6f, s.getFloat(student(C) + "admissionHours"));
        assertEquals(124.6f, s.getFloat(student(C) + "attendedHours"));
        assertTrue(s.getBoolean(student(C) + "meetsThreshold"));
        assertEquals(20.0f, s.getFloat(student(C) + "units.find { it.unitCode == '4' }.creditHours"));
        assertEquals(16.0f, s.getFloat(student(C) + "units.find { it.unitCode == '4' }.attendedHours"),
                "attended, shown on the unit, but excused: not counted towards the threshold");
    }

    @Test
    void aLateJoinersEarlierHoursCountAsAbsenceAndBothFiguresAreShown() {
        course001();
        JsonPath s = summary(E001, LocalDate.of(2026, 12, 31));
        assertEquals("2026-02-06", s.getString(student(D) + "joinedOn"));
        assertEquals(208.0f, s.getFloat(student(D) + "deliveredHours"));
        assertEquals(183.0f, s.getFloat(student(D) + "attendedHours"));
        assertEquals(25.0f, s.getFloat(student(D) + "missedHours"));
        assertEquals(87.98f, s.getFloat(student(D) + "attendancePercent"));
        assertEquals("COUNT_AS_ABSENCE", s.getString(student(D) + "lateJoining.policy"));
        assertEquals(25.0f, s.getFloat(student(D) + "lateJoining.hoursDeliveredBeforeJoining"));
        assertEquals(87.98f, s.getFloat(student(D) + "lateJoining.countAsAbsence.attendancePercent"));
        assertEquals(100.0f, s.getFloat(student(D) + "lateJoining.excludeBeforeJoining.attendancePercent"));
        assertEquals(183.0f, s.getFloat(student(D) + "lateJoining.excludeBeforeJoining.requiredHours"));
    }

    @Test
    void excludeBeforeJoiningPolicyWhenTheRulesSaySo() {
        long e = 3001;
        lesson(e, DAY0, "09:00", "13:00", "1", "CLASSROOM");
        lesson(e, DAY0.plusDays(1), "09:00", "13:00", "1", "CLASSROOM");
        long l3 = lesson(e, DAY0.plusDays(2), "09:00", "13:00", "1", "CLASSROOM");
        participant(e, 700, "Lia", "Dopo", DAY0.plusDays(2));
        Api.register(e, l3, Map.of(700L, 240));
        tutor().when().get("/editions/{e}/participants/700/summary?asOf=2026-12-31", e).then().statusCode(200)
                .body("deliveredHours", is(4.0f))
                .body("missedHours", is(0.0f))
                .body("requiredHours", is(200.0f))
                .body("lateJoining.policy", is("EXCLUDE_BEFORE_JOINING"))
                .body("lateJoining.countAsAbsence.missedHours", is(8.0f))
                .body("lateJoining.countAsAbsence.attendancePercent", is(33.33f));
    }

    /**
     * [001] sez. 11: the learning record states "il numero di ore di effettiva frequenza". Unit 3 (15 h) credited 5 h
     * and attended in full: the admission figure counts 10 h, the hours actually attended are 15, in every view exam-
     * service reads; the internship stays apart, as the 001 course hours exclude it.
     */
    @Test
    void theHoursActuallyAttendedIncludeTheHoursACreditExcuses() {
        long e = 2043, student = 720;
        long first = lesson(e, DAY0, "09:00", "17:00", "3", "CLASSROOM");
        long second = lesson(e, DAY0.plusDays(1), "09:00", "16:00", "3", "CLASSROOM");
        long internship = lesson(e, DAY0.plusDays(2), "09:00", "13:00", null, "INTERNSHIP");
        participant(e, student, "Irene", "Crediti", DAY0);
        tutor().body(Map.of("unitCode", "3", "hours", 5, "reason", "ECDL Base"))
                .when().post("/editions/{e}/participants/{s}/credits", e, student).then().statusCode(201);
        Api.register(e, first, Map.of(student, 480));
        Api.register(e, second, Map.of(student, 420));
        Api.register(e, internship, Map.of(student, 240));

        Api.as("board", "exam-board").when().get("/editions/{e}/participants/{s}/summary?asOf=2026-12-31", e, student)
                .then().statusCode(200)
                .body("attendedHours", is(10.0f))
                .body("hoursActuallyAttended", is(15.0f))
                .body("internshipHours", is(4.0f))
                .body("units.find { it.unitCode == '3' }.attendedHours", is(15.0f))
                .body("units.find { it.unitCode == '3' }.creditHours", is(5.0f));
        JsonPath full = summary(e, LocalDate.of(2026, 12, 31));
        assertEquals(10.0f, full.getFloat(student(student) + "attendedHours"));
        assertEquals(15.0f, full.getFloat(student(student) + "hoursActuallyAttended"));
        JsonPath admission = Api.as("board", "exam-board").when()
                .get("/editions/{e}/summary/admission?asOf=2026-12-31", e).then().statusCode(200).extract().jsonPath();
        assertEquals(10.0f, admission.getFloat(student(student) + "attendedHours"));
        assertEquals(15.0f, admission.getFloat(student(student) + "hoursActuallyAttended"));
        assertEquals(4.0f, admission.getFloat(student(student) + "internshipHours"));
    }

    @Test
    void aStudentWhoIsNotAParticipantHasNoSummary() {
        long e = 3001;
        participant(e, 701, "Ada", "Presente", DAY0);
        tutor().when().get("/editions/{e}/participants/702/summary?asOf=2026-12-31", e).then().statusCode(404)
                .contentType("application/problem+json")
                .body("detail", is("Participant 702 of edition 3001 does not exist"));
    }

    @Test
    void internshipHoursAgainstTheMinimum() {
        course001();
        JsonPath s = summary(E001, LocalDate.of(2026, 12, 31));
        assertEquals(60.0f, s.getFloat(student(A) + "internshipHours"));
        assertEquals(60, s.getInt(student(A) + "internshipMin"));
        assertTrue(s.getBoolean(student(A) + "meetsInternship"));
        assertEquals(59.0f, s.getFloat(student(B) + "internshipHours"));
        assertFalse(s.getBoolean(student(B) + "meetsInternship"));
    }

    @Test
    void atRiskWhileStillReachableThenLost() {
        course001();
        // H attended nothing. After 41 h delivered: 167 h remain for 145.6 needed -> fine
        JsonPath early = summary(E001, DAY0.plusDays(5));
        assertEquals(41.0f, early.getFloat("deliveredHours"));
        assertFalse(early.getBoolean(student(H) + "atRisk"));
        // after 57 h: 151 h remain, 145.6 needed, slack 5.4 h < 10 % of 151 -> at risk
        JsonPath risky = summary(E001, DAY0.plusDays(7));
        assertEquals(57.0f, risky.getFloat("deliveredHours"));
        assertTrue(risky.getBoolean(student(H) + "atRisk"));
        assertFalse(risky.getBoolean(student(H) + "lost"));
        assertEquals(151.0f, risky.getFloat(student(H) + "remainingHours"));
        assertFalse(risky.getBoolean(student(A) + "atRisk"));
        // after 73 h: 135 h remain < 145.6 -> lost
        JsonPath lost = summary(E001, DAY0.plusDays(9));
        assertTrue(lost.getBoolean(student(H) + "lost"));
        assertFalse(lost.getBoolean(student(H) + "atRisk"));
    }

    @Test
    void thresholdOf000AtExactly80PercentAndJustBelow() {
        course000();
        JsonPath s = summary(E000, LocalDate.of(2026, 12, 31));
        assertEquals(80, s.getInt("thresholdPercent"));
        assertEquals(250.0f, s.getFloat("deliveredHours"));
        assertEquals(200.0f, s.getFloat(student(401) + "attendedHours"));
        assertEquals(80.0f, s.getFloat(student(401) + "attendancePercent"));
        assertTrue(s.getBoolean(student(401) + "meetsThreshold"));
        assertEquals(199.98f, s.getFloat(student(402) + "attendedHours"));
        assertFalse(s.getBoolean(student(402) + "meetsThreshold"));
        assertTrue(s.getBoolean(student(402) + "meetsInternship"), "000 states no internship minimum");
    }

    @Test
    void learningChecksAreReflectedInTheUnits() {
        course001();
        tutor().body(Map.of("unitCode", "2", "date", "2026-02-03", "outcome", "PASSED", "score", 27))
                .when().post("/editions/{e}/participants/{s}/checks", E001, A).then().statusCode(201)
                .body("recordedBy", is("tutor.anna"));
        tutor().body(Map.of("unitCode", "3", "date", "2026-02-05", "outcome", "FAILED", "score", 12))
                .when().post("/editions/{e}/participants/{s}/checks", E001, A).then().statusCode(201);
        tutor().body(Map.of("unitCode", "3", "date", "2026-02-12", "outcome", "PASSED", "score", 21))
                .when().post("/editions/{e}/participants/{s}/checks", E001, A).then().statusCode(201);
        tutor().body(Map.of("unitCode", "99", "date", "2026-02-12", "outcome", "PASSED"))
                .when().post("/editions/{e}/participants/{s}/checks", E001, A).then().statusCode(422);
        // a check is a trace of what happened: not in the future, nor after the edition's end (2026-10-30); a mistyped
        // date would otherwise become the unit's latest check and hide the retake
        tutor().body(Map.of("unitCode", "3", "date", "2072-02-12", "outcome", "FAILED"))
                .when().post("/editions/{e}/participants/{s}/checks", E001, A).then().statusCode(422)
                .contentType("application/problem+json")
                .body("type", is("https://formapro.it/problems/check-rule"))
                .body("violations.field", contains("CHECK_NOT_HELD_YET", "CHECK_AFTER_EDITION"))
                .body("figures.editionEnd", is("2026-10-30"));
        Api.as("board", "exam-board").when().get("/editions/{e}/participants/{s}/checks", E001, A)
                .then().statusCode(200).body("$", hasSize(3));
        JsonPath s = Api.as("board", "exam-board").when().get("/editions/{e}/summary?asOf=2026-12-31", E001)
                .then().statusCode(200).extract().jsonPath();
        assertEquals(13, s.getList(student(A) + "units").size());
        assertTrue(s.getBoolean(student(A) + "units.find { it.unitCode == '2' }.checkPassed"));
        assertEquals("2026-02-03", s.getString(student(A) + "units.find { it.unitCode == '2' }.checkDate"));
        assertTrue(s.getBoolean(student(A) + "units.find { it.unitCode == '3' }.checkPassed"));
        assertEquals(21.0f, s.getFloat(student(A) + "units.find { it.unitCode == '3' }.score"));
        assertFalse(s.getBoolean(student(A) + "units.find { it.unitCode == '4' }.checkPassed"));
        assertFalse(s.getBoolean(student(A) + "allUnitChecksPassed"));
    }

    @Test
    void aLearningCheckIsNotDatedAfterTheStudentWithdrew() {
        Api.participant(2041, 77, "Rita", "Ritirata", DAY0);
        // the units' lessons come first: a unit's check comes at its conclusion
        lesson(2041, DAY0, "09:00", "13:00", "2", "CLASSROOM");
        lesson(2041, DAY0.plusDays(1), "09:00", "13:00", "3", "CLASSROOM");
        Api.frontdesk().body(Map.of("withdrawnOn", "2026-03-01", "reason", "Trasferita"))
                .when().post("/editions/2041/participants/77/withdrawal").then().statusCode(200);
        tutor().body(Map.of("unitCode", "2", "date", "2026-03-01", "outcome", "PASSED"))
                .when().post("/editions/{e}/participants/{s}/checks", 2041, 77).then().statusCode(201);
        tutor().body(Map.of("unitCode", "3", "date", "2026-04-15", "outcome", "PASSED"))
                .when().post("/editions/{e}/participants/{s}/checks", 2041, 77).then().statusCode(422)
                .body("violations.field", contains("CHECK_AFTER_WITHDRAWAL"))
                .body("detail", containsString("after the student withdrew on 2026-03-01"));
        Api.as("board", "exam-board").when().get("/editions/{e}/participants/{s}/checks", 2041, 77)
                .then().statusCode(200).body("$", hasSize(1));
    }

    @Test
    void hoursDeliveredForTheTuiExcludeTheInternshipOf001() {
        course001();
        Api.frontdesk().when().get("/editions/{e}/hours-delivered?asOf=2026-02-03", E001).then().statusCode(200)
                .body("editionId", is((int) E001))
                .body("deliveredHours", is(10.0f))
                .body("deliveredMinutes", is(600))
                .body("plannedHours", is(208))
                .body("asOf", is("2026-02-03"));
        Api.frontdesk().when().get("/editions/{e}/hours-delivered?asOf=2026-12-31", E001).then()
                .body("deliveredHours", is(208.0f));
    }

    @Test
    void theAdmissionViewCarriesTheSameFiguresAsTheSummaryAndOnlyThose() {
        course001();
        JsonPath full = Api.as("board", "exam-board").when().get("/editions/{e}/summary?asOf=2026-12-31", E001)
                .then().statusCode(200).extract().jsonPath();
        String body = Api.as("board", "exam-board").when().get("/editions/{e}/summary/admission?asOf=2026-12-31", E001)
                .then().statusCode(200).extract().asString();
        JsonPath compact = JsonPath.from(body);
        assertEquals(full.getList("students.studentId"), compact.getList("students.studentId"));
        for (String field : List.of("attendedHours", "requiredHours", "attendancePercent", "meetsThreshold",
                "internshipHours", "internshipCreditHours", "internshipRequiredHours", "meetsInternship",
                "allUnitChecksPassed", "status", "joinedOn")) {
            assertEquals(full.getList("students." + field), compact.getList("students." + field), field);
        }
        assertEquals(full.getList(student(A) + "units.checkPassed"), compact.getList(student(A) + "units.checkPassed"));
        assertEquals(full.getString("thresholdPercent"), compact.getString("thresholdPercent"));
        assertFalse(body.contains("lateJoining") || body.contains("\"title\"") || body.contains("stillNeededHours"), body);
        String fullBody = Api.as("board", "exam-board").when().get("/editions/{e}/summary?asOf=2026-12-31", E001)
                .then().extract().asString();
        assertTrue(body.length() * 2 < fullBody.length(), body.length() + " vs " + fullBody.length() + " bytes");
        tutor().when().get("/editions/{e}/summary/admission", E001).then().statusCode(403)
                .contentType("application/problem+json");
    }

    @Test
    void rolesOfTheSummary() {
        course001();
        Api.frontdesk().when().get("/editions/2021/summary").then().statusCode(403)
                .contentType("application/problem+json");
        Api.as("board", "exam-board").when().get("/editions/2021/summary").then().statusCode(200)
                .body("students", hasSize(0));
        // enrollment forwards a portal's token when the portal applies to an edition already started (the TUI)
        Api.as("portal", "portal").when().get("/editions/{e}/hours-delivered?asOf=2026-12-31", E001).then()
                .statusCode(200).body("editionId", is((int) E001));
        Api.as("portal", "portal").when().get("/editions/2021/summary").then().statusCode(403)
                .body("detail", containsString("summary"));
    }

    /** exam-service freezes an admission list on the rules catalog has now, not on a copy minutes old. */
    @Test
    void aFreshAdmissionReadMeasuresAgainstTheRulesCatalogHasNow() {
        long edition = 1049;
        participant(edition, 1, "Ada", "Fresca", LocalDate.of(2026, 1, 12));
        Api.as("board", "exam-board").when().get("/editions/{e}/summary/admission?asOf=2026-12-31", edition).then()
                .statusCode(200).body("students[0].requiredHours", is(250.0f));
        CatalogStub.correctPlannedHours(edition, 300);
        // the cached copy still answers the live reads...
        Api.as("board", "exam-board").when().get("/editions/{e}/summary/admission?asOf=2026-12-31", edition).then()
                .body("students[0].requiredHours", is(250.0f));
        // ...the freezing read asks catalog, and what it read replaces the copy
        Api.as("board", "exam-board").when().get("/editions/{e}/summary/admission?asOf=2026-12-31&fresh=true", edition)
                .then().statusCode(200).body("students[0].requiredHours", is(300.0f));
        Api.as("board", "exam-board").when().get("/editions/{e}/summary/admission?asOf=2026-12-31", edition).then()
                .body("students[0].requiredHours", is(300.0f));
    }
}
