package it.formapro.e2e;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.DeserializationFeature;
import io.restassured.http.ContentType;
import it.formapro.portal.catalog.api.QualificationsApi;
import it.formapro.portal.catalog.model.QualificationSummary;
import it.formapro.portal.enrollment.api.EnrollmentsApi;
import it.formapro.portal.enrollment.api.PortalApplicationsApi;
import it.formapro.portal.enrollment.model.EnrollmentStatus;
import it.formapro.portal.enrollment.model.PortalReceipt;
import it.formapro.portal.enrollment.model.PreEnrollmentRequest;
import it.formapro.portal.enrollment.model.StudentInput;
import it.formapro.portal.exam.api.PublicVerificationApi;
import it.formapro.portal.exam.model.Verification;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The real suite, started the way a user starts it (scripts/suite.sh: PostgreSQL, Keycloak from the Maven Central
 * distribution with the realm imported, the four packaged services), driven over HTTP with real Keycloak tokens.
 */
@Order(1)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@org.junit.jupiter.api.extension.ExtendWith(RealSuite.class)
class SuiteLifecycleIT {

    private static final Suite SUITE = RealSuite.SUITE;
    private static final Tokens TOKENS = new Tokens();
    private static Lifecycle.Report report001;
    private static Lifecycle.Report report000;

    @Test
    @Order(1)
    void standard001GoesFromTheFrontDeskToACertificateWithThe70PercentRule() {
        report001 = new Lifecycle(TOKENS).run("001");

        assertEquals(List.of("AGE"), report001.refusedApplicantRules(), "a 17-year-old without right-duty is refused on age");
        assertEquals(208.0, report001.deliveredHours(), 0.001, "001 delivers its 208 hours net of the internship");
        assertEquals("70 %", report001.threshold());
        Lifecycle.Student anna = report001.students().get("Anna");
        assertEquals("ADMITTED", anna.admission());
        assertEquals("PASSED", anna.outcome());
        assertEquals("CERTIFICATE", anna.documentKind());
        assertTrue(anna.documentNumber().matches("CQP-\\d{4}-\\d{6}"), anna.documentNumber());
        assertEquals("VALID", anna.verificationStatus());
        Lifecycle.Student bruno = report001.students().get("Bruno");
        assertEquals("ADMITTED", bruno.admission(), "late arrivals still leave Bruno above 70 %");
        assertEquals("FAILED", bruno.outcome());
        assertEquals("LEARNING_RECORD", bruno.documentKind());
        Lifecycle.Student carla = report001.students().get("Carla");
        assertEquals("EXCLUDED", carla.admission());
        assertTrue(carla.outcome().contains("422"), "no outcome for a candidate who was not admitted: " + carla.outcome());
        assertEquals("LEARNING_RECORD", carla.documentKind());
        assertTrue(report001.exclusionReasons().stream().anyMatch(r -> r.contains("below 70 %") && r.contains("Standard 001")),
                report001.exclusionReasons().toString());
        assertTrue(report001.exclusionReasons().stream().anyMatch(r -> r.contains("internship") && r.contains("60.0 h")),
                report001.exclusionReasons().toString());
        assertTrue(report001.calendarCompliant(), report001.calendarShortfalls().toString());
        assertTrue(report001.calendarRulesChecked().containsAll(List.of("TOTAL_HOURS", "INTERNSHIP_MIN", "UNIT_MIN_HOURS")),
                report001.calendarRulesChecked().toString());
    }

    @Test
    @Order(2)
    void standard000AppliesThe80PercentRule() {
        Lifecycle.Report report = new Lifecycle(TOKENS).run("000");
        report000 = report;

        assertEquals(List.of("EDUCATION"), report.refusedApplicantRules(), "an EQF 3 title does not open an EQF 4 course");
        assertEquals(250.0, report.deliveredHours(), 0.001);
        assertEquals("80 %", report.threshold());
        assertEquals("PASSED", report.students().get("Anna").outcome());
        assertEquals("EXCLUDED", report.students().get("Carla").admission());
        assertTrue(report.exclusionReasons().stream().anyMatch(r -> r.contains("below 80 %")), report.exclusionReasons().toString());
        // 175 classroom hours of 125, 20 flagged for key competences, 75 internship hours of the 75 internship + lab
        assertTrue(report.calendarCompliant(), report.calendarShortfalls().toString());
        assertTrue(report.calendarRulesChecked().containsAll(List.of("TOTAL_HOURS", "CLASSROOM_MIN", "KEY_COMPETENCES_MIN",
                "INTERNSHIP_PLUS_LAB_MIN", "UNIT_MIN_HOURS")), report.calendarRulesChecked().toString());
    }

    /**
     * After the 000 session is CLOSED the board finds Anna's outcome wrong: the certificate is revoked, the outcome
     * corrected in the closed session and the right document issued there; a session scheduled again for the edition
     * and cancelled takes nothing.
     */
    @Test
    @Order(3)
    void aClosedSessionCorrectsARevokedCertificateAndACancelledSessionTakesNothing() {
        Lifecycle.Student anna = report000.students().get("Anna");
        long session = report000.examSessionId();
        long certificate = Lifecycle.get(Suite.EXAM + "/exam-sessions/" + session + "/documents", TOKENS.board(), 200)
                .getLong("find { it.number == '" + anna.documentNumber() + "' }.id");
        List<String> units = Lifecycle.get(Suite.CATALOG + "/editions/" + report000.editionId() + "/rules", TOKENS.tutor(), 200)
                .getList("competenceUnits.code");
        List<Map<String, Object>> firstFailed = new java.util.ArrayList<>();
        for (int i = 0; i < units.size(); i++) {
            firstFailed.add(Map.of("code", units.get(i), "passed", i > 0));
        }
        Map<String, Object> failed = Map.of("result", "FAILED", "units", firstFailed);
        // closed, and the certificate stands: the outcome cannot change
        given().auth().oauth2(TOKENS.board()).contentType(ContentType.JSON).body(failed)
                .put(Suite.EXAM + "/exam-sessions/" + session + "/outcomes/" + anna.id()).then().statusCode(409)
                .contentType("application/problem+json").body("detail", containsString("revoke " + anna.documentNumber()));

        Lifecycle.send("POST", Suite.EXAM + "/certificates/" + certificate + "/revocation", TOKENS.admin(),
                Map.of("reason", "Esito registrato per errore", "revokedOn", Suite.today().toString()), 200);
        Lifecycle.send("PUT", Suite.EXAM + "/exam-sessions/" + session + "/outcomes/" + anna.id(), TOKENS.board(), failed, 200);
        String record = Lifecycle.send("POST", Suite.EXAM + "/exam-sessions/" + session + "/learning-records", TOKENS.board(),
                Map.of("studentId", anna.id()), 201).getString("number");
        assertTrue(record.startsWith("DFA-"), record);
        given().get(Suite.EXAM + "/certificates/verify/" + anna.verificationCode()).then().statusCode(200)
                .body("status", is("REVOKED"));

        long retake = Lifecycle.send("POST", Suite.EXAM + "/exam-sessions", TOKENS.board(), Map.of(
                "editionId", report000.editionId(), "examDate", Suite.today().toString(), "place", "Sede dell'ente, aula 2",
                "board", List.of(Map.of("role", "PRESIDENT", "fullName", "Dott.ssa Anna Ferraro", "appointedBy", "REGION"))),
                201).getLong("id");
        Lifecycle.send("PUT", Suite.EXAM + "/exam-sessions/" + retake + "/status", TOKENS.board(),
                Map.of("status", "CANCELLED", "reason", "Commissione regionale non nominata"), 200);
        given().auth().oauth2(TOKENS.board()).post(Suite.EXAM + "/exam-sessions/" + retake + "/admissions/freeze").then()
                .statusCode(409).contentType("application/problem+json")
                .body("type", is("https://formapro.it/problems/session-cancelled"))
                .body("detail", containsString("Commissione regionale non nominata"));
    }

    @Test
    @Order(4)
    void aPortalReadsTheCatalogueAndVerifiesCertificatesWithTheGeneratedClient() throws Exception {
        var catalogClient = new it.formapro.portal.catalog.client.ApiClient();
        catalogClient.updateBaseUri(Suite.CATALOG);
        catalogClient.setRequestInterceptor(request -> request.header("Authorization", "Bearer " + TOKENS.portal()));
        QualificationsApi catalogue = new QualificationsApi(catalogClient);
        // (allVersions, eqf, page, q, region, sector, size)
        List<QualificationSummary> qualifications = catalogue.qualificationResourceList(null, null, null, null, null, null, null);
        assertEquals(List.of("000", "001", "002", "003", "004"), qualifications.stream().map(QualificationSummary::getCode).toList());
        // a portal looking for what fits a call centre in Campania: its Region and its ATECO code
        assertEquals(List.of("003"), catalogue.qualificationResourceList(null, null, null, "N.82.20.00", "Campania", null, null)
                .stream().map(QualificationSummary::getCode).toList());

        var examClient = new it.formapro.portal.exam.client.ApiClient();
        examClient.updateBaseUri(Suite.EXAM); // anonymous: no token
        PublicVerificationApi verification = new PublicVerificationApi(examClient);
        Lifecycle.Student anna = report001.students().get("Anna");
        Verification valid = verification.verificationResourceVerify(anna.verificationCode());
        assertEquals(Verification.StatusEnum.VALID, valid.getStatus());
        assertEquals(anna.documentNumber(), valid.getNumber());
        assertEquals("A. F.", valid.getHolderInitials(), "the anonymous answer carries initials only");

        long certificateId = given().auth().oauth2(TOKENS.board())
                .get(Suite.EXAM + "/exam-sessions/" + report001.examSessionId() + "/documents")
                .then().statusCode(200).extract().jsonPath()
                .getLong("find { it.number == '" + anna.documentNumber() + "' }.id");
        given().auth().oauth2(TOKENS.board()).contentType(ContentType.JSON)
                .body(Map.of("reason", "Certificato rilasciato per errore materiale", "revokedOn", Suite.today().toString()))
                .post(Suite.EXAM + "/certificates/" + certificateId + "/revocation")
                .then().statusCode(200);
        assertEquals(Verification.StatusEnum.REVOKED, verification.verificationResourceVerify(anna.verificationCode()).getStatus());
    }

    /**
     * A portal applies, follows the Location of its 201 with the generated client (GET /applications/{id}) and sees
     * the front desk's confirmation; another portal client would get 404 (ApplicationResourceTest), the front desk's
     * own enrollments are not its applications.
     */
    @Test
    @Order(4)
    void aPortalFollowsItsApplicationWithTheGeneratedClient() throws Exception {
        Lifecycle lifecycle = new Lifecycle(TOKENS);
        long edition = lifecycle.openEdition(Map.of(
                "provider", "Ente di formazione demo", "providerAccreditation", Lifecycle.ACCREDITATION,
                "qualificationCode", "002", "title", "Portal applications", "location", "Napoli",
                "startDate", Suite.today().plusDays(30).toString(), "endDate", Suite.today().plusDays(150).toString(),
                "plannedHours", 300, "capacity", 5));
        var enrollmentClient = new it.formapro.portal.enrollment.client.ApiClient();
        enrollmentClient.updateBaseUri(Suite.ENROLLMENT);
        enrollmentClient.setRequestInterceptor(request -> request.header("Authorization", "Bearer " + TOKENS.portal()));
        // The pre-enrollment's 201 is oneOf PreEnrollment (front desk) or PortalReceipt (portal). The generated
        // deserializer tries both and wants exactly one to fit; it does not check required fields, and the default
        // mapper ignores unknown properties, so both fit any body. Refusing unknown properties, only the shape whose
        // fields the body has fits (PortalReceipt's enrollmentId is no property of PreEnrollment, and the reverse).
        enrollmentClient.setObjectMapper(it.formapro.portal.enrollment.client.ApiClient.createDefaultObjectMapper()
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES));
        StudentInput applicant = enrollmentClient.getObjectMapper()
                .convertValue(lifecycle.italianApplicantWithDiploma("Sara", "Conti"), StudentInput.class);
        var created = new EnrollmentsApi(enrollmentClient)
                .enrollmentResourcePreEnrollWithHttpInfo(edition, new PreEnrollmentRequest().applicant(applicant), null);
        assertEquals(201, created.getStatusCode());
        PortalReceipt submitted = created.getData().getPortalReceipt();
        assertEquals(EnrollmentStatus.PRE_ENROLLED, submitted.getStatus());
        long id = submitted.getEnrollmentId();
        String location = created.getHeaders().get("location").get(0);
        assertEquals("/applications/" + id, java.net.URI.create(location).getPath());

        PortalApplicationsApi applications = new PortalApplicationsApi(enrollmentClient);
        PortalReceipt receipt = applications.applicationResourceGet(id);
        assertEquals(EnrollmentStatus.PRE_ENROLLED, receipt.getStatus());
        assertEquals(it.formapro.portal.enrollment.model.Verdict.ELIGIBLE, receipt.getVerdict());
        assertEquals(List.of(), receipt.getRulesNotPassed());

        given().auth().oauth2(TOKENS.frontdesk()).post(Suite.ENROLLMENT + "/enrollments/" + id + "/confirmation")
                .then().statusCode(200).body("status", is("CONFIRMED"));
        receipt = applications.applicationResourceGet(id);
        assertEquals(EnrollmentStatus.CONFIRMED, receipt.getStatus());
        assertNull(receipt.getVerdict(), "nothing left to meet once confirmed");

        // (page, size, status): the portal's confirmed applications include this one
        var confirmed = applications.applicationResourceMineWithHttpInfo(0, 100, EnrollmentStatus.CONFIRMED);
        assertTrue(confirmed.getData().stream().anyMatch(r -> r.getEnrollmentId() == id), confirmed.getData().toString());
        assertTrue(Integer.parseInt(confirmed.getHeaders().get("x-total-count").get(0)) >= 1);
        // an id the portal did not submit answers like an unknown one
        long frontDesk = Lifecycle.send("POST", Suite.ENROLLMENT + "/editions/" + edition + "/enrollments", TOKENS.frontdesk(),
                Map.of("studentId", lifecycle.registerItalianWithDiploma("Luca", "Fontana", LocalDate.of(1985, 3, 14))), 201)
                .getLong("enrollment.id");
        var refused = org.junit.jupiter.api.Assertions.assertThrows(it.formapro.portal.enrollment.client.ApiException.class,
                () -> applications.applicationResourceGet(frontDesk));
        assertEquals(404, refused.getCode());

        // an edition already started (catalog's enrollable list offers it): enrollment reads attendance's hours
        // delivered for the TUI with the portal's own token, which attendance must accept (it was a 503)
        long started = lifecycle.openEdition(Map.of(
                "provider", "Ente di formazione demo", "providerAccreditation", Lifecycle.ACCREDITATION,
                "qualificationCode", "002", "title", "Portal applications, started", "location", "Napoli",
                "startDate", Suite.today().minusDays(3).toString(), "endDate", Suite.today().plusDays(120).toString(),
                "plannedHours", 300, "capacity", 5));
        given().auth().oauth2(TOKENS.portal()).contentType(ContentType.JSON)
                .body(Map.of("applicant", lifecycle.italianApplicantWithDiploma("Marta", "Galli")))
                .post(Suite.ENROLLMENT + "/editions/" + started + "/enrollments")
                .then().statusCode(201).body("verdict", is("ELIGIBLE"));
    }

    @Test
    @Order(5)
    void aServiceDownGivesA503WithAClearProblemAndTheSuiteContinuesOnceItIsBack() {
        // an edition, a student and a pre-enrollment, then attendance-service goes down
        LocalDate start = Suite.today().minusDays(5);
        LocalDate birth = LocalDate.of(1980, 1, 1).plusDays(new java.util.Random().nextInt(7000)); // unique codice fiscale per run
        Lifecycle lifecycle = new Lifecycle(TOKENS);
        long edition = lifecycle.openEdition(Map.of(
                "provider", "Ente di formazione demo", "providerAccreditation", Lifecycle.ACCREDITATION,
                "qualificationCode", "002", "title", "Outage drill", "location", "Napoli",
                "startDate", start.toString(), "endDate", Suite.today().plusDays(60).toString(),
                "plannedHours", 300, "capacity", 5));
        long student = lifecycle.registerItalianWithDiploma("Elena", "Moro", birth);
        long enrollment = Lifecycle.send("POST", Suite.ENROLLMENT + "/editions/" + edition + "/enrollments", TOKENS.frontdesk(),
                Map.of("studentId", student), 201).getLong("enrollment.id");
        long session = Lifecycle.send("POST", Suite.EXAM + "/exam-sessions", TOKENS.board(), Map.of(
                "editionId", edition, "examDate", Suite.today().plusDays(70).toString(), "place", "Aula magna",
                "board", List.of(Map.of("role", "PRESIDENT", "fullName", "Dott. Marco Villa", "appointedBy", "REGION"))), 201).getLong("id");

        SUITE.stop("attendance");
        try {
            long started = System.nanoTime();
            given().auth().oauth2(TOKENS.frontdesk()).post(Suite.ENROLLMENT + "/enrollments/" + enrollment + "/confirmation")
                    .then().statusCode(503).contentType("application/problem+json")
                    .body("type", is("https://formapro.it/problems/service-unavailable"))
                    .body("detail", containsString("attendance"));
            assertTrue((System.nanoTime() - started) / 1e9 < 15, "the 503 comes within the client timeouts, no hang");
            given().auth().oauth2(TOKENS.frontdesk()).get(Suite.ENROLLMENT + "/enrollments/" + enrollment)
                    .then().statusCode(200).body("status", is("PRE_ENROLLED"));
            given().auth().oauth2(TOKENS.board()).get(Suite.EXAM + "/exam-sessions/" + session + "/admissions")
                    .then().statusCode(503).contentType("application/problem+json").body("detail", containsString("attendance"));
        } finally {
            SUITE.restart("attendance");
        }

        // back: the same confirmation now goes through (circuit breakers close after their delay)
        int status = 0;
        for (int attempt = 0; attempt < 20 && status != 200; attempt++) {
            status = given().auth().oauth2(TOKENS.frontdesk()).post(Suite.ENROLLMENT + "/enrollments/" + enrollment + "/confirmation")
                    .then().extract().statusCode();
            if (status != 200) {
                Suite.pause(1000);
            }
        }
        assertEquals(200, status, "confirmation succeeds once attendance-service is back");
        given().auth().oauth2(TOKENS.tutor()).get(Suite.ATTENDANCE + "/editions/" + edition + "/participants")
                .then().statusCode(200).body("studentId", hasItem((int) student));
        given().auth().oauth2(TOKENS.board()).get(Suite.EXAM + "/exam-sessions/" + session + "/admissions")
                .then().statusCode(200);
    }

    @Test
    @Order(6)
    void aStudentsDataAreExportedAndErasedWhileTheLearningRecordStaysPseudonymised() {
        Lifecycle.Student bruno = report001.students().get("Bruno");
        long id = bruno.id();
        // the export gathers every service's record
        given().auth().oauth2(TOKENS.frontdesk()).get(Suite.ENROLLMENT + "/students/" + id + "/personal-data").then()
                .statusCode(200)
                .body("student.fiscalCode", notNullValue())
                .body("enrollments.enrollment.editionId", hasItem((int) report001.editionId()))
                .body("attendance.participations.editionId", hasItem((int) report001.editionId()))
                .body("attendance.attendance.size()", greaterThan(0))
                .body("exam.documents.number", hasItem(bruno.documentNumber()))
                .body("exam.documents[0].content.holder.lastName", not(startsWith("ANON-")));

        // refused while the edition runs, then erased once it is closed
        Map<String, String> request = Map.of("reason", "Richiesta prot. 77 del " + Suite.today());
        given().auth().oauth2(TOKENS.admin()).contentType(ContentType.JSON).body(request)
                .post(Suite.ENROLLMENT + "/students/" + id + "/erasure").then().statusCode(409)
                .contentType("application/problem+json").body("violations[0].message", containsString("CONFIRMED"));
        int version = given().auth().oauth2(TOKENS.admin()).get(Suite.CATALOG + "/editions/" + report001.editionId())
                .then().statusCode(200).extract().path("version");
        Lifecycle.send("POST", Suite.CATALOG + "/editions/" + report001.editionId() + "/status", TOKENS.admin(),
                Map.of("status", "CLOSED", "version", version), 200);
        given().auth().oauth2(TOKENS.admin()).contentType(ContentType.JSON).body(request)
                .post(Suite.ENROLLMENT + "/students/" + id + "/erasure").then().statusCode(200)
                .body("attendance.participantsPseudonymised", is(1))
                .body("exam.documentsPseudonymised", is(1))
                .body("exam.admissionEntriesPseudonymised", is(1));

        // identity gone everywhere; the learning record keeps its number, still verifies, under the pseudonym
        given().auth().oauth2(TOKENS.frontdesk()).get(Suite.ENROLLMENT + "/students/" + id).then().statusCode(200)
                .body("firstName", is("Anonimo")).body("lastName", is("ANON-" + id))
                .body("fiscalCode", nullValue()).body("birthDate", nullValue());
        given().auth().oauth2(TOKENS.tutor()).get(Suite.ATTENDANCE + "/editions/" + report001.editionId() + "/participants/" + id)
                .then().statusCode(200).body("lastName", is("ANON-" + id));
        given().get(Suite.EXAM + "/certificates/verify/" + bruno.verificationCode()).then().statusCode(200)
                .body("status", is("VALID")).body("number", is(bruno.documentNumber()))
                .body("holderPseudonymised", is(true));
        given().auth().oauth2(TOKENS.admin()).get(Suite.ENROLLMENT + "/students/" + id + "/personal-data").then()
                .statusCode(200)
                .body("exam.documents.find { it.number == '" + bruno.documentNumber() + "' }.content.holder.lastName", is("ANON-" + id))
                .body("exam.documents.find { it.number == '" + bruno.documentNumber() + "' }.content.holder.fiscalCode",
                        nullValue());
        // no new document can carry an identity that is gone
        given().auth().oauth2(TOKENS.board()).get(Suite.ENROLLMENT + "/students/" + id + "/identity").then().statusCode(410);
    }

    /**
     * An edition closed before its exam was scheduled: enrollment-service asks exam-service (the real one, with the
     * admin's token) and keeps the identity the certificate will need; withdrawing the student clears the way.
     */
    @Test
    @Order(7)
    void anErasureWaitsForAnExamStillToBeScheduled() {
        Lifecycle.AwaitingExam awaiting = new Lifecycle(TOKENS).confirmedWithNoExamYet();
        long edition = awaiting.editionId(), id = awaiting.studentId(), enrollment = awaiting.enrollmentId();
        int version = given().auth().oauth2(TOKENS.admin()).get(Suite.CATALOG + "/editions/" + edition)
                .then().statusCode(200).extract().path("version");
        Lifecycle.send("POST", Suite.CATALOG + "/editions/" + edition + "/status", TOKENS.admin(),
                Map.of("status", "CLOSED", "version", version), 200);
        Map<String, String> request = Map.of("reason", "Richiesta prot. 78 del " + Suite.today());
        given().auth().oauth2(TOKENS.admin()).contentType(ContentType.JSON).body(request)
                .post(Suite.ENROLLMENT + "/students/" + id + "/erasure").then().statusCode(409)
                .contentType("application/problem+json")
                .body("violations.field", contains("editions[" + edition + "]"))
                .body("violations[0].message", containsString("has no exam session yet"))
                .body("violations[0].message", containsString("withdraw enrollment " + enrollment))
                .body("figures.pendingExams", is(1));
        given().auth().oauth2(TOKENS.frontdesk()).get(Suite.ENROLLMENT + "/students/" + id).then().statusCode(200)
                .body("fiscalCode", notNullValue());

        Lifecycle.send("POST", Suite.ENROLLMENT + "/enrollments/" + enrollment + "/withdrawal", TOKENS.frontdesk(),
                Map.of("reason", "Non sosterra' l'esame", "withdrawnOn", Suite.today().toString()), 200);
        given().auth().oauth2(TOKENS.admin()).contentType(ContentType.JSON).body(request)
                .post(Suite.ENROLLMENT + "/students/" + id + "/erasure").then().statusCode(200);
        given().auth().oauth2(TOKENS.frontdesk()).get(Suite.ENROLLMENT + "/students/" + id).then().statusCode(200)
                .body("lastName", is("ANON-" + id)).body("fiscalCode", nullValue());
    }

    @Test
    @Order(8)
    void aStudentWhoLeavesBeforeAnyExamSessionGetsTheLearningRecordAtOnce() {
        Lifecycle.LeavingRecord leaving = new Lifecycle(TOKENS).learningRecordOnLeaving();
        var doc = leaving.document();
        assertEquals("LEARNING_RECORD", doc.getString("kind"));
        assertTrue(doc.getString("number").matches("DFA-\\d{4}-\\d{6}"), doc.getString("number"));
        assertNull(doc.get("sessionId"), "no exam session exists");
        assertEquals(leaving.editionId(), doc.getLong("editionId"));
        assertEquals(leaving.hoursAttended(), doc.getDouble("content.course.hoursAttended"), 0.001);
        assertEquals(List.of(leaving.unitPassed()), doc.getList("content.trainingUnitsPassed.code"));
        assertNull(doc.get("content.assessment"), "no assessment took place");
        assertEquals(leaving.withdrawnOn().toString(), doc.getString("content.leaving.withdrawnOn"));
        assertEquals(Lifecycle.ACCREDITATION, doc.getString("content.authority.providerAccreditation"));
        assertEquals(409, leaving.secondRequestStatus(), "one learning record per student and edition");
        given().get(Suite.EXAM + "/certificates/verify/" + doc.getString("verificationCode")).then().statusCode(200)
                .body("status", is("VALID")).body("number", is(doc.getString("number")));
        given().auth().oauth2(TOKENS.board()).get(Suite.EXAM + "/editions/" + leaving.editionId() + "/documents").then()
                .statusCode(200).body("number", hasItem(doc.getString("number")));
    }
}
