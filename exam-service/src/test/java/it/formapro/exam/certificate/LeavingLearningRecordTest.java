package it.formapro.exam.certificate;

import static io.restassured.RestAssured.given;
import static it.formapro.exam.support.Api.as;
import static it.formapro.exam.support.Api.board;
import static it.formapro.common.testing.DatabaseGuard.assertRefused;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import it.formapro.common.digest.Sha256;
import it.formapro.exam.support.Api;
import it.formapro.exam.support.DownstreamStubs;
import it.formapro.exam.support.TestClock;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.sql.DataSource;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/**
 * The learning record of a student who left the course, with no exam session (POST
 * /editions/{editionId}/learning-records). Edition 23 of the stubs has students of its own (41-54), so the documents
 * issued here touch no other test's data.
 */
@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
@QuarkusTestResource(DownstreamStubs.class)
class LeavingLearningRecordTest {

    static final long EDITION = DownstreamStubs.LEAVING_EDITION;

    @Inject
    DataSource dataSource;

    static Response onLeaving(long edition, long student) {
        return onLeaving(board(), edition, student);
    }

    static Response onLeaving(RequestSpecification as, long edition, long student) {
        return as.contentType(ContentType.JSON).body(Map.of("studentId", student))
                .when().post("/editions/" + edition + "/learning-records");
    }

    static Response inSession(long session, long student) {
        return board().contentType(ContentType.JSON).body(Map.of("studentId", student))
                .when().post("/exam-sessions/" + session + "/learning-records");
    }

    static List<Map<String, Object>> documentsOf(long student) {
        return board().when().get("/editions/" + EDITION + "/documents").then().statusCode(200).extract().jsonPath()
                .getList("findAll { it.studentId == " + student + " }");
    }

    static long heldSession() {
        long session = Api.createSession(EDITION);
        Api.freeze(session);
        Api.status(session, "HELD");
        return session;
    }

    static long sequence(String number) {
        return Long.parseLong(number.substring(9));
    }

    @Test
    void aStudentWhoLeftGetsTheLearningRecordWithTheHoursAttendedAndTheUnitsPassed() throws Exception {
        JsonPath record = onLeaving(EDITION, 41).then().statusCode(201)
                .header("Location", containsString("/certificates/"))
                .body("kind", is("LEARNING_RECORD"))
                .body("status", is("VALID"))
                .body("number", matchesPattern("DFA-" + TestClock.TODAY.getYear() + "-\\d{6}"))
                .body("verificationCode", matchesPattern("[A-Z2-7]{16}"))
                .body("sessionId", nullValue())
                .body("editionId", is((int) EDITION))
                .body("studentId", is(41))
                .body("content.title", is("Documento di formalizzazione degli apprendimenti"))
                .body("content.holder.lastName", is("Marchetti 41"))
                .body("content.authority.providerAccreditation", is(DownstreamStubs.ACCREDITATION))
                .body("content.qualification.title", is("Addetto al servizio clienti"))
                .body("content.competenceUnits.size()", is(0))
                .body("content.trainingUnitsPassed.code", is(List.of("1", "3")))
                .body("content.trainingUnitsPassed.title", is(List.of("Sicurezza sul lavoro", "Comunicazione con il cliente")))
                .body("content.course.editionId", is((int) EDITION))
                .body("content.course.hoursAttended", is(64.5f))
                .body("content.course.internshipHours", is(0.0f))
                .body("content.course.withdrawn", is(true))
                .body("content.assessment", nullValue())
                // attendance-service's withdrawal date (the 15th), not the day enrollment-service recorded it
                .body("content.leaving.withdrawnOn", is("2027-03-15"))
                .body("content.leaving.statement", containsString("uscita anticipata dal percorso formativo (ritiro il 15/03/2027)"))
                .body("content.leaving.statement", containsString("Nessuna valutazione finale e' stata svolta"))
                .extract().jsonPath();
        long id = record.getLong("id");

        // verifiable by anyone, like every document
        given().when().get("/certificates/verify/" + record.getString("verificationCode")).then().statusCode(200)
                .body("status", is("VALID"))
                .body("documentType", is("LEARNING_RECORD"))
                .body("number", is(record.getString("number")))
                .body("holderInitials", is("S. M."))
                .body("pdfSha256", is(record.getString("pdfSha256")));

        byte[] pdf = board().when().get("/certificates/" + id + "/pdf").then().statusCode(200)
                .contentType("application/pdf").extract().asByteArray();
        assertEquals(record.getString("pdfSha256"), Sha256.hex(pdf), "the PDF served is the one issued");
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
            assertTrue(text.contains("Documento di formalizzazione degli apprendimenti"), text);
            assertTrue(text.contains(record.getString("number")), text);
            assertTrue(text.contains("Documento rilasciato all'uscita anticipata dal percorso formativo (ritiro il "
                    + "15/03/2027). Nessuna valutazione finale e' stata svolta"), text);
            assertTrue(text.contains("Esame finale Nessuna valutazione svolta"), text);
            assertTrue(text.contains("Ritiro dal corso 15/03/2027"), text);
            assertTrue(text.contains("Ore effettivamente frequentate 64.5 h"), text);
            assertTrue(text.contains("1 Sicurezza sul lavoro, 3 Comunicazione con il cliente"), text);
            assertFalse(text.contains("Normativa di settore"), "unit 2's check was failed: " + text);
            assertFalse(text.contains("Commissione"), "no board sat: " + text);
        }
        board().when().get("/certificates/" + id).then().statusCode(200)
                .body("number", is(record.getString("number"))).body("sessionId", nullValue());

        // listed with the edition's documents, in the student's personal data, and in the audit trail
        assertEquals(List.of(record.getString("number")), documentsOf(41).stream().map(d -> d.get("number")).toList());
        as("admin").when().get("/students/41/personal-data").then().statusCode(200)
                .body("documents.number", is(List.of(record.getString("number"))))
                .body("documents[0].content.leaving.withdrawnOn", is("2027-03-15"));
        as("admin").queryParam("entityType", "DOCUMENT").queryParam("entityId", id).when().get("/audit-events")
                .then().statusCode(200)
                .body("action", is(List.of("LEARNING_RECORD_ISSUED")))
                .body("[0].sessionId", nullValue())
                .body("[0].detail", containsString("on leaving edition 23 (withdrawn on 2027-03-15, no exam)"));

        // revocable like every document
        as("admin").contentType(ContentType.JSON).body(Map.of("reason", "Issued on a withdrawal recorded in error",
                        "revokedOn", TestClock.TODAY.toString()))
                .when().post("/certificates/" + id + "/revocation").then().statusCode(200)
                .body("status", is("REVOKED")).body("sessionId", nullValue());
        given().when().get("/certificates/verify/" + record.getString("verificationCode")).then().statusCode(200)
                .body("status", is("REVOKED"));
    }

    /**
     * A record on leaving issued with wrong content is corrected like a session's document (CertificateResourceTest,
     * aCertificateIssuedOnAWrongOutcome...): revoked, never deleted, then issued again; the revoked one no longer
     * counts towards "once per student and edition", the new one does.
     */
    @Test
    void aRecordOnLeavingIssuedWrongIsRevokedThenIssuedAgain() {
        JsonPath wrong = onLeaving(EDITION, 56).then().statusCode(201).extract().jsonPath();
        as("admin").contentType(ContentType.JSON).body(Map.of("reason", "Hours attended read before the register "
                        + "was completed", "revokedOn", TestClock.TODAY.toString()))
                .when().post("/certificates/" + wrong.getLong("id") + "/revocation").then().statusCode(200);

        JsonPath right = onLeaving(EDITION, 56).then().statusCode(201)
                .body("status", is("VALID")).body("sessionId", nullValue())
                .body("content.course.hoursAttended", is(64.5f))
                .extract().jsonPath();
        assertEquals(sequence(wrong.getString("number")) + 1, sequence(right.getString("number")));
        board().when().get("/editions/" + EDITION + "/documents").then().statusCode(200)
                .body("find { it.id == " + wrong.getLong("id") + " }.status", is("REVOKED"))
                .body("find { it.id == " + right.getLong("id") + " }.status", is("VALID"));
        given().when().get("/certificates/verify/" + wrong.getString("verificationCode")).then().statusCode(200)
                .body("status", is("REVOKED"));
        given().when().get("/certificates/verify/" + right.getString("verificationCode")).then().statusCode(200)
                .body("status", is("VALID"));

        // once more: the standing record is the one in the way, not the revoked one
        onLeaving(EDITION, 56).then().statusCode(409).contentType("application/problem+json")
                .body("type", is("https://formapro.it/problems/already-issued"))
                .body("detail", containsString("Student 56 already has LEARNING_RECORD " + right.getString("number")
                        + ", issued on leaving edition 23"))
                .body("figures.documentId", is(right.getInt("id")));
        assertEquals(2, documentsOf(56).size());
    }

    /** "On leaving, or by a session, never both" holds for the standing records: a revoked one leaves the place free. */
    @Test
    void aRevokedRecordOnLeavingMakesWayForTheExamSessionsRecord() {
        JsonPath onLeaving = onLeaving(EDITION, 59).then().statusCode(201).extract().jsonPath();
        as("admin").contentType(ContentType.JSON).body(Map.of("reason", "Withdrawal recorded in error: the student "
                        + "came back and sat the exam", "revokedOn", TestClock.TODAY.toString()))
                .when().post("/certificates/" + onLeaving.getLong("id") + "/revocation").then().statusCode(200);
        long session = heldSession();
        JsonPath inSession = inSession(session, 59).then().statusCode(201)
                .body("sessionId", is((int) session)).extract().jsonPath();
        onLeaving(EDITION, 59).then().statusCode(409).contentType("application/problem+json")
                .body("type", is("https://formapro.it/problems/already-issued"))
                .body("detail", containsString("Student 59 already has LEARNING_RECORD " + inSession.getString("number")
                        + " for exam session " + session))
                .body("figures.documentId", is(inSession.getInt("id")));
    }

    /**
     * [001] sez. 11: the record states "il numero di ore di effettiva frequenza". Student 55 attended all 30 h of a unit
     * credited 5 h: the admission figure leaves those 5 h out (59.5 h), the record prints every hour attended (64.5 h).
     */
    @Test
    void theRecordOnLeavingPrintsTheHoursActuallyAttendedNotTheAdmissionFigure() throws Exception {
        JsonPath record = onLeaving(EDITION, DownstreamStubs.LEFT_WITH_CREDIT).then().statusCode(201)
                .body("content.course.hoursAttended", is(64.5f))
                .body("content.course.internshipHours", is(0.0f))
                .extract().jsonPath();
        byte[] pdf = board().when().get("/certificates/" + record.getLong("id") + "/pdf").then().statusCode(200)
                .extract().asByteArray();
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
            assertTrue(text.contains("Ore effettivamente frequentate 64.5 h"), text);
        }
    }

    @Test
    void aStudentStillOnTheCourseGetsItOnlyAfterTheExam() {
        onLeaving(EDITION, DownstreamStubs.STILL_ON_COURSE).then().statusCode(422).contentType("application/problem+json")
                .body("type", is("https://formapro.it/problems/student-not-withdrawn"))
                .body("detail", containsString("Student 42 has not left edition 23: enrollment 142 is CONFIRMED, not WITHDRAWN"))
                .body("detail", containsString("gets the learning record only after the exam"))
                .body("figures.enrollmentStatus", is("CONFIRMED"));
        onLeaving(EDITION, DownstreamStubs.NOT_ENROLLED).then().statusCode(422)
                .body("type", is("https://formapro.it/problems/student-not-enrolled"))
                .body("detail", containsString("Student 48 has no enrollment in edition 23"));
        onLeaving(EDITION, DownstreamStubs.NEVER_CONFIRMED).then().statusCode(422)
                .body("type", is("https://formapro.it/problems/student-never-on-course"));
        for (long student : new long[] {DownstreamStubs.STILL_ON_COURSE, DownstreamStubs.NOT_ENROLLED,
                DownstreamStubs.NEVER_CONFIRMED}) {
            assertEquals(List.of(), documentsOf(student), "nothing issued to " + student);
        }
    }

    @Test
    void onceOnlyAndTheIdempotencyKeyReplays() {
        RequestSpecification keyed = board().header("Idempotency-Key", "leaving-45");
        JsonPath first = onLeaving(keyed, EDITION, 45).then().statusCode(201).extract().jsonPath();
        onLeaving(board().header("Idempotency-Key", "leaving-45"), EDITION, 45).then().statusCode(201)
                .header("Idempotent-Replayed", "true")
                .body("id", is(first.getInt("id")))
                .body("number", is(first.getString("number")))
                .body("pdfSha256", is(first.getString("pdfSha256")));
        onLeaving(EDITION, 45).then().statusCode(409).contentType("application/problem+json")
                .body("type", is("https://formapro.it/problems/already-issued"))
                .body("detail", containsString("Student 45 already has LEARNING_RECORD " + first.getString("number")
                        + ", issued on leaving edition 23"))
                .body("figures.documentId", is(first.getInt("id")))
                .body("figures.number", is(first.getString("number")));
        onLeaving(board().header("Idempotency-Key", "leaving-45-again"), EDITION, 45).then().statusCode(409);
        // the key names the first request: it cannot issue to another student
        onLeaving(board().header("Idempotency-Key", "leaving-45"), EDITION, DownstreamStubs.STILL_ON_COURSE).then()
                .statusCode(422).body("type", is("https://formapro.it/problems/idempotency-key-reused"));
        assertEquals(1, documentsOf(45).size());
        assertEquals(List.of(), documentsOf(DownstreamStubs.STILL_ON_COURSE));
    }

    @Test
    void parallelRequestsIssueExactlyOne() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(6);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Integer>> futures = new ArrayList<>();
            for (int i = 0; i < 6; i++) {
                futures.add(pool.submit(() -> {
                    start.await();
                    return onLeaving(EDITION, 53).statusCode();
                }));
            }
            start.countDown();
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> f : futures) {
                statuses.add(f.get());
            }
            assertEquals(1, statuses.stream().filter(s -> s == 201).count(), statuses.toString());
            assertEquals(5, statuses.stream().filter(s -> s == 409).count(), statuses.toString());
        } finally {
            pool.shutdownNow();
        }
        assertEquals(1, documentsOf(53).size());
    }

    @Test
    void theExamSessionRefusesALearningRecordToAStudentWhoGotOneOnLeaving() {
        String number = onLeaving(EDITION, 43).then().statusCode(201).extract().path("number");
        long session = heldSession();
        inSession(session, 43).then().statusCode(409).contentType("application/problem+json")
                .body("type", is("https://formapro.it/problems/already-issued"))
                .body("detail", containsString("Student 43 already has LEARNING_RECORD " + number
                        + ", issued on leaving edition 23"))
                .body("detail", containsString("a student gets one learning record for the edition"))
                .body("figures.number", is(number));
        board().when().get("/exam-sessions/" + session + "/documents").then().statusCode(200).body("size()", is(0));
        assertEquals(1, documentsOf(43).size());
    }

    @Test
    void aStudentWhoGotTheLearningRecordInAnExamSessionGetsNoneOnLeaving() {
        long session = heldSession();
        JsonPath inSession = inSession(session, 44).then().statusCode(201)
                .body("sessionId", is((int) session)).body("editionId", is((int) EDITION))
                .body("content.assessment.outcome", is("NOT_ASSESSED")).body("content.leaving", nullValue())
                .extract().jsonPath();
        onLeaving(EDITION, 44).then().statusCode(409).contentType("application/problem+json")
                .body("type", is("https://formapro.it/problems/already-issued"))
                .body("detail", containsString("Student 44 already has LEARNING_RECORD " + inSession.getString("number")
                        + " for exam session " + session + " of edition 23"))
                .body("figures.sessionId", is((int) session));
        assertEquals(List.of(inSession.getString("number")),
                documentsOf(44).stream().map(d -> d.get("number")).toList());
    }

    @Test
    void noRecordWithoutTheProvidersAccreditationAndNoNumberIsUsed() {
        String before = onLeaving(EDITION, 46).then().statusCode(201).extract().path("number");
        onLeaving(DownstreamStubs.NO_ACCREDITATION, DownstreamStubs.LEFT_NO_ACCREDITATION).then().statusCode(422)
                .contentType("application/problem+json")
                .body("type", is("https://formapro.it/problems/provider-accreditation-missing"))
                .body("detail", containsString("Edition 22 (Ente Formazione Demo) has no accreditation references"))
                .body("detail", containsString("Documento di formalizzazione degli apprendimenti"))
                .body("detail", containsString("PUT /editions/22, providerAccreditation"));
        board().when().get("/editions/" + DownstreamStubs.NO_ACCREDITATION + "/documents").then().statusCode(200)
                .body("findAll { it.studentId == 51 }.size()", is(0));
        String after = onLeaving(EDITION, 50).then().statusCode(201).extract().path("number");
        assertEquals(sequence(before) + 1, sequence(after), before + " then " + after);
    }

    @Test
    void anUnknownEditionIs404() {
        onLeaving(DownstreamStubs.UNKNOWN_EDITION, 41).then().statusCode(404).contentType("application/problem+json")
                .body("type", is("https://formapro.it/problems/unknown-edition"))
                .body("detail", containsString("Edition 404 does not exist in catalog-service"));
        board().when().get("/editions/" + DownstreamStubs.UNKNOWN_EDITION + "/documents").then().statusCode(200)
                .body("size()", is(0));
    }

    @Test
    void attendanceUnavailableIs503AndNothingIsIssued() {
        onLeaving(EDITION, DownstreamStubs.ATTENDANCE_BROKEN_STUDENT).then().statusCode(503)
                .contentType("application/problem+json")
                .body("type", is("https://formapro.it/problems/service-unavailable"))
                .body("figures.service", is("attendance-service"));
        assertEquals(List.of(), documentsOf(DownstreamStubs.ATTENDANCE_BROKEN_STUDENT));
    }

    @Test
    void onlyTheExamBoardAndAdminIssueAndTheBodyIsChecked() {
        onLeaving(as("tutor"), EDITION, 41).then().statusCode(403).contentType("application/problem+json");
        onLeaving(given(), EDITION, 41).then().statusCode(401).contentType("application/problem+json");
        board().contentType(ContentType.JSON).body(Map.of()).when().post("/editions/" + EDITION + "/learning-records")
                .then().statusCode(400).contentType("application/problem+json");
    }

    @Test
    void theErasurePseudonymisesARecordIssuedOnLeaving() {
        JsonPath record = onLeaving(EDITION, 52).then().statusCode(201).extract().jsonPath();
        as("admin").when().post("/students/52/erasure").then().statusCode(200).body("documentsPseudonymised", is(1));
        board().when().get("/certificates/" + record.getLong("id")).then().statusCode(200)
                .body("content.holder.lastName", is("ANON-52"))
                .body("content.leaving.withdrawnOn", is("2027-03-15"))
                .body("sessionId", nullValue());
        board().when().get("/certificates/" + record.getLong("id") + "/pdf").then().statusCode(200)
                .header("X-Pseudonymised", "true");
        given().when().get("/certificates/verify/" + record.getString("verificationCode")).then().statusCode(200)
                .body("status", is("VALID")).body("holderPseudonymised", is(true))
                .body("pdfSha256", is(record.getString("pdfSha256")));
    }

    @Test
    void theDatabaseKeepsOneRecordOnLeavingAndFreezesItsEditionAndSession() throws Exception {
        long id = onLeaving(EDITION, 54).then().statusCode(201).extract().jsonPath().getLong("id");
        long session = heldSession();
        String copy = "INSERT INTO issued_document (kind, number, verification_code, session_id, edition_id, student_id, "
                + "holder_initials, qualification_title, issued_on, issued_at, issued_by, content, pdf, pdf_sha256) "
                + "SELECT %s, number || '-X', 'ZZZZZZZZZZZZZZZZ', %s, %s, student_id, holder_initials, "
                + "qualification_title, issued_on, issued_at, issued_by, content, pdf, pdf_sha256 "
                + "FROM issued_document WHERE id = ?";
        assertRefused(dataSource, copy.formatted("kind", "NULL", "edition_id"), id, "issued_document_once_on_leaving");
        assertRefused(dataSource, copy.formatted("kind", session, "edition_id"), id,
                "already has a learning record for edition 23");
        assertRefused(dataSource, copy.formatted("'CERTIFICATE'", "NULL", "edition_id + 1000"), id,
                "issued_document_session_unless_leaving");
        assertRefused(dataSource, copy.formatted("'CERTIFICATE'", session, "edition_id + 1000"), id,
                "is not the edition of exam session");
        assertRefused(dataSource, "UPDATE issued_document SET edition_id = edition_id + 1 WHERE id = ?", id, "frozen");
        assertRefused(dataSource, "UPDATE issued_document SET session_id = " + session + " WHERE id = ?", id, "frozen");
    }

    /**
     * A student admitted on a frozen list who then left the course gets the learning record on leaving: that concludes
     * the exam of the session too (no session issues a second learning record), so nothing is pending for an erasure.
     */
    @Test
    void theLearningRecordOnLeavingConcludesTheExamOfASessionThatHadAdmittedTheStudent() throws Exception {
        long student = DownstreamStubs.LEFT_AFTER_ADMISSION;
        long session = Api.createSession(EDITION);
        Api.freeze(session);
        // the stubs answer as of today, when the student has left: the entry of the day the list was frozen is written
        try (Connection c = dataSource.getConnection(); PreparedStatement admit = c.prepareStatement(
                "INSERT INTO admission_entry (session_id, student_id, admitted, withdrawn, content) "
                        + "SELECT session_id, ?, true, false, content FROM admission_entry WHERE session_id = ? "
                        + "AND student_id = " + DownstreamStubs.STILL_ON_COURSE)) {
            admit.setLong(1, student);
            admit.setLong(2, session);
            assertEquals(1, admit.executeUpdate());
        }
        as("admin").when().get("/students/" + student + "/pending-exams").then().statusCode(200)
                .body("find { it.sessionId == " + session + " }.reason", is("NO_DOCUMENT_YET"));

        String record = onLeaving(EDITION, student).then().statusCode(201).extract().path("number");
        as("admin").when().get("/students/" + student + "/pending-exams").then().statusCode(200)
                .body("find { it.sessionId == " + session + " }", nullValue());

        // and the session certifies them no more than it issues a second learning record, unless that one is revoked
        Api.status(session, "HELD");
        Api.pass(session, student);
        board().contentType(ContentType.JSON).body(Map.of("studentId", student))
                .when().post("/exam-sessions/" + session + "/certificates").then().statusCode(409)
                .contentType("application/problem+json")
                .body("type", is("https://formapro.it/problems/already-issued"))
                .body("detail", containsString("holds the learning record on leaving: revoke it first if the student did "
                        + "sit this exam"))
                .body("figures.number", is(record));
    }
}
