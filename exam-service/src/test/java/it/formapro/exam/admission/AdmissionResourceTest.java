package it.formapro.exam.admission;

import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static it.formapro.exam.support.Api.as;
import static it.formapro.exam.support.Api.board;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import it.formapro.exam.support.Api;
import it.formapro.exam.support.DownstreamStubs;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
@QuarkusTestResource(DownstreamStubs.class)
class AdmissionResourceTest {

    static final String SOURCE = "Standard 001 - Abruzzo, DD n. 61/DPG025 of 19-04-2023";

    @Inject
    DataSource dataSource;

    @Test
    void listsEveryStudentWithEveryReasonAndTheFigures() {
        long session = Api.createSession(DownstreamStubs.EDITION);
        JsonPath list = board().when().get("/exam-sessions/" + session + "/admissions").then().statusCode(200)
                .body("frozen", is(false))
                .body("thresholdPercent", is(70))
                .body("source", is(SOURCE))
                .body("admitted", is(4))
                .body("excluded", is(6))
                .extract().jsonPath();

        // admitted: confirmed, above 70 %, internship >= 60 h, every unit check passed
        assertDecision(list, 5, "ADMITTED");
        assertDecision(list, 11, "ADMITTED");
        list.getList("candidates.find { it.studentId == 5 }.reasons");
        org.junit.jupiter.api.Assertions.assertEquals(180.0f, list.getFloat("candidates.find { it.studentId == 5 }.figures.attendedHours"));

        // below the threshold, with the figures
        assertReasons(list, 6, "BELOW_THRESHOLD");
        org.junit.jupiter.api.Assertions.assertEquals(
                "attended 120.0 of 208.0 h = 57.6 %, below 70 % (145.6 h needed, short by 25 h 36 min; " + SOURCE + ")",
                list.getString("candidates.find { it.studentId == 6 }.reasons[0].message"));
        // internship below the minimum
        assertReasons(list, 7, "INTERNSHIP_BELOW_MINIMUM");
        org.junit.jupiter.api.Assertions.assertEquals("internship 40.0 h, below the minimum of 60.0 h, short by 20 h (" + SOURCE + ")",
                list.getString("candidates.find { it.studentId == 7 }.reasons[0].message"));
        // unit 2 check failed, unit 3 check missing
        assertReasons(list, 8, "UNIT_CHECK_FAILED", "UNIT_CHECK_MISSING");
        // withdrawn (attendance says so, enrollment no longer lists it as confirmed), with the other reasons too
        assertReasons(list, 9, "WITHDRAWN", "BELOW_THRESHOLD", "INTERNSHIP_BELOW_MINIMUM", "UNIT_CHECK_MISSING", "UNIT_CHECK_MISSING");
        // attends but is not confirmed in enrollment-service
        assertReasons(list, 10, "NOT_CONFIRMED");
        // confirmed but unknown to attendance-service
        assertReasons(list, 16, "NO_ATTENDANCE_RECORD");
    }

    @Test
    void theListOfAnUnknownSessionIsNotFoundAndAsksNoOtherService() {
        int downstreamCalls = DownstreamStubs.server().getAllServeEvents().size();
        board().when().get("/exam-sessions/987654321/admissions").then().statusCode(404)
                .contentType("application/problem+json")
                .body("detail", containsString("987654321"));
        assertEquals(downstreamCalls, DownstreamStubs.server().getAllServeEvents().size());
    }

    @Test
    void propagatesTheCallersTokenToTheOtherServices() {
        long session = Api.createSession(DownstreamStubs.EDITION);
        board().when().get("/exam-sessions/" + session + "/admissions").then().statusCode(200);
        DownstreamStubs.server().verify(getRequestedFor(urlEqualTo("/editions/12/summary/admission"))
                .withHeader("Authorization", matching("Bearer .+")));
        DownstreamStubs.server().verify(getRequestedFor(urlEqualTo("/editions/12/enrollments?status=CONFIRMED"))
                .withHeader("Authorization", matching("Bearer .+")));
    }

    @Test
    void theLiveListReusesTheCatalogueRulesAndFreezingReadsThemFresh() {
        long session = Api.createSession(DownstreamStubs.EDITION);
        board().when().get("/exam-sessions/" + session + "/admissions").then().statusCode(200);
        int reads = catalogueRulesReads();
        board().when().get("/exam-sessions/" + session + "/admissions").then().statusCode(200).body("frozen", is(false));
        org.junit.jupiter.api.Assertions.assertEquals(reads, catalogueRulesReads(), "the live list reads the cached rules");
        int freshSummaries = freshSummaryReads();
        board().when().post("/exam-sessions/" + session + "/admissions/freeze").then().statusCode(200);
        org.junit.jupiter.api.Assertions.assertEquals(reads + 1, catalogueRulesReads(), "freezing reads the rules fresh");
        // and so does attendance for the figures it measures against them (required hours, threshold)
        org.junit.jupiter.api.Assertions.assertEquals(freshSummaries + 1, freshSummaryReads());
    }

    private static int freshSummaryReads() {
        return DownstreamStubs.server().countRequestsMatching(getRequestedFor(urlEqualTo(
                "/editions/" + DownstreamStubs.EDITION + "/summary/admission?fresh=true")).build()).getCount();
    }

    private static int catalogueRulesReads() {
        return DownstreamStubs.server().countRequestsMatching(
                getRequestedFor(urlEqualTo("/editions/" + DownstreamStubs.EDITION + "/rules")).build()).getCount();
    }

    @Test
    void freezingStoresTheSnapshotOnce() {
        long session = Api.createSession(DownstreamStubs.EDITION);
        board().when().post("/exam-sessions/" + session + "/admissions/freeze").then().statusCode(200)
                .body("frozen", is(true)).body("frozenAt", notNullValue()).body("frozenBy", is("user-exam-board"))
                .body("admitted", is(4));
        board().when().get("/exam-sessions/" + session + "/admissions").then().statusCode(200)
                .body("frozen", is(true))
                .body("candidates.find { it.studentId == 6 }.reasons[0].code", is("BELOW_THRESHOLD"));
        board().when().post("/exam-sessions/" + session + "/admissions/freeze").then().statusCode(409)
                .contentType("application/problem+json")
                .body("type", is("https://formapro.it/problems/admission-list-frozen"));
    }

    /**
     * The list is computed from three services before the freeze's short transaction: while attendance takes its
     * time, the session's row is free (no lock, no connection held), and of two freezes at once, both computing, the
     * one that stores second finds the first's list and is refused as before.
     */
    @Test
    void aFreezeHoldsNoLockWhileItWaitsForTheOtherServices() throws Exception {
        long session = Api.createSession(DownstreamStubs.ATTENDANCE_UNHURRIED);
        var summaries = getRequestedFor(urlEqualTo("/editions/" + DownstreamStubs.ATTENDANCE_UNHURRIED
                + "/summary/admission?fresh=true")).build();
        int before = DownstreamStubs.server().countRequestsMatching(summaries).getCount();
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<Response>> freezes = List.of(
                    pool.submit(() -> board().when().post("/exam-sessions/" + session + "/admissions/freeze")),
                    pool.submit(() -> board().when().post("/exam-sessions/" + session + "/admissions/freeze")));
            awaitRequests(summaries, before + 1);
            // attendance answers in 0.7 s: meanwhile another writer of the session gets its row at once
            try (Connection c = dataSource.getConnection()) {
                c.setAutoCommit(false);
                try (PreparedStatement lock = c.prepareStatement(
                        "SELECT id FROM exam_session WHERE id = ? FOR UPDATE NOWAIT")) {
                    lock.setLong(1, session);
                    lock.executeQuery().close();
                } finally {
                    c.rollback();
                }
            }
            // and the other freeze computes the list too, instead of queuing behind the first one's lock
            awaitRequests(summaries, before + 2);
            List<Response> answers = new java.util.ArrayList<>();
            for (Future<Response> freeze : freezes) {
                answers.add(freeze.get(30, TimeUnit.SECONDS));
            }
            assertEquals(List.of(200, 409), answers.stream().map(Response::statusCode).sorted().toList());
            Response refused = answers.stream().filter(r -> r.statusCode() == 409).findFirst().orElseThrow();
            refused.then().contentType("application/problem+json")
                    .body("type", is("https://formapro.it/problems/admission-list-frozen"));
        } finally {
            pool.shutdownNow();
        }
        board().when().get("/exam-sessions/" + session + "/admissions").then().statusCode(200)
                .body("frozen", is(true)).body("admitted", is(4));
        assertEquals(1, as("admin").queryParam("sessionId", session).when().get("/audit-events").then()
                .statusCode(200).extract().jsonPath().getList("findAll { it.action == 'ADMISSION_LIST_FROZEN' }").size());
    }

    private static void awaitRequests(com.github.tomakehurst.wiremock.matching.RequestPattern pattern, int count)
            throws InterruptedException {
        long deadline = System.currentTimeMillis() + 10_000;
        while (DownstreamStubs.server().countRequestsMatching(pattern).getCount() < count) {
            assertTrue(System.currentTimeMillis() < deadline, "no " + count + " requests " + pattern);
            Thread.sleep(10);
        }
    }

    @Test
    void aStudentNotAdmittedCannotGetAnOutcome() {
        long session = Api.heldSession();
        board().contentType(ContentType.JSON).body(Api.outcome("PASSED", true, true))
                .when().put("/exam-sessions/" + session + "/outcomes/6").then().statusCode(422)
                .contentType("application/problem+json")
                .body("type", is("https://formapro.it/problems/candidate-not-admitted"))
                .body("detail", containsString("attended 120.0 of 208.0 h = 57.6 %, below 70 %"))
                .body("violations[0].field", is("BELOW_THRESHOLD"))
                .body("violations[0].source", is(SOURCE));
        board().contentType(ContentType.JSON).body(Api.outcome("FAILED", true, false))
                .when().put("/exam-sessions/" + session + "/outcomes/9").then().statusCode(422)
                .body("violations.field", contains("WITHDRAWN", "BELOW_THRESHOLD", "INTERNSHIP_BELOW_MINIMUM",
                        "UNIT_CHECK_MISSING", "UNIT_CHECK_MISSING"));
        board().when().get("/exam-sessions/" + session + "/outcomes").then().statusCode(200).body("$", empty());
    }

    @Test
    void outcomesNeedAHeldSessionAndAFrozenList() {
        long session = Api.createSession(DownstreamStubs.EDITION);
        board().contentType(ContentType.JSON).body(Api.outcome("PASSED", true, true))
                .when().put("/exam-sessions/" + session + "/outcomes/5").then().statusCode(409)
                .body("type", is("https://formapro.it/problems/session-not-held"));
    }

    @Test
    void outcomesAreRecordedPerUnitChangeableUntilClosedAndAudited() {
        long session = Api.heldSession();
        board().contentType(ContentType.JSON).body(Api.outcome("PASSED", true, false))
                .when().put("/exam-sessions/" + session + "/outcomes/5").then().statusCode(422)
                .body("type", is("https://formapro.it/problems/inconsistent-outcome"));
        Api.fail(session, 5);
        board().contentType(ContentType.JSON).body(Api.outcome("PASSED", true, true))
                .when().put("/exam-sessions/" + session + "/outcomes/5").then().statusCode(200)
                .body("result", is("PASSED"))
                .body("units.code", contains("UC1", "UC2"))
                .body("units[1].title", is("Gestione dei reclami"))
                .body("recordedBy", is("user-exam-board"));
        // only the board records outcomes
        as("admin").contentType(ContentType.JSON).body(Api.outcome("PASSED", true, true))
                .when().put("/exam-sessions/" + session + "/outcomes/11").then().statusCode(403);
        Api.pass(session, 11);
        Api.pass(session, 13);
        Api.fail(session, 15);
        Api.status(session, "CLOSED");
        board().contentType(ContentType.JSON).body(Api.outcome("FAILED", true, false))
                .when().put("/exam-sessions/" + session + "/outcomes/5").then().statusCode(409)
                .body("type", is("https://formapro.it/problems/session-closed"));

        List<String> actions = as("admin").queryParam("entityType", "OUTCOME").queryParam("sessionId", session)
                .when().get("/audit-events").then().statusCode(200).extract().jsonPath().getList("action");
        org.junit.jupiter.api.Assertions.assertEquals(List.of("OUTCOME_RECORDED", "OUTCOME_CHANGED",
                "OUTCOME_RECORDED", "OUTCOME_RECORDED", "OUTCOME_RECORDED"), actions);
        as("admin").queryParam("sessionId", session).when().get("/audit-events").then().statusCode(200)
                .body("find { it.action == 'OUTCOME_CHANGED' }.detail",
                        is("student 5: FAILED (UC1 passed, UC2 failed) -> PASSED (UC1 passed, UC2 passed)"))
                .body("find { it.action == 'OUTCOME_CHANGED' }.actor", is("user-exam-board"));
        board().when().get("/audit-events").then().statusCode(403);
    }

    private static void assertDecision(JsonPath list, long student, String decision) {
        org.junit.jupiter.api.Assertions.assertEquals(decision,
                list.getString("candidates.find { it.studentId == " + student + " }.decision"), "student " + student);
    }

    private static void assertReasons(JsonPath list, long student, String... codes) {
        assertDecision(list, student, "EXCLUDED");
        org.junit.jupiter.api.Assertions.assertEquals(List.of(codes),
                list.getList("candidates.find { it.studentId == " + student + " }.reasons.code"), "student " + student);
    }
}
