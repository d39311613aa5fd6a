package it.formapro.attendance.participant;

import static it.formapro.attendance.support.Api.frontdesk;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import it.formapro.attendance.support.Api;
import it.formapro.attendance.support.CatalogStub;
import it.formapro.attendance.support.Exports;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
@QuarkusTestResource(CatalogStub.class)
class ParticipantResourceTest {

    private static final Map<String, Object> MARIO = Map.of("enrollmentId", 7, "firstName", "Mario", "lastName", "Rossi",
            "joinedOn", "2027-01-11");

    @Test
    void registrationIsIdempotentPerTheContract() {
        frontdesk().body(MARIO).when().put("/editions/5001/participants/5").then().statusCode(200)
                .body("studentId", is(5)).body("editionId", is(5001)).body("enrollmentId", is(7))
                .body("joinedOn", is("2027-01-11")).body("status", is("ACTIVE"));
        frontdesk().body(MARIO).when().put("/editions/5001/participants/5").then().statusCode(200)
                .body("studentId", is(5)).body("status", is("ACTIVE"));
        Api.tutor().when().get("/editions/5001/participants").then().statusCode(200).body("$", hasSize(1));
    }

    @Test
    void withdrawalIsIdempotentAndANewEnrollmentReactivates() {
        frontdesk().body(MARIO).when().put("/editions/5002/participants/6").then().statusCode(200);
        Map<String, Object> withdrawal = Map.of("withdrawnOn", "2027-02-01", "reason", "Found a job");
        for (int i = 0; i < 2; i++) {
            frontdesk().body(withdrawal).when().post("/editions/5002/participants/6/withdrawal").then().statusCode(200)
                    .body("status", is("WITHDRAWN")).body("withdrawnOn", is("2027-02-01")).body("withdrawalReason", is("Found a job"));
        }
        frontdesk().body(Map.of("reason", "no date")).when().post("/editions/5002/participants/6/withdrawal")
                .then().statusCode(400).contentType("application/problem+json");
        // confirmed ahead of the start and gone before the first day (2027-01-11): withdrawn, attending no day
        frontdesk().body(Map.of("withdrawnOn", "2027-01-05", "reason", "Moved abroad"))
                .when().post("/editions/5002/participants/6/withdrawal").then().statusCode(200)
                .body("status", is("WITHDRAWN")).body("withdrawnOn", is("2027-01-05")).body("joinedOn", is("2027-01-11"));
        // the student enrolled again: another enrollment reactivates the participant
        Map<String, Object> reEnrolled = new HashMap<>(MARIO);
        reEnrolled.put("enrollmentId", 17);
        frontdesk().body(reEnrolled).when().put("/editions/5002/participants/6").then().statusCode(200)
                .body("status", is("ACTIVE")).body("withdrawnOn", nullValue()).body("enrollmentId", is(17));
        frontdesk().body(withdrawal).when().post("/editions/5002/participants/404/withdrawal").then().statusCode(404)
                .contentType("application/problem+json");
    }

    @Test
    void theEnrollmentAParticipantWasWithdrawnFromOnlyCorrectsTheNames() {
        // enrollment-service sends the participant again when a name is corrected; read as CONFIRMED just before a
        // withdrawal, that PUT may arrive after it, and used to reactivate the student
        frontdesk().body(MARIO).when().put("/editions/5004/participants/9").then().statusCode(200);
        frontdesk().body(Map.of("withdrawnOn", "2027-02-01", "reason", "Found a job"))
                .when().post("/editions/5004/participants/9/withdrawal").then().statusCode(200);
        Map<String, Object> renamed = new HashMap<>(MARIO);
        renamed.put("firstName", "  Mariano ");
        renamed.put("joinedOn", "2027-01-18");
        frontdesk().body(renamed).when().put("/editions/5004/participants/9").then().statusCode(200)
                .body("status", is("WITHDRAWN")).body("withdrawnOn", is("2027-02-01"))
                .body("withdrawalReason", is("Found a job")).body("enrollmentId", is(7))
                .body("firstName", is("Mariano")).body("lastName", is("Rossi")).body("joinedOn", is("2027-01-11"));
        frontdesk().body(renamed).when().put("/editions/5004/participants/9").then().statusCode(200)
                .body("status", is("WITHDRAWN"));
        Api.tutor().when().get("/editions/5004/participants/9").then().statusCode(200)
                .body("status", is("WITHDRAWN")).body("firstName", is("Mariano")).body("withdrawnOn", is("2027-02-01"));
    }

    /**
     * Why a student left is the front desk's free text and may be health data (GDPR art. 9): admin and frontdesk read
     * it; a tutor reads the withdrawal (status, date) without it, and nothing else a tutor reads carries it.
     */
    @Test
    void aTutorSeesTheWithdrawalButNotItsReason() throws Exception {
        long e = 1007, student = 7371;
        String reason = "Ricoverata per un intervento al cuore";
        LocalDate day = LocalDate.of(2026, 3, 2);
        Api.participant(e, student, "Bice", "Ritirata", day);
        long lesson = Api.lesson(e, day, "09:00", "13:00", "1260", "CLASSROOM");
        Api.register(e, lesson, Map.of(student, 240));
        frontdesk().body(Map.of("withdrawnOn", day.plusDays(1).toString(), "reason", reason))
                .when().post("/editions/{e}/participants/{s}/withdrawal", e, student).then().statusCode(200)
                .body("withdrawalReason", is(reason));

        Api.tutor().when().get("/editions/{e}/participants/{s}", e, student).then().statusCode(200)
                .body("status", is("WITHDRAWN")).body("withdrawnOn", is(day.plusDays(1).toString()))
                .body("withdrawalReason", nullValue());
        Api.tutor().when().get("/editions/{e}/participants", e).then().statusCode(200)
                .body("find { it.studentId == " + student + " }.status", is("WITHDRAWN"))
                .body("find { it.studentId == " + student + " }.withdrawalReason", nullValue());
        frontdesk().when().get("/editions/{e}/participants/{s}", e, student).then().statusCode(200)
                .body("withdrawalReason", is(reason));
        Api.as("boss", "admin").when().get("/editions/{e}/participants", e).then().statusCode(200)
                .body("find { it.studentId == " + student + " }.withdrawalReason", is(reason));

        for (String path : List.of("/editions/{e}/participants", "/editions/{e}/summary",
                "/editions/{e}/participants/" + student + "/summary", "/editions/{e}/register.csv",
                "/editions/{e}/lessons/" + lesson + "/register", "/editions/{e}/lessons/" + lesson + "/register/history")) {
            String body = Api.tutor().when().get(path, e).then().statusCode(200).extract().asString();
            assertFalse(body.contains("intervento"), path + ": " + body);
        }
        assertFalse(Exports.pdfText(e).contains("intervento"));
    }

    /** Every write records who made it (the token's user), shown with the participant; a write that changes nothing does not. */
    @Test
    void everyChangeRecordsWhoMadeIt() {
        frontdesk().body(MARIO).when().put("/editions/5005/participants/10").then().statusCode(200)
                .body("updatedBy", is("front.luca")).body("updatedAt", notNullValue());
        Api.tutor().when().get("/editions/5005/participants/10").then().statusCode(200).body("updatedBy", is("front.luca"));
        Api.as("boss", "admin").body(Map.of("withdrawnOn", "2027-02-01", "reason", "Found a job"))
                .when().post("/editions/5005/participants/10/withdrawal").then().statusCode(200).body("updatedBy", is("boss"));
        // the same withdrawal and the same names again change nothing, so the last author stays
        Api.as("front.ada", "frontdesk").body(Map.of("withdrawnOn", "2027-02-01", "reason", "Found a job"))
                .when().post("/editions/5005/participants/10/withdrawal").then().statusCode(200).body("updatedBy", is("boss"));
        Api.as("front.ada", "frontdesk").body(MARIO).when().put("/editions/5005/participants/10").then().statusCode(200)
                .body("updatedBy", is("boss"));
        Map<String, Object> renamed = new HashMap<>(MARIO);
        renamed.put("firstName", "Mariano");
        Api.as("front.ada", "frontdesk").body(renamed).when().put("/editions/5005/participants/10").then().statusCode(200)
                .body("updatedBy", is("front.ada")).body("status", is("WITHDRAWN"));
    }

    /**
     * Once the student's personal data were erased (POST /students/{s}/erasure: the rows keep the pseudonym), no write
     * puts names back on them or reactivates them (409, nothing changed); a withdrawal is still recorded, without its
     * free-text reason.
     */
    @Test
    void anErasedStudentTakesNoNamesAndIsNotReactivated() {
        long student = 7381;
        frontdesk().body(MARIO).when().put("/editions/5006/participants/{s}", student).then().statusCode(200);
        frontdesk().body(MARIO).when().put("/editions/5007/participants/{s}", student).then().statusCode(200);
        frontdesk().body(Map.of("withdrawnOn", "2027-02-01", "reason", "Found a job"))
                .when().post("/editions/5007/participants/{s}/withdrawal", student).then().statusCode(200);
        Api.as("admin.eva", "admin").when().post("/students/{s}/erasure", student).then().statusCode(200)
                .body("participantsPseudonymised", is(2));
        Api.tutor().when().get("/editions/5006/participants/{s}", student).then().statusCode(200)
                .body("firstName", is("Anonimo")).body("lastName", is("ANON-" + student)).body("updatedBy", is("admin.eva"));

        // the names again, on the active row and on the withdrawn one (its enrollment: a name correction)
        for (long edition : new long[] {5006, 5007}) {
            frontdesk().body(MARIO).when().put("/editions/{e}/participants/{s}", edition, student).then().statusCode(409)
                    .contentType("application/problem+json")
                    .body("type", is("https://formapro.it/problems/participant-erased"))
                    .body("detail", containsString("erased"));
        }
        // another enrollment would reactivate the withdrawn row, even under the pseudonym
        Map<String, Object> reEnrolled = new HashMap<>(MARIO);
        reEnrolled.put("enrollmentId", 17);
        reEnrolled.put("firstName", "Anonimo");
        reEnrolled.put("lastName", "ANON-" + student);
        frontdesk().body(reEnrolled).when().put("/editions/5007/participants/{s}", student).then().statusCode(409)
                .contentType("application/problem+json")
                .body("type", is("https://formapro.it/problems/participant-erased"))
                .body("detail", containsString("reactivate"));
        // a new participation of the erased student under a name
        frontdesk().body(MARIO).when().put("/editions/5008/participants/{s}", student).then().statusCode(409)
                .contentType("application/problem+json");
        frontdesk().when().get("/editions/5008/participants/{s}", student).then().statusCode(404);
        for (long edition : new long[] {5006, 5007}) {
            frontdesk().when().get("/editions/{e}/participants/{s}", edition, student).then().statusCode(200)
                    .body("firstName", is("Anonimo")).body("lastName", is("ANON-" + student))
                    .body("enrollmentId", is(7)).body("updatedBy", is("admin.eva"));
        }
        frontdesk().when().get("/editions/5007/participants/{s}", student).then().body("status", is("WITHDRAWN"));

        // what writes no personal data still goes through: the pseudonym sent back, a withdrawal (its reason not kept)
        Map<String, Object> pseudonym = new HashMap<>(reEnrolled);
        pseudonym.put("enrollmentId", 7);
        frontdesk().body(pseudonym).when().put("/editions/5006/participants/{s}", student).then().statusCode(200)
                .body("status", is("ACTIVE")).body("updatedBy", is("admin.eva"));
        frontdesk().body(Map.of("withdrawnOn", "2027-02-01", "reason", "Motivi di salute"))
                .when().post("/editions/5006/participants/{s}/withdrawal", student).then().statusCode(200)
                .body("status", is("WITHDRAWN")).body("withdrawnOn", is("2027-02-01"))
                .body("withdrawalReason", nullValue()).body("updatedBy", is("front.luca"));
    }

    @Test
    void validationAndRoles() {
        frontdesk().body(Map.of("firstName", "Mario")).when().put("/editions/5003/participants/8").then().statusCode(400)
                .contentType("application/problem+json");
        Api.tutor().body(MARIO).when().put("/editions/5003/participants/8").then().statusCode(403);
        Api.as("boss", "admin").body(MARIO).when().put("/editions/5003/participants/8").then().statusCode(200);
    }
}
