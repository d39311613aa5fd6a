package it.formapro.enrollment.privacy;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.exactly;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.restassured.RestAssured.given;
import static it.formapro.enrollment.support.DownstreamStubs.ED_000;
import static it.formapro.enrollment.support.DownstreamStubs.ED_001;
import static it.formapro.enrollment.support.DownstreamStubs.ED_CLOSED;
import static it.formapro.enrollment.support.TestData.token;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.stubbing.StubMapping;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.http.ContentType;
import it.formapro.enrollment.support.DownstreamStubs;
import it.formapro.enrollment.support.TestData;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
@QuarkusTestResource(DownstreamStubs.class)
class PersonalDataResourceTest {

    static final Map<String, Object> REQUEST = Map.of("reason", "Richiesta prot. 1234 del 20-11-2026");

    static long createStudent(Map<String, Object> student) {
        return given().auth().oauth2(token("frontdesk")).contentType(ContentType.JSON).body(student)
                .when().post("/students").then().statusCode(201).extract().jsonPath().getLong("id");
    }

    static long preEnrolled(long editionId, long studentId) {
        return given().auth().oauth2(token("frontdesk")).contentType(ContentType.JSON).body(Map.of("studentId", studentId))
                .when().post("/editions/" + editionId + "/enrollments").then().statusCode(201)
                .extract().jsonPath().getLong("enrollment.id");
    }

    static void withdraw(long enrollmentId) {
        given().auth().oauth2(token("frontdesk")).contentType(ContentType.JSON).body(Map.of("reason", "Changed mind"))
                .when().post("/enrollments/" + enrollmentId + "/withdrawal").then().statusCode(200);
    }

    static io.restassured.response.ValidatableResponse erase(long studentId) {
        return given().auth().oauth2(token("admin")).contentType(ContentType.JSON).body(REQUEST)
                .when().post("/students/" + studentId + "/erasure").then();
    }

    @Test
    void theExportGathersIdentityEnrollmentsWithHistoryAndTheOtherServicesRecords() {
        Map<String, Object> s = TestData.italianAdult();
        long id = createStudent(s);
        long enrollment = preEnrolled(ED_000, id);
        given().auth().oauth2(token("frontdesk")).when().get("/students/" + id + "/personal-data").then().statusCode(200)
                .body("studentId", is((int) id))
                .body("exportedBy", notNullValue())
                .body("student.fiscalCode", is(s.get("fiscalCode")))
                .body("student.evidence.educationTitle.kind", is("UPPER_SECONDARY"))
                .body("enrollments", hasSize(1))
                .body("enrollments[0].enrollment.id", is((int) enrollment))
                .body("enrollments[0].history[0].toStatus", is("PRE_ENROLLED"))
                .body("attendance.source", is("attendance"))
                .body("exam.source", is("exam"));
    }

    @Test
    void theExportShowsTheIdentityDocumentWithItsIssuingCountryAndTheErasureForgetsIt() {
        Map<String, Object> s = TestData.student(java.time.LocalDate.of(1991, 3, 3), "NON_EU", null);
        s.remove("fiscalCode");
        s.put("otherIdType", "PASSPORT");
        s.put("otherIdCountry", "UA");
        String number = "EX" + System.nanoTime();
        s.put("otherIdValue", number);
        long id = createStudent(s);
        given().auth().oauth2(token("frontdesk")).when().get("/students/" + id + "/personal-data").then().statusCode(200)
                .body("student.otherIdType", is("PASSPORT")).body("student.otherIdCountry", is("UA"))
                .body("student.otherIdValue", is(number));
        erase(id).statusCode(200).body("alreadyErased", is(false));
        given().auth().oauth2(token("admin")).when().get("/students/" + id).then().statusCode(200)
                .body("otherIdType", nullValue()).body("otherIdCountry", nullValue()).body("otherIdValue", nullValue());
        // the document is free again: the person may come back as a new student
        org.junit.jupiter.api.Assertions.assertNotEquals(id, createStudent(s));
    }

    @Test
    void anErasurePseudonymisesEverywhereKeepsTheEnrollmentsAndIsIdempotent() {
        Map<String, Object> s = TestData.italianAdult();
        long id = createStudent(s);
        long enrollment = preEnrolled(ED_001, id);
        withdraw(enrollment);
        given().auth().oauth2(token("admin")).when().get("/enrollments/" + enrollment + "/history").then()
                .body("find { it.toStatus == 'WITHDRAWN' }.note", is("Changed mind"));

        erase(id).statusCode(200).body("alreadyErased", is(false)).body("erasedBy", notNullValue())
                .body("reason", is(REQUEST.get("reason")))
                .body("attendance.participantsPseudonymised", is(1))
                .body("exam.documentsPseudonymised", is(1));
        DownstreamStubs.server.verify(exactly(1), postRequestedFor(urlPathEqualTo("/students/" + id + "/erasure")));
        DownstreamStubs.server.verify(exactly(1), postRequestedFor(urlPathEqualTo("/exam/students/" + id + "/erasure")));

        given().auth().oauth2(token("admin")).when().get("/students/" + id).then().statusCode(200)
                .body("firstName", is("Anonimo")).body("lastName", is("ANON-" + id))
                .body("fiscalCode", nullValue()).body("birthDate", nullValue()).body("email", nullValue())
                .body("citizenship", nullValue()).body("evidence.educationTitle", nullValue())
                .body("erasedAt", notNullValue()).body("erasureReason", is(REQUEST.get("reason")));
        // the enrollment stays, under the same id, with its history, less the free-text reason of the withdrawal
        given().auth().oauth2(token("frontdesk")).when().get("/students/" + id + "/enrollments").then().statusCode(200)
                .body("id", org.hamcrest.Matchers.contains((int) enrollment))
                .body("[0].status", is("WITHDRAWN")).body("[0].withdrawnAt", notNullValue());
        given().auth().oauth2(token("admin")).when().get("/enrollments/" + enrollment + "/history").then().statusCode(200)
                .body("toStatus", org.hamcrest.Matchers.contains("PRE_ENROLLED", "WITHDRAWN"))
                .body("find { it.toStatus == 'WITHDRAWN' }.note", nullValue())
                .body("find { it.toStatus == 'WITHDRAWN' }.changedBy", notNullValue());

        // no identity left for a certificate; no change, no enrollment, no eligibility check
        given().auth().oauth2(token("exam-board")).when().get("/students/" + id + "/identity").then().statusCode(410)
                .contentType("application/problem+json").body("detail", containsString("erased"));
        given().auth().oauth2(token("frontdesk")).contentType(ContentType.JSON)
                .body(Map.of("version", 1, "student", s)).when().put("/students/" + id).then().statusCode(409)
                .contentType("application/problem+json").body("detail", containsString("GDPR art. 17"));
        given().auth().oauth2(token("frontdesk")).contentType(ContentType.JSON).body(Map.of("studentId", id))
                .when().post("/editions/" + ED_000 + "/enrollments").then().statusCode(409);
        given().auth().oauth2(token("frontdesk")).contentType(ContentType.JSON)
                .body(Map.of("editionId", ED_000, "studentId", id)).when().post("/eligibility").then().statusCode(409);

        // a second erasure changes nothing and calls nobody
        erase(id).statusCode(200).body("alreadyErased", is(true)).body("attendance", nullValue());
        DownstreamStubs.server.verify(exactly(1), postRequestedFor(urlPathEqualTo("/students/" + id + "/erasure")));

        // the codice fiscale is free again: the person may come back as a new student
        long again = createStudent(s);
        org.junit.jupiter.api.Assertions.assertNotEquals(id, again);
    }

    @jakarta.inject.Inject
    jakarta.persistence.EntityManager em;

    long storedAnswers(String... keys) {
        return io.quarkus.narayana.jta.QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(
                "SELECT count(*) FROM idempotency_record WHERE idem_key IN (:k) AND status IS NOT NULL")
                .setParameter("k", java.util.List.of(keys)).getSingleResult()).longValue());
    }

    @Test
    void anErasureForgetsTheStoredAnswersAboutTheStudentsEnrollmentsToo() {
        Map<String, Object> s = TestData.italianAdult();
        String registered = java.util.UUID.randomUUID().toString();
        long id = given().auth().oauth2(token("frontdesk")).header("Idempotency-Key", registered).contentType(ContentType.JSON)
                .body(s).when().post("/students").then().statusCode(201).extract().jsonPath().getLong("id");
        // the front desk's pre-enrollment answer quotes the eligibility's reasons (age, title)
        String preEnrolled = java.util.UUID.randomUUID().toString();
        long enrollment = given().auth().oauth2(token("frontdesk")).header("Idempotency-Key", preEnrolled)
                .contentType(ContentType.JSON).body(Map.of("studentId", id)).when().post("/editions/" + ED_001 + "/enrollments")
                .then().statusCode(201).body("eligibility.rules[0].reason", containsString("Aged"))
                .extract().jsonPath().getLong("enrollment.id");
        String confirmed = java.util.UUID.randomUUID().toString();
        given().auth().oauth2(token("frontdesk")).header("Idempotency-Key", confirmed)
                .when().post("/enrollments/" + enrollment + "/confirmation").then().statusCode(200);
        withdraw(enrollment);
        // a portal's application of the same person
        String applied = java.util.UUID.randomUUID().toString();
        Map<String, Object> applicant = new java.util.LinkedHashMap<>(s);
        long application = given().auth().oauth2(token("portal")).header("Idempotency-Key", applied).contentType(ContentType.JSON)
                .body(Map.of("applicant", applicant)).when().post("/editions/" + ED_000 + "/enrollments").then()
                .statusCode(201).extract().jsonPath().getLong("enrollmentId");
        withdraw(application);
        org.junit.jupiter.api.Assertions.assertEquals(4, storedAnswers(registered, preEnrolled, confirmed, applied));

        erase(id).statusCode(200).body("alreadyErased", is(false));

        org.junit.jupiter.api.Assertions.assertEquals(0, storedAnswers(registered, preEnrolled, confirmed, applied));
        // the key sent again runs the request again, refused for an erased student, instead of replaying the answer
        given().auth().oauth2(token("frontdesk")).header("Idempotency-Key", preEnrolled).contentType(ContentType.JSON)
                .body(Map.of("studentId", id)).when().post("/editions/" + ED_001 + "/enrollments").then()
                .statusCode(409).contentType("application/problem+json")
                .body("type", is("https://formapro.it/problems/student-erased"))
                .header("Idempotent-Replayed", nullValue());
        given().auth().oauth2(token("frontdesk")).header("Idempotency-Key", confirmed)
                .when().post("/enrollments/" + enrollment + "/confirmation").then().statusCode(409)
                .body("type", is("https://formapro.it/problems/enrollment-status"));
    }

    @Test
    void anEnrollmentThatStillNeedsTheIdentityBlocksTheErasureAndNothingIsErased() {
        Map<String, Object> s = TestData.italianAdult();
        long id = createStudent(s);
        long pending = preEnrolled(ED_000, id);
        erase(id).statusCode(409).contentType("application/problem+json")
                .body("violations", hasSize(1))
                .body("violations[0].message", containsString("enrollment " + pending + " on edition " + ED_000
                        + " is PRE_ENROLLED: withdraw it first"))
                .body("figures.blockingEnrollments", is(1));
        given().auth().oauth2(token("admin")).when().get("/students/" + id).then()
                .body("fiscalCode", is(s.get("fiscalCode"))).body("erasedAt", nullValue());
        DownstreamStubs.server.verify(exactly(0), postRequestedFor(urlPathEqualTo("/students/" + id + "/erasure")));

        confirmedOn(ED_001, id);
        withdraw(pending);
        erase(id).statusCode(409).body("violations[0].message", containsString("CONFIRMED on edition " + ED_001
                + ", which is OPEN")).body("violations[0].source", is("GDPR art. 17(3)(b)"));
    }

    /** The student pre-enrolled and confirmed on the edition: the enrollment's id. */
    static long confirmedOn(long edition, long studentId) {
        long enrollment = preEnrolled(edition, studentId);
        given().auth().oauth2(token("frontdesk")).when().post("/enrollments/" + enrollment + "/confirmation").then().statusCode(200);
        return enrollment;
    }

    static MappingBuilder pendingExams(long studentId) {
        return get(urlPathEqualTo("/exam/students/" + studentId + "/pending-exams"));
    }

    /** exam-service gives this answer to the request while the check runs, and its usual one afterwards. */
    static void whileExamAnswers(MappingBuilder request, ResponseDefinitionBuilder answer, Runnable check) {
        StubMapping stub = DownstreamStubs.server.stubFor(request.atPriority(1).willReturn(answer));
        try {
            check.run();
        } finally {
            DownstreamStubs.server.removeStub(stub);
        }
    }

    static void nothingErased(long studentId, Map<String, Object> student) {
        given().auth().oauth2(token("admin")).when().get("/students/" + studentId).then()
                .body("fiscalCode", is(student.get("fiscalCode"))).body("erasedAt", nullValue());
        DownstreamStubs.server.verify(exactly(0), postRequestedFor(urlPathEqualTo("/students/" + studentId + "/erasure")));
        DownstreamStubs.server.verify(exactly(0), postRequestedFor(urlPathEqualTo("/exam/students/" + studentId + "/erasure")));
    }

    @Test
    void anExamStillPendingInExamServiceBlocksTheErasureUntilItsDocumentIsIssued() {
        Map<String, Object> s = TestData.italianAdult();
        long id = createStudent(s);
        // the edition is CLOSED in catalog (no enrollment stands in the way), but the certificate is still to be issued
        whileExamAnswers(pendingExams(id), okJson("""
                [{"sessionId": 77, "editionId": %d, "status": "CLOSED", "examDate": "2027-07-10",
                  "reason": "NO_DOCUMENT_YET", "outcome": "PASSED"}]""".formatted(ED_CLOSED)), () -> {
            erase(id).statusCode(409).contentType("application/problem+json")
                    .body("type", is("https://formapro.it/problems/erasure-not-yet-possible"))
                    .body("detail", containsString("0 enrollment(s) and 1 pending exam(s)"))
                    .body("detail", containsString("nothing was erased"))
                    .body("violations", hasSize(1))
                    .body("violations[0].field", is("examSessions[77]"))
                    .body("violations[0].message", containsString("exam session 77 of edition " + ED_CLOSED
                            + " (CLOSED, exam on 2027-07-10)"))
                    .body("violations[0].message", containsString("passed: the certificate (POST /exam-sessions/77/certificates)"))
                    .body("violations[0].message", containsString("wait until exam-service has issued it"))
                    .body("violations[0].source", is("GDPR art. 17(3)(b)"))
                    .body("figures.pendingExams", is(1))
                    .body("figures.blockingEnrollments", is(0));
            nothingErased(id, s);
        });
        // once exam-service has issued the document, nothing is pending and the erasure goes ahead
        erase(id).statusCode(200).body("alreadyErased", is(false));
    }

    /** A list frozen after pending-exams answered: exam-service's own check refuses, and the identity stays here. */
    @Test
    void anExamPendingSinceTheCheckIsRefusedByExamServiceAndNothingIsErased() {
        Map<String, Object> s = TestData.italianAdult();
        long id = createStudent(s);
        whileExamAnswers(post(urlPathEqualTo("/exam/students/" + id + "/erasure")), aResponse().withStatus(409)
                .withHeader("Content-Type", "application/problem+json").withBody("""
                        {"type": "https://formapro.it/problems/exam-pending", "status": 409,
                         "detail": "Student %d is admitted to 1 exam session(s) with no document issued yet",
                         "violations": [{"field": "sessionId", "message": "exam session 81 (edition 12, 2027-07-10, SCHEDULED): NO_DOCUMENT_YET"}]}"""
                        .formatted(id)), () -> {
            erase(id).statusCode(409).contentType("application/problem+json")
                    .body("type", is("https://formapro.it/problems/erasure-not-yet-possible"))
                    .body("detail", is("Student " + id + " cannot be erased yet: an exam became pending since the check "
                            + "(exam-service: Student " + id + " is admitted to 1 exam session(s) with no document issued "
                            + "yet); the identity was kept (the attendance registers already show the pseudonym)"))
                    .body("violations", hasSize(1))
                    .body("violations[0].message", is("exam session 81 (edition 12, 2027-07-10, SCHEDULED): NO_DOCUMENT_YET"))
                    .body("violations[0].source", is("GDPR art. 17(3)(b)"));
            // a refusal is not retried; attendance-service was erased first (a list frozen after it reads the pseudonym)
            DownstreamStubs.server.verify(exactly(1), postRequestedFor(urlPathEqualTo("/exam/students/" + id + "/erasure")));
            DownstreamStubs.server.verify(exactly(1), postRequestedFor(urlPathEqualTo("/students/" + id + "/erasure")));
            given().auth().oauth2(token("admin")).when().get("/students/" + id).then()
                    .body("fiscalCode", is(s.get("fiscalCode"))).body("erasedAt", nullValue());
        });
        erase(id).statusCode(200).body("alreadyErased", is(false));
    }

    @Test
    void theEditionsTheStudentIsConfirmedOnAreAskedForAndEveryObstacleIsListed() {
        Map<String, Object> s = TestData.italianAdult();
        long id = createStudent(s);
        long confirmed = confirmedOn(ED_001, id);
        whileExamAnswers(pendingExams(id), okJson("""
                [{"sessionId": 78, "editionId": %d, "status": "SCHEDULED", "examDate": "2027-07-10",
                  "reason": "ADMISSION_LIST_NOT_FROZEN", "outcome": null}]""".formatted(ED_001)), () -> {
            erase(id).statusCode(409).contentType("application/problem+json")
                    .body("violations", hasSize(2))
                    .body("violations[0].message", containsString("CONFIRMED on edition " + ED_001 + ", which is OPEN"))
                    .body("violations[1].field", is("examSessions[78]"))
                    .body("violations[1].message", containsString("exam session 78 of edition " + ED_001
                            + " (SCHEDULED, exam on 2027-07-10) has no frozen admission list yet"))
                    .body("violations[1].message", containsString("withdraw enrollment " + confirmed
                            + " before the list is frozen"))
                    .body("figures.blockingEnrollments", is(1))
                    .body("figures.pendingExams", is(1));
            // exam-service learns which editions' lists (not frozen yet) will name the student
            DownstreamStubs.server.verify(getRequestedFor(urlPathEqualTo("/exam/students/" + id + "/pending-exams"))
                    .withQueryParam("editionId", equalTo(String.valueOf(ED_001))));
            nothingErased(id, s);
        });
    }

    @Test
    void whenExamServiceCannotSayWhetherAnExamIsPendingNothingIsErased() {
        Map<String, Object> s = TestData.italianAdult();
        long id = createStudent(s);
        whileExamAnswers(pendingExams(id), aResponse().withStatus(500), () -> {
            erase(id).statusCode(503).contentType("application/problem+json")
                    .body("detail", containsString("exam-service"))
                    .body("detail", containsString("nothing was erased"));
            DownstreamStubs.server.verify(exactly(3), getRequestedFor(urlPathEqualTo("/exam/students/" + id + "/pending-exams")));
            nothingErased(id, s);
        });
    }

    @Test
    void anEnrollmentInTheWayIsTheAnswerEvenWhenExamServiceCannotBeAsked() {
        Map<String, Object> s = TestData.italianAdult();
        long id = createStudent(s);
        confirmedOn(ED_001, id);
        // a refusal, not a failure: the circuit breaker other tests rely on stays closed (the 503 path is the same)
        whileExamAnswers(pendingExams(id), aResponse().withStatus(400), () -> {
            erase(id).statusCode(409).contentType("application/problem+json")
                    .body("violations", hasSize(1))
                    .body("violations[0].message", containsString("CONFIRMED on edition " + ED_001 + ", which is OPEN"))
                    .body("detail", containsString("whether an exam is pending too could not be asked"))
                    .body("figures.blockingEnrollments", is(1));
            nothingErased(id, s);
        });
    }

    @Test
    void aServiceThatDoesNotAnswerLeavesTheIdentityHereAndARetryFinishes() {
        Map<String, Object> s = TestData.italianAdult();
        long id = createStudent(s);
        whileExamAnswers(post(urlPathEqualTo("/exam/students/" + id + "/erasure")), aResponse().withStatus(500), () -> {
            erase(id).statusCode(503).contentType("application/problem+json")
                    .body("detail", containsString("exam-service"))
                    .body("detail", containsString("retry, the erasure is idempotent"));
            // the client's fault tolerance tried it three times (@Retry maxRetries = 2) before giving up
            DownstreamStubs.server.verify(exactly(3), postRequestedFor(urlPathEqualTo("/exam/students/" + id + "/erasure")));
            given().auth().oauth2(token("admin")).when().get("/students/" + id).then()
                    .body("fiscalCode", is(s.get("fiscalCode"))).body("erasedAt", nullValue());
        });
        erase(id).statusCode(200).body("alreadyErased", is(false));
    }

    @Test
    void onlyAdminErasesAndOnlyAdminOrFrontdeskExports() {
        long id = createStudent(TestData.italianAdult());
        given().contentType(ContentType.JSON).body(REQUEST).when().post("/students/" + id + "/erasure").then()
                .statusCode(401).contentType("application/problem+json");
        for (String role : new String[] {"frontdesk", "tutor", "exam-board", "portal"}) {
            given().auth().oauth2(token(role)).contentType(ContentType.JSON).body(REQUEST)
                    .when().post("/students/" + id + "/erasure").then().statusCode(403).contentType("application/problem+json");
        }
        for (String role : new String[] {"tutor", "exam-board", "portal"}) {
            given().auth().oauth2(token(role)).when().get("/students/" + id + "/personal-data").then().statusCode(403);
        }
        given().auth().oauth2(token("admin")).contentType(ContentType.JSON).body(Map.of("reason", " "))
                .when().post("/students/" + id + "/erasure").then().statusCode(400).contentType("application/problem+json");
        given().auth().oauth2(token("admin")).when().get("/students/987654321/personal-data").then().statusCode(404);
        given().auth().oauth2(token("admin")).when().get("/students/" + id).then().body("erasedAt", nullValue());
    }
}
