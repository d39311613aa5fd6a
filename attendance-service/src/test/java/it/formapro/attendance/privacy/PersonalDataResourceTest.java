package it.formapro.attendance.privacy;

import static io.restassured.RestAssured.given;
import static it.formapro.attendance.support.Api.lesson;
import static it.formapro.attendance.support.Api.participant;
import static it.formapro.attendance.support.Api.tutor;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import it.formapro.attendance.support.Api;
import it.formapro.attendance.support.CatalogStub;
import it.formapro.attendance.support.Exports;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
@QuarkusTestResource(CatalogStub.class)
class PersonalDataResourceTest {

    private static final LocalDate DAY = LocalDate.of(2026, 3, 9);

    @Inject
    EntityManager em;

    private static RequestSpecification admin() {
        return Api.as("admin.eva", "admin");
    }

    private static void credit(long edition, long student, String unit, int hours) {
        creditWithReason(edition, student, unit, hours, "Prior formal learning");
    }

    private static long creditWithReason(long edition, long student, String unit, int hours, String reason) {
        return tutor().body(Map.of("unitCode", unit, "hours", hours, "reason", reason))
                .when().post("/editions/{e}/participants/{s}/credits", edition, student).then().statusCode(201)
                .extract().<Integer>path("id").longValue();
    }

    private static long check(long edition, long student, String unit, LocalDate date, String outcome, String notes) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("unitCode", unit);
        body.put("date", date.toString());
        body.put("outcome", outcome);
        body.put("score", 24);
        body.put("notes", notes);
        return tutor().body(body).when().post("/editions/{e}/participants/{s}/checks", edition, student).then()
                .statusCode(201).extract().<Integer>path("id").longValue();
    }

    @Test
    void exportHasTheStudentsParticipationsAttendanceCreditsAndChecksAndNothingOfAnother() {
        long ea = 2044, eb = 2045, student = 9101, other = 9102;
        participant(ea, student, "Giada", "Riservata", DAY);
        participant(ea, other, "Otto", "Altro", DAY);
        participant(eb, student, "Giada", "Riservata", DAY);
        Api.frontdesk().body(Map.of("withdrawnOn", DAY.plusDays(1).toString(), "reason", "Moved"))
                .when().post("/editions/{e}/participants/{s}/withdrawal", eb, student).then().statusCode(200);
        long l1 = lesson(ea, DAY, "09:00", "13:00", "1", "CLASSROOM");
        long l2 = lesson(ea, DAY.plusDays(1), "09:00", "12:00", null, "INTERNSHIP");
        long l3 = lesson(eb, DAY, "14:00", "16:00", "1", "LAB");
        long l4 = lesson(ea, DAY.plusDays(2), "09:00", "11:00", "1", "CLASSROOM"); // only the other student recorded
        Api.register(ea, l1, Map.of(student, 225, other, 240));
        Api.register(ea, l2, Map.of(student, 150, other, 180));
        Api.register(eb, l3, Map.of(student, 120));
        Api.register(ea, l4, Map.of(other, 120));
        credit(ea, student, "4", 5);
        credit(ea, other, "4", 6);
        check(ea, student, "1", DAY.plusDays(2), "PASSED", "Molto attenta");
        check(ea, other, "1", DAY.plusDays(2), "FAILED", "Note su Otto");

        JsonPath data = Api.frontdesk().when().get("/students/{s}/personal-data", student).then().statusCode(200)
                .contentType("application/json")
                .body("studentId", is((int) student))
                .body("participations.editionId", contains((int) ea, (int) eb))
                .body("participations.studentId", everyItem(is((int) student)))
                .body("participations.status", contains("ACTIVE", "WITHDRAWN"))
                .body("participations.lastName", everyItem(is("Riservata")))
                .body("participations[1].withdrawalReason", is("Moved"))
                // by date: l1 (day 1, 09:00), l3 (day 1, 14:00, other edition), l2 (day 2, internship)
                .body("attendance.lessonId", contains((int) l1, (int) l3, (int) l2))
                .body("attendance.editionId", contains((int) ea, (int) eb, (int) ea))
                .body("attendance.lessonDate", contains(DAY.toString(), DAY.toString(), DAY.plusDays(1).toString()))
                .body("attendance.unitCode", contains("1", "1", null))
                .body("attendance.modality", contains("CLASSROOM", "LAB", "INTERNSHIP"))
                .body("attendance.hoursPresent", contains(3.75f, 2.0f, 2.5f))
                .body("credits", hasSize(1))
                .body("credits[0].studentId", is((int) student))
                .body("credits[0].hours", is(5.0f))
                .body("credits[0].unitCode", is("4"))
                .body("learningChecks", hasSize(1))
                .body("learningChecks[0].studentId", is((int) student))
                .body("learningChecks[0].outcome", is("PASSED"))
                .body("learningChecks[0].notes", is("Molto attenta"))
                .extract().jsonPath();
        String body = data.prettify();
        assertFalse(body.contains("Otto") || body.contains("Altro"), body);

        // admin may read too; an unknown student is not an error here (enrollment-service knows who exists)
        admin().when().get("/students/{s}/personal-data", 9_999_999).then().statusCode(200)
                .body("studentId", is(9_999_999))
                .body("participations", empty()).body("attendance", empty())
                .body("credits", empty()).body("learningChecks", empty());
    }

    @Test
    void erasurePseudonymisesTheStudentEverywhereKeepsTheRecordAndIsIdempotent() throws Exception {
        long e = 2046, e2 = 2047, student = 9201, other = 9202;
        participant(e, student, "Bianca", "Cancellata", DAY);
        participant(e, other, "Oscar", "Resta", DAY);
        participant(e2, student, "Bianca", "Cancellata", DAY);
        long l = lesson(e, DAY, "09:00", "13:00", "1", "CLASSROOM");
        Api.register(e, l, Map.of(student, 200, other, 240));
        // the units checked below are held before their checks (a unit's check comes at its conclusion)
        lesson(e, DAY.plusDays(1), "09:00", "11:00", "2", "CLASSROOM");
        lesson(e2, DAY, "09:00", "13:00", "1", "CLASSROOM");
        credit(e, student, "4", 5);
        // the reasons of credits name the person's certificates: one in force, one revoked, the other student's
        long ecdl = creditWithReason(e, student, "3", 4, "ECDL Full Standard n. IT-1234567 di Bianca Cancellata");
        long revoked = creditWithReason(e, student, "5", 3, "Attestato HACCP intestato a Bianca Cancellata");
        tutor().body(Map.of("reason", "L'attestato di Bianca non copre l'unità")).when()
                .post("/editions/{e}/participants/{s}/credits/{c}/revocation", e, student, revoked).then().statusCode(204);
        creditWithReason(e, other, "3", 2, "ECDL di Oscar Resta");
        check(e, student, "1", DAY.plusDays(1), "FAILED", "Distratta, problemi familiari");
        check(e, student, "1", DAY.plusDays(3), "PASSED", null);
        check(e2, student, "1", DAY.plusDays(1), "PASSED", "Ottima");
        check(e, other, "1", DAY.plusDays(1), "PASSED", "Note di Oscar");
        // why a check was annulled may say what happened to the person
        long annulled = check(e, student, "2", DAY.plusDays(2), "PASSED", null);
        tutor().body(Map.of("reason", "Bianca era assente per malattia: la prova non si è svolta")).when()
                .post("/editions/{e}/participants/{s}/checks/{c}/annulment", e, student, annulled).then().statusCode(204);
        Api.frontdesk().body(Map.of("withdrawnOn", DAY.plusDays(4).toString(), "reason", "Trasferita a Milano"))
                .when().post("/editions/{e}/participants/{s}/withdrawal", e2, student).then().statusCode(200);
        Map<String, Object> before = summaryOf(e, student);
        Map<String, Object> otherBefore = summaryOf(e, other);
        assertEquals(3.33f, before.get("attendedHours"));

        admin().when().post("/students/{s}/erasure", student).then().statusCode(200)
                .contentType("application/json")
                .body("studentId", is((int) student))
                .body("participantsPseudonymised", is(2))
                .body("learningCheckNotesCleared", is(2))
                .body("withdrawalReasonsCleared", is(1))
                .body("creditReasonsCleared", is(3))
                .body("learningCheckAnnulmentReasonsCleared", is(1));

        // the edition's participants: the pseudonym instead of the name; the other student untouched
        JsonPath participants = tutor().when().get("/editions/{e}/participants", e).then().statusCode(200)
                .extract().jsonPath();
        assertEquals("Anonimo", participants.getString("find { it.studentId == 9201 }.firstName"));
        assertEquals("ANON-9201", participants.getString("find { it.studentId == 9201 }.lastName"));
        assertEquals("Oscar", participants.getString("find { it.studentId == 9202 }.firstName"));
        assertEquals("Resta", participants.getString("find { it.studentId == 9202 }.lastName"));
        tutor().when().get("/editions/{e}/participants/{s}", e2, student).then().statusCode(200)
                .body("firstName", is("Anonimo")).body("lastName", is("ANON-9201"))
                .body("status", is("WITHDRAWN")).body("withdrawnOn", is(DAY.plusDays(4).toString()))
                .body("withdrawalReason", nullValue());

        // the register CSV: same hours, the pseudonym, the real name nowhere
        String csv = tutor().when().get("/editions/{e}/register.csv", e).then().statusCode(200)
                .extract().asString();
        assertFalse(csv.contains("Bianca") || csv.contains("Cancellata"), csv);
        List<CSVRecord> rows = Exports.csvRows(csv);
        CSVRecord erased = rows.stream().filter(r -> r.get("student_id").equals("9201")).findFirst().orElseThrow();
        assertEquals("Anonimo", erased.get("first_name"));
        assertEquals("ANON-9201", erased.get("last_name"));
        assertEquals("3.33", erased.get("hours_present"));
        CSVRecord kept = rows.stream().filter(r -> r.get("student_id").equals("9202")).findFirst().orElseThrow();
        assertEquals("Oscar", kept.get("first_name"));
        assertEquals("Resta", kept.get("last_name"));

        // the summary: every figure as before, only the name changed
        Map<String, Object> after = summaryOf(e, student);
        assertEquals("Anonimo", after.get("firstName"));
        assertEquals("ANON-9201", after.get("lastName"));
        assertEquals(withoutName(before), withoutName(after));
        assertEquals(otherBefore, summaryOf(e, other));

        // checks: outcomes stay, the student's notes are gone, the other student's are not
        tutor().when().get("/editions/{e}/participants/{s}/checks", e, student).then().statusCode(200)
                .body("outcome", contains("FAILED", "PASSED"))
                .body("notes", everyItem(nullValue()));
        tutor().when().get("/editions/{e}/participants/{s}/checks", e2, student).then().statusCode(200)
                .body("outcome", contains("PASSED")).body("notes", everyItem(nullValue()));
        tutor().when().get("/editions/{e}/participants/{s}/checks", e, other).then().statusCode(200)
                .body("notes", contains("Note di Oscar"));
        // the annulled check: still annulled, by whom and when, its reason gone
        tutor().queryParam("includeAnnulled", true).when().get("/editions/{e}/participants/{s}/checks", e, student)
                .then().statusCode(200)
                .body("outcome", contains("FAILED", "PASSED", "PASSED"))
                .body("annulmentReason", everyItem(nullValue()))
                .body("find { it.id == " + annulled + " }.annulledBy", is("tutor.anna"))
                .body("find { it.id == " + annulled + " }.annulledAt", notNullValue());
        // credits: the hours and who recognised or revoked them stay, the reasons are gone; the other's stays
        tutor().when().get("/editions/{e}/participants/{s}/credits?includeRevoked=true", e, student).then().statusCode(200)
                .body("hours", contains(5.0f, 4.0f, 3.0f))
                .body("unitCode", contains("4", "3", "5"))
                .body("reason", everyItem(nullValue()))
                .body("revocationReason", everyItem(nullValue()))
                .body("find { it.id == " + revoked + " }.revokedBy", is("tutor.anna"))
                .body("find { it.id == " + ecdl + " }.recognisedBy", is("tutor.anna"));
        tutor().when().get("/editions/{e}/participants/{s}/credits", e, other).then().statusCode(200)
                .body("reason", contains("ECDL di Oscar Resta"));

        // the export shows what is left: the pseudonym, the hours, no trace of the name or the notes
        String export = Api.frontdesk().when().get("/students/{s}/personal-data", student).then().statusCode(200)
                .body("participations.firstName", everyItem(is("Anonimo")))
                .body("attendance.hoursPresent", contains(3.33f))
                .body("learningChecks", hasSize(4))                        // the annulled one too
                .body("learningChecks.find { it.id == " + annulled + " }.annulledBy", is("tutor.anna"))
                .body("credits.hours", contains(5.0f, 4.0f, 3.0f))
                .extract().asString();
        assertFalse(export.contains("Cancellata") || export.contains("Distratta") || export.contains("Ottima")
                || export.contains("Milano") || export.contains("IT-1234567") || export.contains("HACCP")
                || export.contains("malattia"), export);

        // a retry changes nothing and says so
        admin().when().post("/students/{s}/erasure", student).then().statusCode(200)
                .body("studentId", is((int) student))
                .body("participantsPseudonymised", is(0))
                .body("learningCheckNotesCleared", is(0))
                .body("withdrawalReasonsCleared", is(0))
                .body("creditReasonsCleared", is(0))
                .body("learningCheckAnnulmentReasonsCleared", is(0));
        // a student this service never saw: nothing to do
        admin().when().post("/students/{s}/erasure", 9_999_998).then().statusCode(200)
                .body("participantsPseudonymised", is(0)).body("learningCheckNotesCleared", is(0));
    }

    @Test
    void erasureForgetsTheFingerprintsOfTheStudentsCreditAndCheckRequests() {
        // a fingerprint hashes the request's free texts (a credit's reason, a check's notes), which the erasure clears
        long e = 2046, student = 9211, other = 9212;
        participant(e, student, "Irma", "Impronta", DAY);
        participant(e, other, "Otto", "Impronta", DAY);
        // unit 1 is held before its checks (in the afternoon: the erasure test above may hold the morning)
        lesson(e, DAY, "14:00", "15:00", "1", "CLASSROOM");
        for (long s : new long[] {student, other}) {
            tutor().header("Idempotency-Key", "credit-" + s)
                    .body(Map.of("unitCode", "4", "hours", 2, "reason", "Attestato intestato a " + s))
                    .when().post("/editions/{e}/participants/{s}/credits", e, s).then().statusCode(201);
            tutor().header("Idempotency-Key", "check-" + s)
                    .body(Map.of("unitCode", "1", "date", DAY.plusDays(1).toString(), "outcome", "PASSED", "notes", "Note su " + s))
                    .when().post("/editions/{e}/participants/{s}/checks", e, s).then().statusCode(201);
        }
        assertEquals(List.of(true, true), fingerprinted(e, student));
        admin().when().post("/students/{s}/erasure", student).then().statusCode(200);
        assertEquals(List.of(false, false), fingerprinted(e, student));
        assertEquals(List.of(true, true), fingerprinted(e, other), "another student's keys keep their fingerprint");
        // the key stays: a retry of the erased student's request still replays instead of creating a second credit
        tutor().header("Idempotency-Key", "credit-" + student)
                .body(Map.of("unitCode", "4", "hours", 2, "reason", "Attestato intestato a " + student))
                .when().post("/editions/{e}/participants/{s}/credits", e, student).then().statusCode(201)
                .header("Idempotent-Replayed", "true");
    }

    /** Whether the credit key and the check key of the student (in that order) still hold a request fingerprint. */
    private List<Boolean> fingerprinted(long edition, long student) {
        return QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery(
                        "select scope, request_hash is not null from idempotency_key where scope in (?1, ?2) order by scope desc",
                        Object[].class)
                .setParameter(1, "credit:" + edition + ":" + student).setParameter(2, "check:" + edition + ":" + student)
                .getResultList().stream().map(row -> (Boolean) ((Object[]) row)[1]).toList());
    }

    @Test
    void erasureBumpsTheParticipantsVersionAndUpdatedAtOnceAndTheRowStaysUsable() {
        long e = 2048, student = 9301;
        participant(e, student, "Carlo", "Versione", DAY);
        Object[] before = versionAndUpdatedAt(e, student);
        admin().when().post("/students/{s}/erasure", student).then().statusCode(200)
                .body("participantsPseudonymised", is(1));
        Object[] after = versionAndUpdatedAt(e, student);
        assertEquals(((Number) before[0]).longValue() + 1, ((Number) after[0]).longValue());
        assertTrue(((Instant) after[1]).isAfter((Instant) before[1]));
        admin().when().post("/students/{s}/erasure", student).then().statusCode(200)
                .body("participantsPseudonymised", is(0));
        Object[] again = versionAndUpdatedAt(e, student);
        assertEquals(((Number) after[0]).longValue(), ((Number) again[0]).longValue(), "a repeated erasure changes nothing");
        assertEquals(after[1], again[1]);
        // the erased row is an ordinary row: a withdrawal goes through and keeps the pseudonym
        Api.frontdesk().body(Map.of("withdrawnOn", DAY.plusDays(5).toString()))
                .when().post("/editions/{e}/participants/{s}/withdrawal", e, student).then().statusCode(200)
                .body("status", is("WITHDRAWN")).body("firstName", is("Anonimo")).body("lastName", is("ANON-9301"));
    }

    private Object[] versionAndUpdatedAt(long edition, long student) {
        return QuarkusTransaction.requiringNew().call(() -> em.createQuery(
                        "select p.version, p.updatedAt from Participant p where p.editionId = ?1 and p.studentId = ?2",
                        Object[].class)
                .setParameter(1, edition).setParameter(2, student).getSingleResult());
    }

    @Test
    void exportIsForAdminAndFrontdeskErasureForAdminOnly() {
        long student = 9401;
        for (RequestSpecification forbidden : List.of(tutor(), Api.as("portal", "portal"), Api.as("board", "exam-board"))) {
            forbidden.when().get("/students/{s}/personal-data", student).then().statusCode(403)
                    .contentType("application/problem+json").body("status", is(403));
        }
        for (RequestSpecification forbidden : List.of(tutor(), Api.as("portal", "portal"), Api.as("board", "exam-board"),
                Api.frontdesk())) {
            forbidden.when().post("/students/{s}/erasure", student).then().statusCode(403)
                    .contentType("application/problem+json").body("status", is(403));
        }
        given().when().get("/students/{s}/personal-data", student).then().statusCode(401)
                .contentType("application/problem+json").body("status", is(401));
        given().when().post("/students/{s}/erasure", student).then().statusCode(401)
                .contentType("application/problem+json").body("status", is(401));
        Api.frontdesk().when().get("/students/{s}/personal-data", student).then().statusCode(200);
        // a bare POST without Content-Type is accepted (no body expected)
        given().auth().oauth2(OidcWiremockTestResource.getAccessToken("admin.eva", java.util.Set.of("admin")))
                .when().post("/students/{s}/erasure", student).then().statusCode(200);
    }

    private static Map<String, Object> summaryOf(long edition, long student) {
        Map<String, Object> s = tutor().when().get("/editions/{e}/summary?asOf=2026-12-31", edition)
                .then().statusCode(200).extract().jsonPath().getMap("students.find { it.studentId == " + student + " }");
        assertTrue(s != null && !s.isEmpty(), "no summary for " + student);
        return s;
    }

    private static Map<String, Object> withoutName(Map<String, Object> summary) {
        Map<String, Object> copy = new HashMap<>(summary);
        copy.remove("firstName");
        copy.remove("lastName");
        return copy;
    }
}
