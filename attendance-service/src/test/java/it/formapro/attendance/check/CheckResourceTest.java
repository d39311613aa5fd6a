package it.formapro.attendance.check;

import static it.formapro.attendance.support.Api.lesson;
import static it.formapro.attendance.support.Api.participant;
import static it.formapro.attendance.support.Api.tutor;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import it.formapro.attendance.support.Api;
import it.formapro.attendance.support.CatalogStub;
import it.formapro.common.testing.DatabaseGuard;
import jakarta.inject.Inject;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/**
 * A learning check recorded by mistake is annulled with its reason, never deleted: it counts nowhere afterwards
 * (the unit's summary, the admission figures exam-service reads), stays listed on request with who annulled it, when
 * and why, and the database keeps the record whatever the application does (V12 trigger).
 */
@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
@QuarkusTestResource(CatalogStub.class)
class CheckResourceTest {

    /** A 000-like edition of this class only: 250 h, 80 %, units 1260, 1259, 1261 and KC, no internship minimum. */
    private static final long E = 1005;
    private static final LocalDate DAY0 = LocalDate.of(2026, 2, 2);
    private static final String[] UNITS = {"1260", "1259", "1261", "KC"};
    private static final String CHECKS = "/editions/{e}/participants/{s}/checks";
    private static final String CHECK = CHECKS + "/{c}";
    private static final String ANNULMENT = CHECK + "/annulment";
    /** The day after the class's calendar ({@link #calendar}): every unit has concluded, its check may be recorded. */
    private static final LocalDate AFTER = DAY0.plusDays(20);
    private static final long[] CALENDAR = new long[20];
    private static boolean calendarBuilt;

    @Inject
    DataSource dataSource;

    /**
     * The class's calendar, built once: 20 lessons of 10 h from DAY0, the four units in turn, so that each unit
     * concludes on day 16 to 19. A unit's check is recorded at its conclusion ([000]: "verifiche periodiche di
     * apprendimento a conclusione di ogni UF"): the checks below are dated from {@link #AFTER} on.
     */
    private static synchronized long[] calendar() {
        if (!calendarBuilt) {
            for (int i = 0; i < CALENDAR.length; i++) {
                CALENDAR[i] = lesson(E, DAY0.plusDays(i), "08:00", "18:00", UNITS[i % 4], "CLASSROOM");
            }
            calendarBuilt = true;
        }
        return CALENDAR;
    }

    private static RequestSpecification admin() {
        return Api.as("admin.eva", "admin");
    }

    private static Map<String, Object> check(String unit, LocalDate date, String outcome) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("unitCode", unit);
        body.put("date", date.toString());
        body.put("outcome", outcome);
        body.put("score", 24);
        body.put("notes", "Written test");
        return body;
    }

    private static int record(long student, String unit, LocalDate date, String outcome) {
        return tutor().body(check(unit, date, outcome)).when().post(CHECKS, E, student)
                .then().statusCode(201).extract().path("id");
    }

    /** POST .../checks/{c}/annulment with {"reason": reason}, or with {} for a null reason. */
    private static ValidatableResponse annul(RequestSpecification as, long student, long check, String reason) {
        return annul(as, E, student, check, reason);
    }

    private static ValidatableResponse annul(RequestSpecification as, long edition, long student, long check, String reason) {
        Map<String, Object> body = new LinkedHashMap<>();
        if (reason != null) {
            body.put("reason", reason);
        }
        return as.body(body).when().post(ANNULMENT, edition, student, check).then();
    }

    /** The admission figures exam-service reads for the student (GET /editions/{e}/summary/admission). */
    private static JsonPath admission(long student) {
        return Api.as("board", "exam-board").queryParam("asOf", "2026-12-31").when()
                .get("/editions/{e}/summary/admission", E).then().statusCode(200).extract().jsonPath()
                .setRootPath("students.find { it.studentId == " + student + " }");
    }

    private static JsonPath summary(long student) {
        return tutor().queryParam("asOf", "2026-12-31").when().get("/editions/{e}/participants/{s}/summary", E, student)
                .then().statusCode(200).extract().jsonPath();
    }

    @Test
    void anAnnulledPassedCheckCountsNoMoreAndTheStudentIsNoLongerAdmissible() {
        long student = 5101;
        participant(E, student, "Sara", "Verificata", DAY0);
        // 20 lessons of 10 h, all attended: 200 h = 80 % of 250 h, exactly the threshold
        for (long l : calendar()) {
            Api.register(E, l, Map.of(student, 600));
        }
        record(student, "1260", DAY0.plusDays(20), "PASSED");
        record(student, "1259", DAY0.plusDays(20), "PASSED");
        record(student, "1261", DAY0.plusDays(21), "PASSED");
        // the KC check was another student's, recorded on this one by mistake
        int mistaken = record(student, "KC", DAY0.plusDays(21), "PASSED");

        JsonPath before = summary(student);
        assertTrue(before.getBoolean("units.find { it.unitCode == 'KC' }.checkPassed"));
        assertEquals(DAY0.plusDays(21).toString(), before.getString("units.find { it.unitCode == 'KC' }.checkDate"));
        assertTrue(before.getBoolean("meetsThreshold"));
        assertTrue(before.getBoolean("meetsInternship"));
        assertTrue(before.getBoolean("allUnitChecksPassed"));
        JsonPath admissible = admission(student);
        assertTrue(admissible.getBoolean("meetsThreshold"));
        assertTrue(admissible.getBoolean("allUnitChecksPassed"));

        annul(tutor(), student, mistaken, "  Recorded on the wrong student: the KC test was Marco's  ").statusCode(204);

        // the unit has no check in force: not passed, no date (exam-service reads it as MISSING, not FAILED)
        JsonPath after = summary(student);
        assertFalse(after.getBoolean("units.find { it.unitCode == 'KC' }.checkPassed"));
        assertNull(after.<Object>get("units.find { it.unitCode == 'KC' }.checkDate"));
        assertNull(after.<Object>get("units.find { it.unitCode == 'KC' }.outcome"));
        assertNull(after.<Object>get("units.find { it.unitCode == 'KC' }.score"));
        assertTrue(after.getBoolean("units.find { it.unitCode == '1261' }.checkPassed"));
        assertFalse(after.getBoolean("allUnitChecksPassed"));
        assertTrue(after.getBoolean("meetsThreshold"), "the hours are untouched");
        JsonPath notAdmissible = admission(student);
        assertFalse(notAdmissible.getBoolean("allUnitChecksPassed"));
        assertFalse(notAdmissible.getBoolean("units.find { it.unitCode == 'KC' }.checkPassed"));
        assertNull(notAdmissible.<Object>get("units.find { it.unitCode == 'KC' }.checkDate"));
        Api.as("board", "exam-board").queryParam("asOf", "2026-12-31").when().get("/editions/{e}/summary", E)
                .then().statusCode(200)
                .body("students.find { it.studentId == " + student + " }.allUnitChecksPassed", is(false));

        // the listing: the checks in force; on request the annulled one too, with who, when and why (stripped)
        tutor().when().get(CHECKS, E, student).then().statusCode(200)
                .body("unitCode", contains("1259", "1260", "1261")).body("annulledAt", everyItem(nullValue()));
        tutor().queryParam("includeAnnulled", true).when().get(CHECKS, E, student).then().statusCode(200)
                .body("unitCode", contains("1259", "1260", "1261", "KC"))
                .body("find { it.id == " + mistaken + " }.outcome", is("PASSED"))
                .body("find { it.id == " + mistaken + " }.recordedBy", is("tutor.anna"))
                .body("find { it.id == " + mistaken + " }.annulledBy", is("tutor.anna"))
                .body("find { it.id == " + mistaken + " }.annulledAt", notNullValue())
                .body("find { it.id == " + mistaken + " }.annulmentReason",
                        is("Recorded on the wrong student: the KC test was Marco's"))
                .body("findAll { it.id != " + mistaken + " }.annulledAt", everyItem(nullValue()));

        // the right check is recorded as any other, and counts
        record(student, "KC", DAY0.plusDays(22), "PASSED");
        assertTrue(summary(student).getBoolean("allUnitChecksPassed"));
        assertTrue(admission(student).getBoolean("allUnitChecksPassed"));
    }

    @Test
    void annullingTheLatestCheckGivesTheDecisionBackToTheCheckBeforeIt() {
        long student = 5102;
        participant(E, student, "Teo", "Ripetente", DAY0);
        calendar();
        record(student, "1260", AFTER.plusDays(3), "FAILED");
        int retake = record(student, "1260", AFTER.plusDays(10), "PASSED");   // a retake that never took place
        JsonPath before = summary(student);
        assertTrue(before.getBoolean("units.find { it.unitCode == '1260' }.checkPassed"));

        annul(admin(), student, retake, "No retake was held on that day").statusCode(204);

        JsonPath after = summary(student);
        assertFalse(after.getBoolean("units.find { it.unitCode == '1260' }.checkPassed"));
        assertEquals("FAILED", after.getString("units.find { it.unitCode == '1260' }.outcome"));
        assertEquals(AFTER.plusDays(3).toString(), after.getString("units.find { it.unitCode == '1260' }.checkDate"));
        assertEquals(AFTER.plusDays(3).toString(), admission(student).getString("units.find { it.unitCode == '1260' }.checkDate"));
        tutor().when().get(CHECKS, E, student).then().body("outcome", contains("FAILED"));
        tutor().queryParam("includeAnnulled", "true").when().get(CHECKS, E, student).then()
                .body("outcome", contains("FAILED", "PASSED"))
                .body("annulledBy", contains((String) null, "admin.eva"));
    }

    @Test
    void anAnnulmentNeedsItsReasonAndIsRecordedOnce() {
        long student = 5103;
        participant(E, student, "Ada", "Motivata", DAY0);
        calendar();
        int id = record(student, "1259", AFTER.plusDays(5), "PASSED");

        // no reason, a blank one, one over 500 characters: 400 problem, and the check still counts
        annul(tutor(), student, id, null).statusCode(400).contentType("application/problem+json")
                .body("detail", containsString("reason: " + CheckAnnulment.REASON_REQUIRED));
        annul(tutor(), student, id, "   ").statusCode(400).contentType("application/problem+json")
                .body("violations.field", contains("reason"));
        annul(tutor(), student, id, "x".repeat(501)).statusCode(400).contentType("application/problem+json")
                .body("violations.field", contains("reason"));
        tutor().when().post(ANNULMENT, E, student, id).then().statusCode(400).contentType("application/problem+json");
        assertTrue(summary(student).getBoolean("units.find { it.unitCode == '1259' }.checkPassed"));
        tutor().when().get(CHECKS, E, student).then().body("id", contains(id));

        annul(tutor(), student, id, "x".repeat(500)).statusCode(204);
        // a second annulment is refused, saying by whom and when, and changes nothing
        annul(admin(), student, id, "Again").statusCode(409).contentType("application/problem+json")
                .body("type", is("https://formapro.it/problems/check-annulled"))
                .body("detail", containsString("already annulled by tutor.anna"))
                .body("figures.annulledBy", is("tutor.anna"))
                .body("figures.annulledAt", notNullValue());
        tutor().queryParam("includeAnnulled", true).when().get(CHECKS, E, student).then()
                .body("annulledBy", contains("tutor.anna")).body("annulmentReason", contains("x".repeat(500)));
        assertFalse(summary(student).getBoolean("units.find { it.unitCode == '1259' }.checkPassed"));
    }

    @Test
    void anUnknownCheckOrAnotherStudentsIsNotFound() {
        long student = 5104, other = 5105;
        participant(E, student, "Ugo", "Primo", DAY0);
        participant(E, other, "Ivo", "Secondo", DAY0);
        calendar();
        int id = record(student, "1261", AFTER.plusDays(5), "PASSED");
        annul(tutor(), student, 999_999, "Wrong unit").statusCode(404).contentType("application/problem+json")
                .body("detail", containsString("Learning check 999999 of student " + student + " in edition " + E));
        annul(tutor(), other, id, "Wrong unit").statusCode(404).contentType("application/problem+json");
        annul(tutor(), 1006, student, id, null).statusCode(400);                            // no reason
        annul(tutor(), 1006, student, id, "Wrong unit").statusCode(404);
        tutor().when().get(CHECKS, E, student).then().body("id", contains(id)).body("annulledAt", contains((Object) null));
    }

    /**
     * The reason travelled in the query string of a DELETE, and with it into proxy and access logs, which the erasure
     * cannot reach: that form is gone, 405 naming the POST that replaced it, and the check stays in force.
     */
    @Test
    void theRetiredDeleteWithTheReasonInTheUrlIsRefusedNamingItsReplacement() {
        long student = 5111;
        participant(E, student, "Dino", "Dismesso", DAY0);
        calendar();
        int id = record(student, "1261", AFTER.plusDays(4), "PASSED");
        tutor().queryParam("reason", "Wrong unit").when().delete(CHECK, E, student, id).then().statusCode(405)
                .contentType("application/problem+json")
                // like every 405, Allow lists what the path takes: nothing but OPTIONS, the DELETE being retired
                // (the annulment is a POST on another path, named in the detail and figures)
                .header("Allow", "OPTIONS")
                .body("detail", containsString("POST /editions/" + E + "/participants/" + student + "/checks/" + id
                        + "/annulment"))
                .body("figures.replacement", is("POST /editions/" + E + "/participants/" + student + "/checks/" + id
                        + "/annulment"));
        tutor().when().delete(CHECK, E, student, id).then().statusCode(405).contentType("application/problem+json")
                .header("Allow", "OPTIONS");
        tutor().when().get(CHECKS, E, student).then().body("id", contains(id)).body("annulledAt", contains((Object) null));
    }

    @Test
    void onlyTheRolesThatRecordChecksMayAnnulThem() {
        long student = 5106;
        participant(E, student, "Rita", "Ruoli", DAY0);
        calendar();
        int id = record(student, "1260", AFTER.plusDays(5), "PASSED");
        // 403 before any validation: the reason is not looked at for a caller who may not annul
        annul(Api.frontdesk(), student, id, "Wrong unit").statusCode(403).contentType("application/problem+json");
        annul(Api.frontdesk(), student, id, null).statusCode(403);
        annul(Api.as("board", "exam-board"), student, id, "Wrong unit").statusCode(403)
                .contentType("application/problem+json");
        annul(Api.as("portal", "portal"), student, id, "Wrong unit").statusCode(403);
        annul(io.restassured.RestAssured.given().contentType("application/json"), student, id, "Wrong unit").statusCode(401);
        tutor().when().get(CHECKS, E, student).then().body("$", hasSize(1)).body("annulledAt", contains((Object) null));
        annul(admin(), student, id, "Wrong unit").statusCode(204);
    }

    @Test
    void theReplayOfARecordingAnswersTheCheckAsItIsNow() {
        long student = 5107;
        participant(E, student, "Lia", "Ripetuta", DAY0);
        calendar();
        int id = tutor().header("Idempotency-Key", "check-5107").body(check("1261", AFTER.plusDays(6), "PASSED"))
                .when().post(CHECKS, E, student).then().statusCode(201).extract().path("id");
        annul(tutor(), student, id, "Wrong date").statusCode(204);
        tutor().header("Idempotency-Key", "check-5107").body(check("1261", AFTER.plusDays(6), "PASSED"))
                .when().post(CHECKS, E, student).then().statusCode(201).header("Idempotent-Replayed", "true")
                .body("id", is(id)).body("annulledBy", is("tutor.anna")).body("annulmentReason", is("Wrong date"));
        tutor().when().get(CHECKS, E, student).then().body("$", hasSize(0));
    }

    @Test
    void aCheckIsRefusedBeforeItsUnitConcludedNamingTheUnitsLessonDates() {
        // [000] "verifiche periodiche di apprendimento a conclusione di ogni UF": unit 1260 has lessons on days 0, 4,
        // 8, 12 and 16; a check on day 10 came before two of them and would have passed the unit for admission
        long student = 5109;
        participant(E, student, "Pia", "Presto", DAY0);
        calendar();
        tutor().body(check("1260", DAY0.plusDays(10), "PASSED")).when().post(CHECKS, E, student).then().statusCode(422)
                .contentType("application/problem+json")
                .body("type", is("https://formapro.it/problems/check-rule"))
                .body("violations.field", contains("CHECK_BEFORE_UNIT_END"))
                .body("figures.unitCode", is("1260"))
                .body("figures.pendingLessonDates", contains(DAY0.plusDays(12).toString(), DAY0.plusDays(16).toString()))
                .body("figures.lastLessonDate", is(DAY0.plusDays(16).toString()))
                .body("detail", containsString("still has lessons on 2026-02-14, 2026-02-18"))
                .body("violations[0].source", containsString("a conclusione di ogni unità formativa"));
        tutor().when().get(CHECKS, E, student).then().body("$", hasSize(0));
        // on the day of its last lesson the unit has concluded
        record(student, "1260", DAY0.plusDays(16), "PASSED");
        tutor().when().get(CHECKS, E, student).then().body("unitCode", contains("1260"));
    }

    @Test
    void aCheckIsRefusedForAUnitWithNoLessonHeldByItsDate() {
        long edition = 1038, student = 5110;
        participant(edition, student, "Ezio", "Senza", DAY0);
        lesson(edition, DAY0.plusDays(3), "09:00", "13:00", "1259", "CLASSROOM");
        tutor().body(check("1260", DAY0.plusDays(5), "PASSED")).when().post(CHECKS, edition, student).then()
                .statusCode(422).contentType("application/problem+json")
                .body("violations.field", contains("CHECK_UNIT_NOT_DELIVERED"))
                .body("detail", containsString("the unit has no lesson in the edition's calendar"));
        tutor().body(check("1259", DAY0.plusDays(2), "FAILED")).when().post(CHECKS, edition, student).then()
                .statusCode(422)
                .body("violations.field", contains("CHECK_UNIT_NOT_DELIVERED"))
                .body("figures.unitLessonDates", contains(DAY0.plusDays(3).toString()))
                .body("detail", containsString("before any lesson of the unit was held"));
        tutor().when().get(CHECKS, edition, student).then().body("$", hasSize(0));
        tutor().body(check("1259", DAY0.plusDays(3), "PASSED")).when().post(CHECKS, edition, student).then().statusCode(201);
    }

    /** The database keeps the record whatever the application does: no delete, no rewrite, one annulment. */
    @Test
    void theDatabaseNeverDeletesOrRewritesACheckAndRecordsItsAnnulmentOnce() throws SQLException {
        long student = 5108;
        participant(E, student, "Gino", "Guardia", DAY0);
        calendar();
        int id = record(student, "1260", AFTER.plusDays(7), "PASSED");
        assertRefused("DELETE FROM learning_check WHERE id = ?", id, "never deleted");
        assertRefused("UPDATE learning_check SET outcome = 'FAILED' WHERE id = ?", id, "frozen");
        assertRefused("UPDATE learning_check SET student_id = 5109 WHERE id = ?", id, "frozen");
        assertRefused("UPDATE learning_check SET unit_code = 'KC' WHERE id = ?", id, "frozen");
        assertRefused("UPDATE learning_check SET check_date = check_date + 1 WHERE id = ?", id, "frozen");
        assertRefused("UPDATE learning_check SET score = 30 WHERE id = ?", id, "frozen");
        assertRefused("UPDATE learning_check SET recorded_by = 'someone.else' WHERE id = ?", id, "frozen");
        assertRefused("UPDATE learning_check SET notes = 'another story' WHERE id = ?", id, "may only be cleared");
        assertRefused("UPDATE learning_check SET annulment_reason = 'why not' WHERE id = ?", id,
                "given with the annulment");
        assertRefused("UPDATE learning_check SET annulled_at = now(), annulled_by = 'x' WHERE id = ?", id,
                "annulled with its reason");
        assertRefused("UPDATE learning_check SET annulled_at = now(), annulled_by = 'x', annulment_reason = ' ' "
                + "WHERE id = ?", id, "annulled with its reason");
        assertRefused("UPDATE learning_check SET annulled_at = now(), annulment_reason = 'r' WHERE id = ?", id,
                "learning_check_annulled_with_actor");
        assertAllowed("UPDATE learning_check SET notes = NULL WHERE id = ?", id);       // the erasure clears it

        annul(tutor(), student, id, "Wrong student").statusCode(204);
        assertRefused("DELETE FROM learning_check WHERE id = ?", id, "never deleted");
        assertRefused("UPDATE learning_check SET annulled_at = NULL, annulled_by = NULL WHERE id = ?", id, "annulled once");
        assertRefused("UPDATE learning_check SET annulled_by = 'someone.else' WHERE id = ?", id, "annulled once");
        assertRefused("UPDATE learning_check SET annulment_reason = 'another reason' WHERE id = ?", id,
                "given with the annulment");
        assertRefused("UPDATE learning_check SET outcome = 'FAILED' WHERE id = ?", id, "frozen");
        assertAllowed("UPDATE learning_check SET annulment_reason = NULL, notes = NULL WHERE id = ?", id);
        tutor().queryParam("includeAnnulled", true).when().get(CHECKS, E, student).then().statusCode(200)
                .body("outcome", contains("PASSED")).body("annulledBy", contains("tutor.anna"))
                .body("annulmentReason", contains("Wrong student")).body("notes", contains("Written test"));
    }

    private void assertRefused(String sql, long id, String message) throws SQLException {
        DatabaseGuard.assertRefused(dataSource, sql, id, message);
    }

    private void assertAllowed(String sql, long id) throws SQLException {
        DatabaseGuard.assertAllowed(dataSource, sql, id);
    }
}
