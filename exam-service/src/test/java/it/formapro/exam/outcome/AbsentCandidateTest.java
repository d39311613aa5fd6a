package it.formapro.exam.outcome;

import static it.formapro.exam.support.Api.as;
import static it.formapro.exam.support.Api.board;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import it.formapro.exam.support.Api;
import it.formapro.exam.support.DownstreamStubs;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/**
 * An admitted candidate who does not sit the exam: recorded ABSENT, no document from that session, the session
 * closes, a later session admits the student again, and the exam stays pending for an erasure meanwhile. Each test
 * works on a fresh copy of edition 12 (admitted: 5, 11, 13, 15).
 */
@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
@QuarkusTestResource(DownstreamStubs.class)
class AbsentCandidateTest {

    static final Map<String, Object> ABSENT = Map.of("result", "ABSENT", "units", List.of(),
            "note", "Non presente alla prova");

    @Inject
    DataSource dataSource;

    static io.restassured.response.Response record(long session, long student, Map<String, Object> outcome) {
        return board().contentType(ContentType.JSON).body(outcome)
                .when().put("/exam-sessions/" + session + "/outcomes/" + student);
    }

    static JsonPath pendingExams(long student, long edition) {
        return as("admin").queryParam("editionId", edition).when().get("/students/" + student + "/pending-exams")
                .then().statusCode(200).extract().jsonPath();
    }

    @Test
    void anAbsentCandidateGetsNoDocumentAndTheSessionCloses() {
        long session = Api.heldSession();
        // an absence assessed nothing: unit results are refused and nothing is saved
        record(session, 11, Api.outcome("ABSENT", false, false)).then().statusCode(422)
                .contentType("application/problem+json")
                .body("type", is("https://formapro.it/problems/inconsistent-outcome"))
                .body("detail", containsString("did not sit the exam"))
                .body("violations[0].field", is("units"));
        board().when().get("/exam-sessions/" + session + "/outcomes/11").then().statusCode(404);

        record(session, 11, ABSENT).then().statusCode(200)
                .body("result", is("ABSENT")).body("units", empty()).body("note", is("Non presente alla prova"));

        for (String documents : List.of("certificates", "learning-records")) {
            board().contentType(ContentType.JSON).body(Map.of("studentId", 11))
                    .when().post("/exam-sessions/" + session + "/" + documents).then().statusCode(422)
                    .contentType("application/problem+json")
                    .body("type", is("https://formapro.it/problems/candidate-absent"))
                    .body("detail", containsString("was ABSENT from exam session " + session))
                    .body("detail", containsString("sits a later session of the edition"))
                    .body("figures.outcome", is("ABSENT"));
        }
        board().when().get("/exam-sessions/" + session + "/documents").then().statusCode(200).body("size()", is(0));

        // an absence is an outcome: with the other three assessed, the session closes
        Api.pass(session, 5);
        Api.fail(session, 13);
        Api.pass(session, 15);
        Api.status(session, "CLOSED");
        as("admin").queryParam("sessionId", session).when().get("/audit-events").then().statusCode(200)
                .body("find { it.detail.startsWith('student 11') }.detail", is("student 11: ABSENT (did not sit the exam)"));
    }

    @Test
    void theAbsentStudentSitsALaterSessionAndIsPendingUntilThen() {
        long edition = DownstreamStubs.copyOfEdition12();
        long first = closedWith11Absent(edition);

        // CONFIRMED on the edition and no document of it: the exam is still to be sat
        Map<String, Object> pending = pendingExams(11, edition).getMap("find { it.sessionId == " + first + " }");
        assertEquals(Map.of("reason", "ABSENT_FROM_EXAM", "outcome", "ABSENT", "status", "CLOSED"),
                Map.of("reason", pending.get("reason"), "outcome", pending.get("outcome"), "status", pending.get("status")));
        // an edition the caller does not hold the student CONFIRMED on (withdrawn): the absence keeps nothing
        as("admin").when().get("/students/11/pending-exams").then().statusCode(200)
                .body("findAll { it.sessionId == " + first + " }", empty());

        // the later session admits the student again; the fail there issues the learning record, which concludes it
        long retake = Api.createSession(edition);
        board().when().get("/exam-sessions/" + retake + "/admissions").then().statusCode(200)
                .body("candidates.find { it.studentId == 11 }.decision", is("ADMITTED"));
        Api.freeze(retake);
        Api.status(retake, "HELD");
        Api.fail(retake, 11);
        board().contentType(ContentType.JSON).body(Map.of("studentId", 11))
                .when().post("/exam-sessions/" + retake + "/learning-records").then().statusCode(201);
        assertEquals(List.of(), pendingExams(11, edition).getList("findAll { it.editionId == " + edition + " }"));
        // the retake is the student's assessment now: the first session's ABSENT is no longer corrected
        record(first, 11, passedBecause("Presente secondo il verbale")).then().statusCode(409)
                .contentType("application/problem+json")
                .body("detail", containsString("has since sat exam session " + retake + " of the edition (FAILED)"));
    }

    /** A session of the edition, CLOSED with student 11 recorded ABSENT and the other three admitted passed. */
    static long closedWith11Absent(long edition) {
        long session = Api.createSession(edition);
        Api.freeze(session);
        Api.status(session, "HELD");
        record(session, 11, ABSENT).then().statusCode(200);
        Api.pass(session, 5);
        Api.pass(session, 13);
        Api.pass(session, 15);
        Api.status(session, "CLOSED");
        return session;
    }

    static Map<String, Object> passedBecause(String note) {
        Map<String, Object> outcome = new HashMap<>(Api.outcome("PASSED", true, true));
        outcome.put("note", note);
        return outcome;
    }

    @Test
    void anAbsenceRecordedByMistakeIsCorrectedAfterClosingWithItsReason() {
        long edition = DownstreamStubs.copyOfEdition12();
        long session = closedWith11Absent(edition);

        // the correction needs its reason, an absence is not "corrected" into another absence, and nothing else opens
        record(session, 11, Api.outcome("PASSED", true, true)).then().statusCode(400)
                .contentType("application/problem+json")
                .body("detail", containsString("correcting the ABSENT of student 11 needs the reason in 'note'"));
        record(session, 11, ABSENT).then().statusCode(409).body("type", is("https://formapro.it/problems/session-closed"));
        record(session, 5, passedBecause("ripensamento")).then().statusCode(409)
                .body("type", is("https://formapro.it/problems/session-closed"))
                .body("detail", containsString("was not recorded ABSENT"));
        board().when().get("/exam-sessions/" + session + "/outcomes/11").then().statusCode(200).body("result", is("ABSENT"));

        record(session, 11, passedBecause("Firma di presenza sul verbale della prova")).then().statusCode(200)
                .body("result", is("PASSED")).body("note", is("Firma di presenza sul verbale della prova"));
        board().contentType(ContentType.JSON).body(Map.of("studentId", 11))
                .when().post("/exam-sessions/" + session + "/certificates").then().statusCode(201);
        as("admin").queryParam("sessionId", session).when().get("/audit-events").then().statusCode(200)
                .body("find { it.detail.contains('recorded by mistake') }.detail", is("student 11: ABSENT (did not sit "
                        + "the exam) -> PASSED (UC1 passed, UC2 passed) (session CLOSED; corrects an ABSENT recorded by "
                        + "mistake: Firma di presenza sul verbale della prova)"));
        assertEquals(List.of(), pendingExams(11, edition).getList("findAll { it.editionId == " + edition + " }"));
    }

    @Test
    void theDatabaseRefusesUnitResultsOnAnAbsence() throws SQLException {
        long session = Api.heldSession();
        long id = record(session, 15, ABSENT).then().statusCode(200).extract().jsonPath().getLong("id");
        String sql = "UPDATE exam_outcome SET unit_results = '[{\"code\":\"UC1\",\"passed\":true}]' WHERE id = ?";
        try (Connection c = dataSource.getConnection(); PreparedStatement statement = c.prepareStatement(sql)) {
            statement.setLong(1, id);
            SQLException e = assertThrows(SQLException.class, statement::executeUpdate);
            assertTrue(e.getMessage().contains("exam_outcome_absent_assessed_nothing"), e.getMessage());
        }
        // the board corrects an absence recorded by mistake while the session is open
        record(session, 15, Api.outcome("PASSED", true, true)).then().statusCode(200).body("result", is("PASSED"));
    }
}
