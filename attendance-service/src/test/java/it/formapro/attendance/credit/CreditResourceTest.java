package it.formapro.attendance.credit;

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

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.path.json.JsonPath;
import it.formapro.attendance.support.Api;
import it.formapro.attendance.support.CatalogStub;
import it.formapro.common.testing.DatabaseGuard;
import jakarta.inject.Inject;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
@QuarkusTestResource(CatalogStub.class)
class CreditResourceTest {

    @Inject
    DataSource dataSource;

    private static final long E = 2030;

    private static Map<String, Object> unitCredit(String unit, Object hours) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("unitCode", unit);
        body.put("hours", hours);
        body.put("reason", "Prior formal learning, certificate on file");
        return body;
    }

    /** The student holds the certificate the unit's credit condition requires (001 URA 13). */
    private static Map<String, Object> certified(Map<String, Object> body) {
        body.put("certificateHeld", true);
        return body;
    }

    private static io.restassured.response.ValidatableResponse post(long student, Map<String, Object> body) {
        return tutor().body(body).when().post("/editions/{e}/participants/{s}/credits", E, student).then();
    }

    private static final String REVOCATION = "/editions/{e}/participants/{s}/credits/{c}/revocation";

    /** POST .../credits/{c}/revocation with {"reason": reason}, or with {} for a null reason (it is optional). */
    private static io.restassured.response.ValidatableResponse revoke(io.restassured.specification.RequestSpecification as,
                                                                      long student, long credit, String reason) {
        Map<String, Object> body = new LinkedHashMap<>();
        if (reason != null) {
            body.put("reason", reason);
        }
        return as.body(body).when().post(REVOCATION, E, student, credit).then();
    }

    @Test
    void units1And2Of001AdmitNoCreditAndUnit13OnlyWithTheCertificate() {
        participant(E, 501, "Marta", "Uno", LocalDate.of(2026, 1, 12));
        post(501, unitCredit("1", 2)).statusCode(422).contentType("application/problem+json")
                .body("violations.field", contains("CREDIT_NOT_ALLOWED"))
                .body("violations[0].source", containsString("Standard 001"));
        post(501, unitCredit("2", 2)).statusCode(422).body("violations.field", contains("CREDIT_NOT_ALLOWED"));
        post(501, unitCredit("13", 8)).statusCode(422)
                .body("violations.field", contains("CREDIT_CONDITION_NOT_MET"))
                .body("detail", containsString("Accordo Stato-Regioni"));
        post(501, certified(unitCredit("13", 8))).statusCode(201).body("hours", is(8)).body("recognisedBy", is("tutor.anna"));
    }

    @Test
    void classroomCreditsAtMost30PercentAndUnitHours() {
        participant(E, 502, "Paolo", "Due", LocalDate.of(2026, 1, 12));
        post(502, unitCredit("4", 20.01)).statusCode(422).body("violations.field", contains("CREDIT_UNIT_MAX"))
                .body("figures.unitHours", is(20));
        post(502, unitCredit("4", 20)).statusCode(201);
        post(502, unitCredit("5", 20)).statusCode(201);
        post(502, unitCredit("6", 20)).statusCode(201);
        post(502, unitCredit("7", 2.4)).statusCode(201);                                 // 62.4 h = 30 % of 208 h
        post(502, unitCredit("8", 0.01)).statusCode(422)
                .body("violations.field", contains("CREDIT_CLASSROOM_LAB_CAP"))
                .body("figures.creditHoursAfter", is(62.41f))
                .body("figures.capHours", is(62.4f))
                .body("figures.maxPercent", is(30));
        tutor().when().get("/editions/{e}/participants/502/credits", E).then().statusCode(200).body("$", hasSize(4));
        tutor().when().get("/editions/{e}/participants/502/summary", E).then().statusCode(200)
                .body("creditHours", is(62.4f)).body("requiredHours", is(145.6f));
    }

    @Test
    void anAPrioriCreditIsOutsideThe30PercentWhichIsTakenOfTheHoursNetOfIt() {
        // [001] sez. 9: "al netto degli eventuali crediti con valore a priori" (URA 13, sez. 4)
        participant(E, 505, "Lia", "Cinque", LocalDate.of(2026, 1, 12));
        post(505, certified(unitCredit("13", 8))).statusCode(201);
        post(505, unitCredit("4", 20)).statusCode(201);
        post(505, unitCredit("5", 20)).statusCode(201);
        post(505, unitCredit("6", 20)).statusCode(201);                // 68 h in all, 60 h within the cap
        post(505, unitCredit("7", 0.01)).statusCode(422).contentType("application/problem+json")
                .body("violations.field", contains("CREDIT_CLASSROOM_LAB_CAP"))
                .body("detail", containsString("net of the 8.00 h of a-priori credits"))
                .body("figures.creditHoursAfter", is(60.01f))
                .body("figures.aPrioriCreditHours", is(8.0f))
                .body("figures.capBaseHours", is(200.0f))
                .body("figures.capHours", is(60.0f))
                .body("violations[0].source", containsString("gestione dei crediti formativi"));
        tutor().when().get("/editions/{e}/participants/505/summary", E).then().statusCode(200)
                .body("creditHours", is(68.0f)).body("requiredHours", is(140.0f));
    }

    @Test
    void aRevokedCreditCountsNoMoreAndStaysAsTheRecordOfWhoRevokedItAndWhen() {
        participant(E, 506, "Ugo", "Sei", LocalDate.of(2026, 1, 12));
        post(506, unitCredit("4", 20)).statusCode(201);
        post(506, unitCredit("5", 20)).statusCode(201);
        int mistaken = tutor().header("Idempotency-Key", "credit-506").body(unitCredit("6", 20))
                .when().post("/editions/{e}/participants/506/credits", E).then().statusCode(201).extract().path("id");
        post(506, unitCredit("7", 2.4)).statusCode(201);
        post(506, unitCredit("8", 1)).statusCode(422);                          // 62.4 h: the cap is reached

        // a reason over 500 characters is refused, and the credit still counts
        revoke(Api.as("admin.eva", "admin"), 506, mistaken, "x".repeat(501)).statusCode(400)
                .contentType("application/problem+json").body("violations.field", contains("reason"));
        Api.as("admin.eva", "admin").when().post(REVOCATION, E, 506, mistaken).then().statusCode(400)
                .contentType("application/problem+json");                      // no body
        tutor().when().get("/editions/{e}/participants/506/summary", E).then().body("creditHours", is(62.4f));
        revoke(Api.as("admin.eva", "admin"), 506, mistaken, "Certificate found not to cover the unit").statusCode(204);
        tutor().when().get("/editions/{e}/participants/506/credits", E).then().statusCode(200)
                .body("unitCode", contains("4", "5", "7")).body("revokedAt", everyItem(nullValue()));
        tutor().when().get("/editions/{e}/participants/506/credits?includeRevoked=true", E).then().statusCode(200)
                .body("unitCode", contains("4", "5", "6", "7"))
                .body("find { it.id == " + mistaken + " }.studentId", is(506))
                .body("find { it.id == " + mistaken + " }.hours", is(20.0f))
                .body("find { it.id == " + mistaken + " }.recognisedBy", is("tutor.anna"))
                .body("find { it.id == " + mistaken + " }.revokedBy", is("admin.eva"))
                .body("find { it.id == " + mistaken + " }.revocationReason", is("Certificate found not to cover the unit"))
                .body("find { it.id == " + mistaken + " }.revokedAt", notNullValue())
                .body("findAll { it.id != " + mistaken + " }.revokedAt", everyItem(nullValue()));
        tutor().when().get("/editions/{e}/participants/506/summary", E).then().statusCode(200)
                .body("creditHours", is(42.4f));
        post(506, unitCredit("8", 15)).statusCode(201);                          // the 20 h are free again

        // a second revocation is refused and changes nothing; a replay of the creation answers the revoked credit
        revoke(tutor(), 506, mistaken, null).statusCode(409)
                .contentType("application/problem+json").body("detail", containsString("already revoked by admin.eva"));
        tutor().header("Idempotency-Key", "credit-506").body(unitCredit("6", 20))
                .when().post("/editions/{e}/participants/506/credits", E).then().statusCode(201)
                .header("Idempotent-Replayed", "true").body("id", is(mistaken)).body("revokedBy", is("admin.eva"));
        tutor().when().get("/editions/{e}/participants/506/credits?includeRevoked=true", E).then()
                .body("find { it.id == " + mistaken + " }.revokedBy", is("admin.eva"));
        revoke(tutor(), 506, 999_999, null).statusCode(404)
                .contentType("application/problem+json");
    }

    /**
     * The reason travelled in the query string of a DELETE, and with it into proxy and access logs, which the erasure
     * cannot reach: that form is gone, 405 naming the POST that replaced it, and the credit still counts.
     */
    @Test
    void theRetiredDeleteWithTheReasonInTheUrlIsRefusedNamingItsReplacement() {
        participant(E, 508, "Lea", "Otto", LocalDate.of(2026, 1, 12));
        int id = post(508, unitCredit("4", 10)).statusCode(201).extract().path("id");
        tutor().queryParam("reason", "Wrong unit").when().delete("/editions/{e}/participants/508/credits/{c}", E, id)
                .then().statusCode(405).contentType("application/problem+json")
                // like every 405, Allow lists what the path takes: nothing but OPTIONS, the DELETE being retired
                // (the revocation is a POST on another path, named in the detail and figures)
                .header("Allow", "OPTIONS")
                .body("detail", containsString("POST /editions/" + E + "/participants/508/credits/" + id + "/revocation"))
                .body("figures.replacement", is("POST /editions/" + E + "/participants/508/credits/" + id + "/revocation"));
        tutor().when().delete("/editions/{e}/participants/508/credits/{c}", E, id).then().statusCode(405)
                .header("Allow", "OPTIONS");
        tutor().when().get("/editions/{e}/participants/508/credits", E).then().body("id", contains(id))
                .body("revokedAt", contains((Object) null));
        tutor().when().get("/editions/{e}/participants/508/summary", E).then().body("creditHours", is(10.0f));
    }

    /** The database keeps the record whatever the application does: no delete, no rewrite, one revocation. */
    @Test
    void theDatabaseNeverDeletesOrRewritesACreditAndRecordsItsRevocationOnce() throws SQLException {
        participant(E, 507, "Ivo", "Sette", LocalDate.of(2026, 1, 12));
        int id = tutor().body(unitCredit("4", 10)).when().post("/editions/{e}/participants/507/credits", E)
                .then().statusCode(201).extract().path("id");
        assertRefused("DELETE FROM attendance_credit WHERE id = ?", id, "never deleted");
        assertRefused("UPDATE attendance_credit SET hours = 1 WHERE id = ?", id, "frozen");
        assertRefused("UPDATE attendance_credit SET student_id = 508 WHERE id = ?", id, "frozen");
        assertRefused("UPDATE attendance_credit SET reason = 'another story' WHERE id = ?", id, "may only be cleared");
        assertRefused("UPDATE attendance_credit SET revocation_reason = 'why not' WHERE id = ?", id,
                "given with the revocation");

        revoke(tutor(), 507, id, "Wrong unit").statusCode(204);
        assertRefused("UPDATE attendance_credit SET revoked_at = NULL, revoked_by = NULL WHERE id = ?", id, "revoked once");
        assertRefused("UPDATE attendance_credit SET revoked_by = 'someone.else' WHERE id = ?", id, "revoked once");
        tutor().when().get("/editions/{e}/participants/507/credits?includeRevoked=true", E).then().statusCode(200)
                .body("hours", contains(10.0f)).body("revokedBy", contains("tutor.anna"))
                .body("revocationReason", contains("Wrong unit"));
    }

    private void assertRefused(String sql, long id, String message) throws SQLException {
        DatabaseGuard.assertRefused(dataSource, sql, id, message);
    }

    @Test
    void internshipCreditsUpTo100Percent() {
        participant(E, 503, "Rita", "Tre", LocalDate.of(2026, 1, 12));
        Map<String, Object> body = new LinkedHashMap<>(Map.of("internship", true, "hours", 80, "reason", "Two years as call-center operator"));
        post(503, body).statusCode(201).body("internship", is(true));
        body.put("hours", 0.5);
        post(503, body).statusCode(422).body("violations.field", contains("CREDIT_INTERNSHIP_CAP"))
                .body("figures.internshipHours", is(80));
        tutor().when().get("/editions/{e}/participants/503/summary", E).then()
                .body("internshipCreditHours", is(80.0f)).body("internshipRequiredHours", is(0.0f))
                .body("meetsInternship", is(true)).body("creditHours", is(0.0f));
        // exam-service explains an internship shortfall from the same figures, so the admission view carries them
        Api.as("board", "exam-board").when().get("/editions/{e}/summary/admission", E).then().statusCode(200)
                .body("students.find { it.studentId == 503 }.internshipCreditHours", is(80.0f))
                .body("students.find { it.studentId == 503 }.internshipRequiredHours", is(0.0f));
    }

    @Test
    void badRequestsAndIdempotency() {
        participant(E, 504, "Enzo", "Quattro", LocalDate.of(2026, 1, 12));
        Map<String, Object> both = unitCredit("4", 1);
        both.put("internship", true);
        post(504, both).statusCode(400);
        post(504, unitCredit("4", -1)).statusCode(400);
        tutor().body(unitCredit("4", 1)).when().post("/editions/{e}/participants/999/credits", E).then().statusCode(404);
        String location = tutor().header("Idempotency-Key", "credit-504").body(unitCredit("4", 3))
                .when().post("/editions/{e}/participants/504/credits", E).then().statusCode(201)
                .header("Idempotent-Replayed", "false").extract().header("Location");
        int first = Integer.parseInt(location.substring(location.lastIndexOf('/') + 1));
        // the first answer again (docs/CONTRACTS.md, Retries): 201, the same Location, marked as a replay
        int again = tutor().header("Idempotency-Key", "credit-504").body(unitCredit("4", 3))
                .when().post("/editions/{e}/participants/504/credits", E).then().statusCode(201)
                .header("Idempotent-Replayed", "true").header("Location", is(location)).extract().path("id");
        assertEquals(first, again);
        tutor().when().get("/editions/{e}/participants/504/credits", E).then().body("$", hasSize(1));
        Api.frontdesk().body(unitCredit("4", 1)).when().post("/editions/{e}/participants/504/credits", E)
                .then().statusCode(403);
        revoke(tutor(), 504, first, null).statusCode(204);                       // the reason is optional
        tutor().when().get("/editions/{e}/participants/504/credits?includeRevoked=true", E).then()
                .body("revocationReason", contains((Object) null));
        tutor().when().get("/editions/{e}/participants/504/credits", E).then().body("$", hasSize(0));
    }

    /** A 002-like edition (CatalogStub): 300 h with 90 h of internship, 4 UF the standard gives no hours. */
    private static final long E002 = 6000;

    /** Ten-hour lessons from {@code first} on, one a day: their ids. */
    private static List<Long> lessons(long edition, LocalDate first, int count, String unit, String modality) {
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            ids.add(lesson(edition, first.plusDays(i), "08:00", "18:00", unit, modality));
        }
        return ids;
    }

    @Test
    void aCreditOnAUnitTheStandardGivesNoHoursCannotExceedItsHoursInTheCalendar() {
        // [002]: the 30 % of the 210 classroom/lab hours is 63 h; UF 1 has 40 h in the calendar. A 63 h credit on it
        // was accepted and took 63 h off the hours required: with 195 h attended elsewhere the student was admitted
        // (80 % of 237 h = 189.6 h), while the 40 h the unit has leave 260 h, 208 h for admission
        long student = 601;
        participant(E002, student, "Carlo", "Crediti", LocalDate.of(2026, 2, 1));
        post(E002, student, unitCredit("1", 10)).statusCode(422).contentType("application/problem+json")
                .body("type", is("https://formapro.it/problems/credit-rule"))
                .body("violations.field", contains("CREDIT_UNIT_NOT_SCHEDULED"))
                .body("detail", containsString("schedule the unit's lessons first"));
        List<Long> uf1 = lessons(E002, LocalDate.of(2026, 2, 2), 4, "1", "CLASSROOM");
        for (String[] unit : new String[][] {{"2", "6"}, {"3", "6"}, {"4", "5"}}) {
            LocalDate from = LocalDate.of(2026, 3, 2).plusDays(10L * Integer.parseInt(unit[0]));
            lessons(E002, from, Integer.parseInt(unit[1]), unit[0], "CLASSROOM").forEach(l -> Api.register(E002, l, Map.of(student, 600)));
        }
        List<Long> internship = lessons(E002, LocalDate.of(2026, 5, 4), 9, null, "INTERNSHIP");
        Api.register(E002, internship.get(0), Map.of(student, 600));
        Api.register(E002, internship.get(1), Map.of(student, 600));
        Api.register(E002, internship.get(2), Map.of(student, 300));                // 195 h attended, none on UF 1

        post(E002, student, unitCredit("1", 63)).statusCode(422).contentType("application/problem+json")
                .body("violations.field", contains("CREDIT_UNIT_MAX"))
                .body("figures.scheduledUnitHours", is(40.0f))
                .body("figures.unitCreditHoursAfter", is(63))
                .body("detail", containsString("more than the 40.00 h scheduled for the unit"))
                .body("violations[0].source", containsString("Standard 002"));
        tutor().when().get("/editions/{e}/participants/{s}/credits", E002, student).then().body("$", hasSize(0));
        post(E002, student, unitCredit("1", 40)).statusCode(201);
        post(E002, student, unitCredit("1", 0.01)).statusCode(422).body("violations.field", contains("CREDIT_UNIT_MAX"));

        JsonPath admission = Api.as("board", "exam-board").queryParam("asOf", "2026-12-31").when()
                .get("/editions/{e}/summary/admission", E002).then().statusCode(200).extract().jsonPath()
                .setRootPath("students.find { it.studentId == " + student + " }");
        assertEquals(195.0f, admission.getFloat("attendedHours"));
        assertEquals(40.0f, admission.getFloat("creditHours"));
        assertEquals(260.0f, admission.getFloat("requiredHours"));
        assertFalse(admission.getBoolean("meetsThreshold"));

        // a UF 1 lesson nobody attended is removed: the 40 h credit counts for the 30 h the unit has left, in the
        // summary as in the admission figures (the credit itself stays as recognised)
        tutor().when().delete("/editions/{e}/lessons/{l}", E002, uf1.get(3)).then().statusCode(204);
        tutor().queryParam("asOf", "2026-12-31").when().get("/editions/{e}/participants/{s}/summary", E002, student)
                .then().statusCode(200)
                .body("creditHours", is(30.0f)).body("requiredHours", is(270.0f))
                .body("units.find { it.unitCode == '1' }.creditHours", is(30.0f));
        Api.as("board", "exam-board").queryParam("asOf", "2026-12-31").when().get("/editions/{e}/summary/admission", E002)
                .then().statusCode(200)
                .body("students.find { it.studentId == " + student + " }.creditHours", is(30.0f))
                .body("students.find { it.studentId == " + student + " }.requiredHours", is(270.0f));
        tutor().when().get("/editions/{e}/participants/{s}/credits", E002, student).then().body("hours", contains(40.0f));
    }

    @Test
    void withoutPlannedInternshipHoursAnInternshipCreditIsMeasuredOnTheInternshipScheduled() {
        // [000] states no internship maximum and edition 1037 records no plannedInternshipHours: an internship credit
        // was refused as "no internship" even with the internship in the calendar
        long edition = 1037, student = 602;
        participant(edition, student, "Ines", "Tirocinio", LocalDate.of(2026, 2, 1));
        post(edition, student, internshipCredit(8)).statusCode(422).contentType("application/problem+json")
                .body("violations.field", contains("NO_INTERNSHIP"))
                .body("detail", containsString("record the edition's plannedInternshipHours in the catalogue, or schedule "
                        + "the internship lessons"));
        lessons(edition, LocalDate.of(2026, 4, 6), 3, null, "INTERNSHIP");             // 30 h of internship
        post(edition, student, internshipCredit(30)).statusCode(201).body("internship", is(true));
        post(edition, student, internshipCredit(0.01)).statusCode(422)
                .body("violations.field", contains("CREDIT_INTERNSHIP_CAP"))
                .body("figures.internshipHours", is(30.0f))
                .body("detail", containsString("internship hours scheduled in the calendar"));
        // the 30 % is of the course hours without the internship: 30 % of 220 h = 66 h, not of 250 h (75 h)
        post(edition, student, unitCredit("1260", 40)).statusCode(201);
        post(edition, student, unitCredit("1259", 26)).statusCode(201);
        post(edition, student, unitCredit("1261", 0.01)).statusCode(422)
                .body("violations.field", contains("CREDIT_CLASSROOM_LAB_CAP"))
                .body("figures.courseHours", is(220.0f))
                .body("figures.capHours", is(66.0f));
        tutor().queryParam("asOf", "2026-12-31").when().get("/editions/{e}/participants/{s}/summary", edition, student)
                .then().statusCode(200)
                .body("internshipCreditHours", is(30.0f)).body("creditHours", is(66.0f))
                .body("requiredHours", is(154.0f));                                   // 250 - 66 - 30
    }

    private static io.restassured.response.ValidatableResponse post(long edition, long student, Map<String, Object> body) {
        return tutor().body(body).when().post("/editions/{e}/participants/{s}/credits", edition, student).then();
    }

    private static Map<String, Object> internshipCredit(Object hours) {
        return new LinkedHashMap<>(Map.of("internship", true, "hours", hours, "reason", "Two years as call-center operator"));
    }
}
