package it.formapro.enrollment.enrollment;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.exactly;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static io.restassured.RestAssured.given;
import static it.formapro.enrollment.support.DownstreamStubs.*;
import static it.formapro.enrollment.support.TestData.diploma;
import static it.formapro.enrollment.support.TestData.evidence;
import static it.formapro.enrollment.support.TestData.title;
import static it.formapro.enrollment.support.TestData.token;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import it.formapro.common.time.Italy;
import it.formapro.enrollment.support.DownstreamStubs;
import it.formapro.enrollment.support.TestData;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
@QuarkusTestResource(DownstreamStubs.class)
class EnrollmentResourceTest {

    @TestHTTPResource("/")
    URL base;

    static long createStudent(Map<String, Object> student) {
        return given().auth().oauth2(token("frontdesk")).contentType(ContentType.JSON).body(student)
                .when().post("/students").then().statusCode(201).extract().jsonPath().getLong("id");
    }

    static ValidatableResponse preEnroll(long editionId, long studentId) {
        return given().auth().oauth2(token("frontdesk")).contentType(ContentType.JSON).body(Map.of("studentId", studentId))
                .when().post("/editions/" + editionId + "/enrollments").then();
    }

    static long preEnrolled(long editionId, long studentId) {
        return preEnroll(editionId, studentId).statusCode(201).extract().jsonPath().getLong("enrollment.id");
    }

    static ValidatableResponse confirm(long enrollmentId) {
        return given().auth().oauth2(token("frontdesk")).when().post("/enrollments/" + enrollmentId + "/confirmation").then();
    }

    /** A confirmation entered after the fact, with the day the student joined. */
    static ValidatableResponse confirm(long enrollmentId, LocalDate joinedOn) {
        return given().auth().oauth2(token("frontdesk")).queryParam("joinedOn", joinedOn.toString())
                .when().post("/enrollments/" + enrollmentId + "/confirmation").then();
    }

    static String status(long enrollmentId) {
        return given().auth().oauth2(token("frontdesk")).when().get("/enrollments/" + enrollmentId)
                .then().statusCode(200).extract().jsonPath().getString("status");
    }

    static Map<String, Object> eligibleFor(String code) {
        return switch (code) {
            case "001" -> TestData.student(FUTURE_START.minusYears(17), "ITALIAN",
                    evidence(title("QUALIFICATION", 3, "ITALIAN_SCHOOL"), null, null, true, null, null));
            case "003" -> TestData.student(FUTURE_START.minusYears(16), "NON_EU", evidence(null, "A2", FUTURE_END, null, true, null));
            case "002" -> TestData.student(FUTURE_START.minusYears(18), "EU", evidence(diploma("ITALIAN_SCHOOL", null), null, null, null, null, null));
            default -> TestData.student(FUTURE_START.minusYears(18), "NON_EU", evidence(diploma("ABROAD", true), "B1", FUTURE_END, null, null, null));
        };
    }

    @Test
    void perSeedStandardAnEligibleStudentIsPreEnrolledConfirmedAndRegistered() {
        long[] editions = {ED_000, ED_001, ED_002, ED_003};
        String[] codes = {"000", "001", "002", "003"};
        for (int i = 0; i < 4; i++) {
            long student = createStudent(eligibleFor(codes[i]));
            ValidatableResponse pre = preEnroll(editions[i], student).statusCode(201)
                    .body("enrollment.status", is("PRE_ENROLLED"))
                    .body("eligibility.verdict", is("ELIGIBLE"))
                    .body("eligibility.qualificationCode", is(codes[i]));
            long id = pre.extract().jsonPath().getLong("enrollment.id");
            confirm(id).statusCode(200).body("status", is("CONFIRMED")).body("confirmedAt", notNullValue());
            DownstreamStubs.server.verify(exactly(1), putRequestedFor(urlEqualTo("/editions/" + editions[i] + "/participants/" + student))
                    .withRequestBody(matchingJsonPath("$.joinedOn", equalTo(FUTURE_START.toString())))
                    .withRequestBody(matchingJsonPath("$.enrollmentId", equalTo(String.valueOf(id))))
                    .withHeader("Authorization", com.github.tomakehurst.wiremock.client.WireMock.matching("Bearer .+")));
        }
    }

    @Test
    void perSeedStandardAnIneligibleStudentIsRefusedWithTheExactFailingRules() {
        Map<String, Map<String, Object>> ineligible = Map.of(
                "000", TestData.student(FUTURE_START.minusYears(18).plusDays(1), "NON_EU",
                        evidence(diploma("ABROAD", false), "A2", FUTURE_END.minusDays(1), null, null, "A2")),
                "001", TestData.student(FUTURE_START.minusYears(17), "ITALIAN",
                        evidence(title("LOWER_SECONDARY", 1, "ITALIAN_SCHOOL"), null, null, false, null, null)),
                "002", TestData.student(LocalDate.of(1990, 1, 1), "ITALIAN",
                        evidence(title("QUALIFICATION", 3, "ITALIAN_SCHOOL"), null, null, null, null, null)),
                "003", TestData.student(FUTURE_START.minusYears(15), "NON_EU", evidence(null, "A1", FUTURE_END, null, false, "A1")));
        Map<String, List<String>> failing = Map.of(
                // a foreign title whose statement has not come yet is no refusal: it may still come by the start
                "000", List.of("AGE", "ITALIAN_LANGUAGE", "RESIDENCE_PERMIT"),
                "001", List.of("AGE", "EDUCATION"),
                "002", List.of("EDUCATION"),
                "003", List.of("AGE", "EDUCATION", "ITALIAN_LANGUAGE"));
        Map<String, Long> editions = Map.of("000", ED_000, "001", ED_001, "002", ED_002, "003", ED_003);
        for (String code : List.of("000", "001", "002", "003")) {
            long student = createStudent(ineligible.get(code));
            preEnroll(editions.get(code), student).statusCode(422).contentType("application/problem+json")
                    .body("type", is("https://formapro.it/problems/entry-requirements-failed"))
                    .body("violations.field", contains(failing.get(code).toArray()))
                    .body("violations[0].source", containsString("Standard " + code))
                    .body("figures.failedRules", is(failing.get(code).size()));
            given().auth().oauth2(token("frontdesk")).when().get("/students/" + student + "/enrollments")
                    .then().statusCode(200).body("$", empty());
        }
    }

    @Test
    void missingEvidenceAllowsPreEnrollmentButNotConfirmation() {
        long student = createStudent(TestData.student(LocalDate.of(1990, 1, 1), "NON_EU",
                evidence(diploma("ABROAD", true), null, FUTURE_END, null, null, null)));
        long id = preEnroll(ED_000, student).statusCode(201)
                .body("eligibility.verdict", is("MISSING_EVIDENCE")).extract().jsonPath().getLong("enrollment.id");
        confirm(id).statusCode(422).body("type", is("https://formapro.it/problems/entry-requirements-not-met"))
                .body("violations.field", contains("ITALIAN_LANGUAGE"))
                .body("violations[0].message", containsString("MISSING_EVIDENCE"));
        assertEquals("PRE_ENROLLED", status(id));
    }

    @Test
    void aPermitExpiringBeforeTheEndIsMissingEvidenceWhereTheStandardAcceptsTheRenewalAndConfirmedOnceTheReceiptIsOnFile() {
        // [001] sez. 3: "valido per l'intera durata del percorso o dimostrazione della attesa di rinnovo"
        Map<String, Object> s = TestData.student(LocalDate.of(1990, 1, 1), "NON_EU",
                evidence(diploma("ABROAD", true), "B1", FUTURE_END.minusDays(1), null, null, null));
        long student = createStudent(s);
        long id = preEnroll(ED_001, student).statusCode(201)
                .body("eligibility.verdict", is("MISSING_EVIDENCE"))
                .body("eligibility.rules.find { it.rule == 'RESIDENCE_PERMIT' }.outcome", is("MISSING_EVIDENCE"))
                .body("eligibility.rules.find { it.rule == 'RESIDENCE_PERMIT' }.messageKey",
                        is("eligibility.residence-permit.renewal-receipt-missing"))
                .extract().jsonPath().getLong("enrollment.id");
        // the confirmation waits for the receipt
        confirm(id).statusCode(422).body("type", is("https://formapro.it/problems/entry-requirements-not-met"))
                .body("violations.field", contains("RESIDENCE_PERMIT"))
                .body("violations[0].message", containsString("MISSING_EVIDENCE"));
        assertEquals("PRE_ENROLLED", status(id));
        // 000 is silent on the permit: the default requires it for the whole course, no renewal route (DOMAIN.md)
        preEnroll(ED_000, student).statusCode(422).body("type", is("https://formapro.it/problems/entry-requirements-failed"))
                .body("violations.field", contains("RESIDENCE_PERMIT"));
        // the receipt of the renewal application is presented: confirmed
        @SuppressWarnings("unchecked")
        Map<String, Object> ev = (Map<String, Object>) s.get("evidence");
        ev.put("permitRenewalReceipt", Map.of("appliedOn", Italy.today().toString()));
        updateStudent(student, 0, s).statusCode(200);
        confirm(id).statusCode(200).body("status", is("CONFIRMED"));
    }

    @Test
    void thePortalAppliesAndGetsBackNoPersonalData() {
        Map<String, Object> applicant = eligibleFor("000");
        ValidatableResponse r = given().auth().oauth2(token("portal")).contentType(ContentType.JSON)
                .body(Map.of("applicant", applicant)).when().post("/editions/" + ED_000 + "/enrollments").then()
                .statusCode(201).body("status", is("PRE_ENROLLED")).body("verdict", is("ELIGIBLE"))
                .body("$", not(hasKey("enrollment"))).body("$", not(hasKey("eligibility")));
        String body = r.extract().asString();
        assertEquals(false, body.contains((String) applicant.get("fiscalCode")));
        assertEquals(false, body.contains("Bianchi"));
        assertEquals(false, body.contains(applicant.get("birthDate").toString()));
        // the portal may not confirm
        long id = r.extract().jsonPath().getLong("enrollmentId");
        given().auth().oauth2(token("portal")).when().post("/enrollments/" + id + "/confirmation").then().statusCode(403);
        // applying again is refused, and the refusal does not name the internal student id either
        long student = given().auth().oauth2(token("frontdesk")).when().get("/enrollments/" + id).then()
                .extract().jsonPath().getLong("studentId");
        given().auth().oauth2(token("portal")).contentType(ContentType.JSON).body(Map.of("applicant", applicant))
                .when().post("/editions/" + ED_000 + "/enrollments").then().statusCode(409)
                .contentType("application/problem+json").body("type", is("https://formapro.it/problems/already-enrolled"))
                .body("detail", startsWith("The applicant already has a live enrollment"))
                .body("detail", not(containsString(String.valueOf(student))));
    }

    @Test
    void tuiExactlyAtTwentyPercentIsAllowed() {
        long student = createStudent(TestData.italianAdult());
        long id = preEnrolled(ED_TUI_AT_LIMIT, student);
        confirm(id).statusCode(200).body("status", is("CONFIRMED"));
        DownstreamStubs.server.verify(putRequestedFor(urlEqualTo("/editions/" + ED_TUI_AT_LIMIT + "/participants/" + student))
                .withRequestBody(matchingJsonPath("$.joinedOn", equalTo(Italy.today().toString()))));
    }

    @Test
    void aConfirmationEnteredAfterTheFactRecordsTheActualJoiningDayAndMeasuresTheTuiThen() {
        long student = createStudent(TestData.italianAdult());
        long id = preEnrolled(ED_TUI_AT_LIMIT, student);
        LocalDate joined = Italy.today().minusDays(20);
        confirm(id, joined).statusCode(200).body("status", is("CONFIRMED"));
        // the hours delivered before the joining day: that day's lessons are the student's own (DOMAIN.md, TUI)
        DownstreamStubs.server.verify(getRequestedFor(urlPathEqualTo("/editions/" + ED_TUI_AT_LIMIT + "/hours-delivered"))
                .withQueryParam("asOf", equalTo(joined.minusDays(1).toString())));
        DownstreamStubs.server.verify(putRequestedFor(urlEqualTo("/editions/" + ED_TUI_AT_LIMIT + "/participants/" + student))
                .withRequestBody(matchingJsonPath("$.joinedOn", equalTo(joined.toString()))));
    }

    @Test
    void aDocumentDatedAfterTheJoiningDayDoesNotCountAndNothingIsConfirmed() {
        // the Italian entry test was taken five days ago (TestData.evidence)
        long student = createStudent(TestData.student(LocalDate.of(1990, 1, 1), "NON_EU",
                evidence(diploma("ABROAD", true), null, FUTURE_END, null, null, "B1")));
        long id = preEnrolled(ED_TUI_AT_LIMIT, student);
        LocalDate joined = Italy.today().minusDays(20);
        confirm(id, joined).statusCode(422).contentType("application/problem+json")
                .body("detail", containsString("documented by " + joined))
                .body("violations.field", contains("ITALIAN_LANGUAGE"))
                .body("violations[0].message", containsString("not counted: the Italian entry test taken on "
                        + LocalDate.now().minusDays(5) + ", after " + joined));
        assertEquals("PRE_ENROLLED", status(id));
        // joining on the day of the test (or later) it counts
        confirm(id, LocalDate.now().minusDays(5)).statusCode(200).body("status", is("CONFIRMED"));
    }

    @Test
    void aJoiningDayBeforeTheStartOrInTheFutureIsRefusedAndNothingConfirmed() {
        long student = createStudent(TestData.italianAdult());
        long id = preEnrolled(ED_TUI_AT_LIMIT, student);
        for (LocalDate wrong : List.of(Italy.today().minusDays(31), Italy.today().plusDays(1))) {
            confirm(id, wrong).statusCode(400).contentType("application/problem+json")
                    .body("detail", containsString("must be between the edition's start date"));
        }
        assertEquals("PRE_ENROLLED", status(id));
    }

    @Test
    void tuiJustAboveIsRefusedWithTheFigures() {
        long student = createStudent(TestData.italianAdult());
        long id = preEnrolled(ED_TUI_PAST, student);
        confirm(id).statusCode(422).contentType("application/problem+json")
                .body("type", is("https://formapro.it/problems/tui-passed"))
                .body("figures.deliveredHours", is(50.01f))
                .body("figures.plannedHours", is(250.00f))
                .body("figures.limitHours", is(50.00f))
                .body("figures.tuiPercent", is(20))
                .body("figures.joinedOn", is(Italy.today().toString()))
                .body("detail", containsString("50.01 of 250.00 hours"))
                .body("detail", containsString("before that day"));
        DownstreamStubs.server.verify(getRequestedFor(urlPathEqualTo("/editions/" + ED_TUI_PAST + "/hours-delivered"))
                .withQueryParam("asOf", equalTo(Italy.today().minusDays(1).toString())));
        assertEquals("PRE_ENROLLED", status(id));
    }

    @Test
    void attendanceDownOnTheTuiCheckIs503AndNothingConfirmed() {
        long student = createStudent(TestData.italianAdult());
        long id = preEnrolled(ED_HOURS_DOWN, student);
        confirm(id).statusCode(503).contentType("application/problem+json")
                .body("detail", containsString("attendance-service"))
                .body("detail", containsString("not confirmed"));
        assertEquals("PRE_ENROLLED", status(id));
    }

    @Test
    void attendanceRegistrationFailingRollsTheConfirmationBack() {
        long student = createStudent(TestData.italianAdult());
        long id = preEnrolled(ED_REGISTER_DOWN, student);
        confirm(id).statusCode(503).body("detail", containsString("rolled back"));
        assertEquals("PRE_ENROLLED", status(id));
        given().auth().oauth2(token("frontdesk")).when().get("/editions/" + ED_REGISTER_DOWN + "/enrollments?status=CONFIRMED")
                .then().statusCode(200).body("$", empty());
        given().auth().oauth2(token("frontdesk")).when().get("/enrollments/" + id + "/history")
                .then().statusCode(200).body("toStatus", contains("PRE_ENROLLED"));
        // retried by the client (attempts + fault-tolerance retries), each time the PUT was tried again
        DownstreamStubs.server.verify(exactly(3), putRequestedFor(urlEqualTo("/editions/" + ED_REGISTER_DOWN + "/participants/" + student)));
    }

    @Test
    void catalogDownOnPreEnrollmentIs503() {
        long student = createStudent(TestData.italianAdult());
        preEnroll(ED_CATALOG_DOWN, student).statusCode(503).body("figures.service", is("catalog-service"));
        given().auth().oauth2(token("frontdesk")).when().get("/students/" + student + "/enrollments").then().body("$", empty());
    }

    @Test
    void closedEditionRefusesEnrollment() {
        long student = createStudent(TestData.italianAdult());
        preEnroll(ED_CLOSED, student).statusCode(422).body("type", is("https://formapro.it/problems/edition-closed"));
    }

    @Test
    void aPlannedEditionRefusesPreEnrollmentFromFrontDeskAndPortalAndCreatesNothing() {
        Map<String, Object> applicant = TestData.italianAdult();
        long student = createStudent(TestData.italianAdult());
        preEnroll(ED_PLANNED, student).statusCode(422).contentType("application/problem+json")
                .body("type", is("https://formapro.it/problems/edition-not-open"))
                .body("detail", containsString("Edition " + ED_PLANNED + " is PLANNED"))
                .body("detail", containsString("until the admin opens it"))
                .body("figures.status", is("PLANNED"))
                .body("figures.enrollableStatuses", contains("OPEN", "RUNNING"));
        given().auth().oauth2(token("portal")).contentType(ContentType.JSON).body(Map.of("applicant", applicant))
                .when().post("/editions/" + ED_PLANNED + "/enrollments").then()
                .statusCode(422).body("type", is("https://formapro.it/problems/edition-not-open"));
        given().auth().oauth2(token("frontdesk")).when().get("/students/" + student + "/enrollments").then().body("$", empty());
        given().auth().oauth2(token("frontdesk")).when().get("/editions/" + ED_PLANNED + "/enrollments").then().body("$", empty());
        // the portal's applicant was not registered either
        notRegistered(applicant.get("fiscalCode"));
    }

    @Test
    void anEditionAnsweredAsPlannedRefusesTheConfirmationButNotTheWithdrawal() {
        long student = createStudent(TestData.italianAdult());
        long id = preEnrolled(ED_BACK_TO_PLANNED, student);
        // pre-enrolled while the catalogue answered OPEN; now it answers PLANNED (data from before the check)
        DownstreamStubs.rules(it.formapro.enrollment.support.SeedStandards.edition(ED_BACK_TO_PLANNED, "000", FUTURE_START,
                FUTURE_END, 250, 20, "PLANNED"));
        confirm(id).statusCode(422).contentType("application/problem+json")
                .body("type", is("https://formapro.it/problems/edition-not-open"))
                .body("figures.status", is("PLANNED"));
        assertEquals("PRE_ENROLLED", status(id));
        DownstreamStubs.server.verify(exactly(0), putRequestedFor(urlEqualTo("/editions/" + ED_BACK_TO_PLANNED + "/participants/" + student)));
        withdraw(id, Map.of("reason", "Edition postponed")).statusCode(200).body("enrollment.status", is("WITHDRAWN"));
    }

    static ValidatableResponse withdraw(long enrollmentId, Map<String, Object> body) {
        return given().auth().oauth2(token("frontdesk")).contentType(ContentType.JSON).body(body)
                .when().post("/enrollments/" + enrollmentId + "/withdrawal").then();
    }

    @Test
    void aWithdrawalDatedInTheFutureOrBeforeThePreEnrollmentIsRefusedAndChangesNothing() {
        long id = preEnrolled(ED_000, createStudent(TestData.italianAdult()));
        LocalDate today = Italy.today();
        withdraw(id, Map.of("withdrawnOn", today.plusDays(1).toString())).statusCode(400).contentType("application/problem+json")
                .body("violations.field", contains("withdrawnOn"))
                .body("detail", containsString("withdrawnOn " + today.plusDays(1) + " is in the future (today is " + today + ")"));
        withdraw(id, Map.of("withdrawnOn", today.minusDays(1).toString())).statusCode(400)
                .body("detail", containsString("withdrawnOn " + today.minusDays(1) + " is before the day it was pre-enrolled, " + today))
                .body("figures.earliest", is(today.toString()));
        assertEquals("PRE_ENROLLED", status(id));
        given().auth().oauth2(token("frontdesk")).when().get("/enrollments/" + id + "/history").then()
                .body("toStatus", contains("PRE_ENROLLED"));
        withdraw(id, Map.of("withdrawnOn", today.toString())).statusCode(200).body("enrollment.status", is("WITHDRAWN"));
    }

    @Test
    void aConfirmedStudentIsWithdrawnFromTheDayTheyJoinedEvenBeforeTheConfirmationDay() {
        long student = createStudent(TestData.italianAdult());
        long id = preEnrolled(ED_TUI_AT_LIMIT, student);
        LocalDate joined = Italy.today().minusDays(20);
        confirm(id, joined).statusCode(200).body("joinedOn", is(joined.toString())).body("withdrawnOn", nullValue());
        withdraw(id, Map.of("withdrawnOn", joined.minusDays(1).toString())).statusCode(400)
                .body("detail", containsString("withdrawnOn " + joined.minusDays(1) + " is before the day the student joined, " + joined));
        assertEquals("CONFIRMED", status(id));
        DownstreamStubs.server.verify(exactly(0), postRequestedFor(urlEqualTo("/editions/" + ED_TUI_AT_LIMIT + "/participants/" + student + "/withdrawal")));
        // entered after the fact: the student left on the day they joined, before the confirmation was recorded
        withdraw(id, Map.of("withdrawnOn", joined.toString())).statusCode(200).body("enrollment.status", is("WITHDRAWN"))
                .body("enrollment.withdrawnOn", is(joined.toString())).body("enrollment.joinedOn", is(joined.toString()));
        DownstreamStubs.server.verify(postRequestedFor(urlEqualTo("/editions/" + ED_TUI_AT_LIMIT + "/participants/" + student + "/withdrawal"))
                .withRequestBody(matchingJsonPath("$.withdrawnOn", equalTo(joined.toString()))));
        // the front desk reads both days back from the enrollment, the withdrawal's as dated, not as recorded
        given().auth().oauth2(token("frontdesk")).when().get("/enrollments/" + id).then().statusCode(200)
                .body("joinedOn", is(joined.toString())).body("withdrawnOn", is(joined.toString()))
                .body("withdrawnAt", notNullValue());
    }

    @Test
    void aStudentConfirmedAheadOfTheStartMayLeaveBeforeStartingButNotBeforeTheConfirmation() {
        long id = preEnrolled(ED_000, createStudent(TestData.italianAdult()));
        confirm(id).statusCode(200);
        LocalDate today = Italy.today();
        withdraw(id, Map.of("withdrawnOn", today.minusDays(1).toString())).statusCode(400)
                .body("detail", containsString("is before the day it was confirmed (the student joins on " + FUTURE_START + "), " + today));
        assertEquals("CONFIRMED", status(id));
        withdraw(id, Map.of()).statusCode(200).body("enrollment.status", is("WITHDRAWN"));
    }

    @Test
    void aPortalApplicationWhoseBirthDateDisagreesWithItsCodiceFiscaleIsRefusedAndCreatesNothing() {
        Map<String, Object> applicant = eligibleFor("000");
        applicant.put("birthDate", LocalDate.parse((String) applicant.get("birthDate")).minusDays(1).toString());
        String body = given().auth().oauth2(token("portal")).contentType(ContentType.JSON).body(Map.of("applicant", applicant))
                .when().post("/editions/" + ED_000 + "/enrollments").then()
                .statusCode(400).contentType("application/problem+json")
                .body("violations.field", hasItem("applicant.birthDate"))
                .body("detail", containsString("the birth date does not agree with the codice fiscale"))
                .extract().asString();
        assertEquals(false, body.contains((String) applicant.get("fiscalCode")), body);
        notRegistered(applicant.get("fiscalCode"));
    }

    @Test
    void wrongRolesAre403() {
        given().auth().oauth2(token("tutor")).when().post("/enrollments/1/confirmation").then().statusCode(403);
        given().auth().oauth2(token("tutor")).contentType(ContentType.JSON).body(Map.of("studentId", 1))
                .when().post("/editions/" + ED_000 + "/enrollments").then().statusCode(403);
        given().auth().oauth2(token("exam-board")).contentType(ContentType.JSON).body(Map.of()).when().post("/enrollments/1/withdrawal").then().statusCode(403);
        given().auth().oauth2(token("portal")).when().get("/editions/" + ED_000 + "/enrollments").then().statusCode(403);
        given().auth().oauth2(token("exam-board")).when().get("/editions/" + ED_000 + "/enrollments?status=CONFIRMED").then().statusCode(200);
    }

    @Test
    void sameIdempotencyKeyReplaysThePreEnrollment() {
        long student = createStudent(TestData.italianAdult());
        String key = UUID.randomUUID().toString();
        long first = given().auth().oauth2(token("frontdesk")).header("Idempotency-Key", key).contentType(ContentType.JSON)
                .body(Map.of("studentId", student)).when().post("/editions/" + ED_001 + "/enrollments")
                .then().statusCode(201).header("Idempotent-Replayed", "false").extract().jsonPath().getLong("enrollment.id");
        given().auth().oauth2(token("frontdesk")).header("Idempotency-Key", key).contentType(ContentType.JSON)
                .body(Map.of("studentId", student)).when().post("/editions/" + ED_001 + "/enrollments")
                .then().statusCode(201).header("Idempotent-Replayed", "true").body("enrollment.id", is((int) first));
        given().auth().oauth2(token("frontdesk")).when().get("/students/" + student + "/enrollments")
                .then().body("id", contains((int) first));
        // without the key the same request is a duplicate
        preEnroll(ED_001, student).statusCode(409);
    }

    @Test
    void capacityHoldsUnderTenConcurrentConfirmationsForThreeSeats() throws Exception {
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            ids.add(preEnrolled(ED_CAPACITY_3, createStudent(TestData.italianAdult())));
        }
        String bearer = "Bearer " + token("frontdesk");
        HttpClient http = HttpClient.newHttpClient();
        ExecutorService pool = Executors.newFixedThreadPool(10);
        List<Callable<Integer>> calls = new ArrayList<>();
        for (long id : ids) {
            calls.add(() -> http.send(HttpRequest.newBuilder(URI.create(base.toString() + "enrollments/" + id + "/confirmation"))
                    .header("Authorization", bearer).POST(HttpRequest.BodyPublishers.noBody()).build(),
                    HttpResponse.BodyHandlers.ofString()).statusCode());
        }
        List<Integer> statuses = new ArrayList<>();
        for (Future<Integer> f : pool.invokeAll(calls)) {
            statuses.add(f.get());
        }
        pool.shutdown();
        assertEquals(3, statuses.stream().filter(s -> s == 200).count(), statuses.toString());
        assertEquals(7, statuses.stream().filter(s -> s == 409).count(), statuses.toString());
        given().auth().oauth2(token("frontdesk")).when().get("/editions/" + ED_CAPACITY_3 + "/enrollments?status=CONFIRMED")
                .then().body("size()", is(3));
        given().auth().oauth2(token("frontdesk")).when().get("/editions/" + ED_CAPACITY_3 + "/enrollments?status=WAITING_LIST")
                .then().body("size()", is(7)).body("waitingListPosition", contains(1, 2, 3, 4, 5, 6, 7));
    }

    @Test
    void waitingListInPreEnrollmentOrderAndAWithdrawalOffersTheSeatToTheFirst() {
        long a = preEnrolled(ED_CAPACITY_1, createStudent(TestData.italianAdult()));
        long b = preEnrolled(ED_CAPACITY_1, createStudent(TestData.italianAdult()));
        confirm(a).statusCode(200);
        confirm(b).statusCode(409).body("type", is("https://formapro.it/problems/edition-full"))
                .body("figures.capacity", is(1)).body("figures.confirmed", is(1)).body("figures.waitingListPosition", is(1));
        assertEquals("WAITING_LIST", status(b));
        long cStudent = createStudent(TestData.italianAdult());
        long c = preEnroll(ED_CAPACITY_1, cStudent).statusCode(201).body("enrollment.status", is("WAITING_LIST"))
                .body("enrollment.waitingListPosition", is(2)).extract().jsonPath().getLong("enrollment.id");

        long aStudent = given().auth().oauth2(token("frontdesk")).when().get("/enrollments/" + a).then().extract().jsonPath().getLong("studentId");
        given().auth().oauth2(token("frontdesk")).contentType(ContentType.JSON).body(Map.of("reason", "Found a job"))
                .when().post("/enrollments/" + a + "/withdrawal").then().statusCode(200)
                .body("enrollment.status", is("WITHDRAWN")).body("seatOfferedToEnrollmentId", is((int) b));
        DownstreamStubs.server.verify(postRequestedFor(urlEqualTo("/editions/" + ED_CAPACITY_1 + "/participants/" + aStudent + "/withdrawal"))
                .withRequestBody(matchingJsonPath("$.reason", equalTo("Found a job"))));

        confirm(c).statusCode(409).body("detail", containsString("held for waiting-list enrollments pre-enrolled earlier"));
        confirm(b).statusCode(200).body("status", is("CONFIRMED"));
        given().auth().oauth2(token("frontdesk")).contentType(ContentType.JSON).body(Map.of()).when().post("/enrollments/" + a + "/withdrawal").then().statusCode(409);

        given().auth().oauth2(token("admin")).when().get("/enrollments/" + a + "/history").then().statusCode(200)
                .body("toStatus", contains("PRE_ENROLLED", "CONFIRMED", "WITHDRAWN"))
                .body("fromStatus", contains(null, "PRE_ENROLLED", "CONFIRMED"))
                .body("changedBy", contains("frontdesk-user", "frontdesk-user", "frontdesk-user"));
        given().auth().oauth2(token("frontdesk")).when().get("/enrollments/" + b + "/history").then()
                .body("toStatus", contains("PRE_ENROLLED", "WAITING_LIST", "CONFIRMED"));
        given().auth().oauth2(token("exam-board")).when().get("/enrollments/" + b + "/history").then().statusCode(403);
    }

    static Map<String, Object> applicationWith(Map<String, Object> stored, Map<String, Object> evidence) {
        // the identity an application declares may differ from the record: it never replaces it. Its birth date still
        // agrees with the codice fiscale (a century earlier: the code does not encode the century), or it is refused
        LocalDate declared = LocalDate.parse((String) stored.get("birthDate")).minusYears(100);
        Map<String, Object> a = TestData.student(declared, "NON_EU", evidence);
        a.put("fiscalCode", stored.get("fiscalCode"));
        a.put("firstName", "Prova");
        a.put("lastName", "Altri");
        return a;
    }

    @Test
    void aPortalApplicationMatchingAStoredStudentIsJudgedOnWhatItSentDisclosesNothingAndChangesNothing() {
        // on file: a student the rules of 000 refuse (17 at the start, an EQF 3 title, a permit ending too early)
        LocalDate birth = FUTURE_START.minusYears(18).plusDays(1);
        LocalDate permit = FUTURE_END.minusDays(1);
        Map<String, Object> stored = TestData.student(birth, "NON_EU",
                evidence(title("QUALIFICATION", 3, "ABROAD"), "B1", permit, null, null, null));
        long student = createStudent(stored);
        String before = given().auth().oauth2(token("frontdesk")).when().get("/students/" + student).then().statusCode(200)
                .extract().asString();
        // the application declares an applicant a century older, with an entry test only: judged on that, not on the
        // file (README "Enrollment"), it misses the title and the permit and fails nothing
        String body = given().auth().oauth2(token("portal")).contentType(ContentType.JSON)
                .body(Map.of("applicant", applicationWith(stored, evidence(null, null, null, null, null, "B2"))))
                .when().post("/editions/" + ED_000 + "/enrollments").then()
                .statusCode(201).body("verdict", is("MISSING_EVIDENCE"))
                .body("missingEvidence", contains("EDUCATION", "RESIDENCE_PERMIT"))
                .extract().asString();
        // the stored permit expiry, birth date and birthday, age and title are the student's, not the caller's
        for (String secret : List.of(permit.toString(), birth.toString(), birth.plusYears(18).toString(),
                birth.plusYears(18).plusDays(1).toString(), "Aged", "turns", "QUALIFICATION", "EQF 3", "expires")) {
            assertEquals(false, body.contains(secret), "'" + secret + "' disclosed: " + body);
        }
        // the entry test it presented is held on the application, not recorded on the student
        assertEquals(before, given().auth().oauth2(token("frontdesk")).when().get("/students/" + student).then().extract().asString());
        given().auth().oauth2(token("frontdesk")).when().get("/students/" + student + "/enrollments").then()
                .body("[0].presentedDocuments.status", is("PENDING"))
                .body("[0].presentedDocuments.documents", contains("italianEntryTest"));
    }

    @Test
    void aPortalApplicationMatchingAStoredStudentHoldsTheDocumentsItPresentsUntilTheFrontDeskAcceptsThem() {
        // on file: a permit expiring before the edition's end (fails); the application presents the renewed one
        LocalDate birth = LocalDate.of(1990, 1, 1);
        Map<String, Object> stored = TestData.student(birth, "NON_EU",
                evidence(diploma("ABROAD", true), "B1", FUTURE_END.minusDays(1), null, null, null));
        long student = createStudent(stored);
        LocalDate renewed = FUTURE_END.plusYears(1);
        // judged on what it sent: the permit, nothing else (the title and the certificate on file do not count)
        long id = given().auth().oauth2(token("portal")).contentType(ContentType.JSON)
                .body(Map.of("applicant", applicationWith(stored,
                        Map.of("residencePermit", Map.of("expiresOn", renewed.toString())))))
                .when().post("/editions/" + ED_000 + "/enrollments").then()
                .statusCode(201).body("status", is("PRE_ENROLLED")).body("verdict", is("MISSING_EVIDENCE"))
                .body("missingEvidence", contains("EDUCATION", "ITALIAN_LANGUAGE"))
                .extract().jsonPath().getLong("enrollmentId");
        given().auth().oauth2(token("frontdesk")).when().get("/enrollments/" + id).then().body("studentId", is((int) student))
                .body("presentedDocuments.status", is("PENDING"))
                .body("presentedDocuments.presentedBy", is("portal-user"))
                .body("presentedDocuments.evidence.residencePermit.expiresOn", is(renewed.toString()));
        // the presented permit is not on the student; the identity stays as on file
        given().auth().oauth2(token("frontdesk")).when().get("/students/" + student).then().statusCode(200)
                .body("evidence.residencePermit.expiresOn", is(FUTURE_END.minusDays(1).toString()))
                .body("firstName", is("Giulia")).body("lastName", is("Bianchi"))
                .body("birthDate", is(birth.toString())).body("citizenship", is("NON_EU"));
        given().auth().oauth2(token("frontdesk")).when().get("/enrollments/" + id + "/history").then()
                .body("[0].note", containsString("held for the front desk (not on the student until accepted): residencePermit"));
        // confirmation decides on the file, and says what accepting the held permit would change
        confirm(id).statusCode(422).body("type", is("https://formapro.it/problems/entry-requirements-not-met"))
                .body("figures.metByPresentedDocuments", contains("RESIDENCE_PERMIT"))
                .body("detail", containsString("POST /enrollments/" + id + "/presented-documents/acceptance"));
        given().auth().oauth2(token("frontdesk")).when().post("/enrollments/" + id + "/presented-documents/acceptance")
                .then().statusCode(200).body("presentedDocuments.status", is("ACCEPTED"));
        given().auth().oauth2(token("frontdesk")).when().get("/students/" + student).then()
                .body("evidence.residencePermit.expiresOn", is(renewed.toString()))
                .body("evidence.italianCertificate.level", is("B1"))
                .body("evidence.educationTitle.obtainedIn", is("ABROAD"));
        confirm(id).statusCode(200).body("status", is("CONFIRMED"));
    }

    @Test
    void aPortalApplicationWhoseCitizenshipContradictsItsCountryIsRefusedAndCreatesNothing() {
        Map<String, Object> applicant = eligibleFor("000");
        applicant.put("citizenship", "EU");
        applicant.put("citizenshipCountry", "Albania");
        given().auth().oauth2(token("portal")).contentType(ContentType.JSON).body(Map.of("applicant", applicant))
                .when().post("/editions/" + ED_000 + "/enrollments").then()
                .statusCode(400).contentType("application/problem+json")
                .body("violations.field", hasItem("applicant.citizenshipCountry"))
                .body("detail", containsString("citizenship EU"));
        notRegistered(applicant.get("fiscalCode"));
    }

    @Test
    void aPortalApplicantWithoutCodiceFiscaleIsFoundByTheIdentityDocumentAndCannotTakeTwoSeats() {
        Map<String, Object> applicant = eligibleFor("000");
        applicant.remove("fiscalCode");
        applicant.put("otherIdType", "PASSPORT");
        applicant.put("otherIdCountry", "MA");
        String passport = "YD" + System.nanoTime();
        applicant.put("otherIdValue", passport);
        long id = given().auth().oauth2(token("portal")).contentType(ContentType.JSON).body(Map.of("applicant", applicant))
                .when().post("/editions/" + ED_000 + "/enrollments").then().statusCode(201)
                .extract().jsonPath().getLong("enrollmentId");
        long student = given().auth().oauth2(token("frontdesk")).when().get("/enrollments/" + id).then()
                .extract().jsonPath().getLong("studentId");
        // the same person applying again, the number typed differently: the same student, already enrolled
        applicant.put("otherIdValue", passport.toLowerCase());
        given().auth().oauth2(token("portal")).contentType(ContentType.JSON).body(Map.of("applicant", applicant))
                .when().post("/editions/" + ED_000 + "/enrollments").then().statusCode(409)
                .body("type", is("https://formapro.it/problems/already-enrolled"));
        // on another edition the application reuses the student
        given().auth().oauth2(token("portal")).contentType(ContentType.JSON).body(Map.of("applicant", applicant))
                .when().post("/editions/" + ED_002 + "/enrollments").then().statusCode(201);
        given().auth().oauth2(token("frontdesk")).when().get("/students/" + student + "/enrollments").then()
                .body("editionId", contains((int) ED_000, (int) ED_002));
    }

    @jakarta.inject.Inject
    jakarta.persistence.EntityManager em;

    static long studentOf(long enrollmentId) {
        return given().auth().oauth2(token("frontdesk")).when().get("/enrollments/" + enrollmentId).then().statusCode(200)
                .extract().jsonPath().getLong("studentId");
    }

    static long students() {
        return Long.parseLong(given().auth().oauth2(token("frontdesk")).when().get("/students").then().statusCode(200)
                .extract().header("X-Total-Count"));
    }

    static final String PORTAL_DUPLICATE = "The applicant's identity document is on file for a student record the front "
            + "desk must check first";

    @Test
    void aPortalApplicantIsTheStudentHoldingTheSameDocumentWithOrWithoutACodiceFiscale() {
        String number = "YF" + System.nanoTime();
        Map<String, Object> registered = eligibleFor("000");
        registered.put("otherIdType", "PASSPORT");
        registered.put("otherIdCountry", "MA");
        registered.put("otherIdValue", number);
        long student = createStudent(registered);
        // the same person applying without the codice fiscale, with the passport: the student on file, not a second one
        Map<String, Object> applicant = eligibleFor("000");
        applicant.remove("fiscalCode");
        applicant.put("otherIdType", "PASSPORT");
        applicant.put("otherIdCountry", "ma");
        applicant.put("otherIdValue", number);
        long first = portalApplies(ED_000, applicant).statusCode(201).extract().jsonPath().getLong("enrollmentId");
        assertEquals(student, studentOf(first));
        // a Tunisian passport with the number is another person's: a student of its own
        applicant.put("otherIdCountry", "TN");
        long other = portalApplies(ED_000, applicant).statusCode(201).extract().jsonPath().getLong("enrollmentId");
        long tunisian = studentOf(other);
        assertNotEquals(student, tunisian);
        given().auth().oauth2(token("frontdesk")).when().get("/students/" + tunisian).then()
                .body("otherIdCountry", is("TN")).body("otherIdValue", is(number)).body("fiscalCode", nullValue());
        // without the country the applicant cannot be told apart: 400, nothing recorded
        long before = students();
        applicant.remove("otherIdCountry");
        portalApplies(ED_002, applicant).statusCode(400).contentType("application/problem+json")
                .body("violations.field", contains("applicant.otherIdCountry"));
        applicant.put("otherIdCountry", "ZZ");
        portalApplies(ED_002, applicant).statusCode(400).body("violations.field", contains("applicant.otherIdCountry"));
        // also when the codice fiscale would find the student: the document sent is checked as on registration
        Map<String, Object> knownByCf = new java.util.LinkedHashMap<>(registered);
        knownByCf.remove("otherIdCountry");
        portalApplies(ED_002, knownByCf).statusCode(400).body("violations.field", contains("applicant.otherIdCountry"));
        // a new codice fiscale with the document of the student on file: one document is one person's; the portal
        // is not told which student holds it
        Map<String, Object> withCf = eligibleFor("000");
        withCf.put("otherIdType", "PASSPORT");
        withCf.put("otherIdCountry", "MA");
        withCf.put("otherIdValue", number);
        portalApplies(ED_002, withCf).statusCode(409).contentType("application/problem+json")
                .body("type", is("https://formapro.it/problems/duplicate-student"))
                .body("detail", startsWith(PORTAL_DUPLICATE));
        notRegistered(withCf.get("fiscalCode"));
        assertEquals(before, students());
        given().auth().oauth2(token("frontdesk")).when().get("/students/" + student + "/enrollments").then()
                .body("editionId", contains((int) ED_000));
    }

    @Test
    void aPortalApplicantMatchingADocumentWithoutCountryIsRefusedUntilTheFrontDeskRecordsIt() {
        String number = "YG" + System.nanoTime();
        Map<String, Object> onFile = eligibleFor("000");
        onFile.remove("fiscalCode");
        onFile.put("otherIdType", "PASSPORT");
        onFile.put("otherIdCountry", "FR");
        onFile.put("otherIdValue", number);
        long student = createStudent(onFile);
        // as registered before V10
        io.quarkus.narayana.jta.QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(
                "UPDATE student SET other_id_country = NULL WHERE id = :id").setParameter("id", student).executeUpdate());
        Map<String, Object> applicant = new java.util.LinkedHashMap<>(onFile);
        applicant.put("otherIdCountry", "MA");
        long before = students();
        portalApplies(ED_000, applicant).statusCode(409).contentType("application/problem+json")
                .body("type", is("https://formapro.it/problems/duplicate-student"))
                .body("detail", startsWith(PORTAL_DUPLICATE));
        // the front desk sending the applicant is told which record to complete
        given().auth().oauth2(token("frontdesk")).contentType(ContentType.JSON).body(Map.of("applicant", applicant))
                .when().post("/editions/" + ED_000 + "/enrollments").then().statusCode(409)
                .body("detail", containsString("Student " + student + " holds a PASSPORT with the applicant's number whose "
                        + "issuing country was not recorded"));
        assertEquals(before, students());
        given().auth().oauth2(token("frontdesk")).when().get("/students/" + student + "/enrollments").then().body("$", empty());
        // recorded as French, the Moroccan applicant is another person
        given().auth().oauth2(token("frontdesk")).contentType(ContentType.JSON).body(Map.of("version", 0, "student", onFile))
                .when().put("/students/" + student).then().statusCode(200).body("otherIdCountry", is("FR"));
        long id = portalApplies(ED_000, applicant).statusCode(201).extract().jsonPath().getLong("enrollmentId");
        assertNotEquals(student, studentOf(id));
        assertEquals(before + 1, students());
    }


    @Test
    void aStudentMarkedAsADuplicateByTheMigrationIsNeitherPreEnrolledNorConfirmedUntilResolved() {
        long original = createStudent(eligibleFor("000"));
        Map<String, Object> copy = eligibleFor("000");
        long duplicate = createStudent(copy);
        long pending = preEnrolled(ED_002, duplicate);
        // as migration V7 marks a live duplicate found among the existing students
        io.quarkus.narayana.jta.QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(
                "UPDATE student SET duplicate_of = :o WHERE id = :d").setParameter("o", original).setParameter("d", duplicate).executeUpdate());
        given().auth().oauth2(token("frontdesk")).when().get("/students/" + duplicate).then().body("duplicateOf", is((int) original));
        preEnroll(ED_000, duplicate).statusCode(409).contentType("application/problem+json")
                .body("type", is("https://formapro.it/problems/duplicate-student"))
                .body("detail", containsString("student " + original));
        confirm(pending).statusCode(409).body("type", is("https://formapro.it/problems/duplicate-student"));
        assertEquals("PRE_ENROLLED", status(pending));
        // an update that resolves it (here simply saved again: no other live student shares its identity) clears the mark
        given().auth().oauth2(token("frontdesk")).contentType(ContentType.JSON).body(Map.of("version", 0, "student", copy))
                .when().put("/students/" + duplicate).then().statusCode(200).body("duplicateOf", nullValue());
        preEnroll(ED_000, duplicate).statusCode(201);
    }

    @Test
    void theSameIdempotencyKeyForAnotherStudentOrJoiningDayIs422NotAReplay() {
        long a = createStudent(TestData.italianAdult());
        long b = createStudent(TestData.italianAdult());
        String key = UUID.randomUUID().toString();
        long first = given().auth().oauth2(token("frontdesk")).header("Idempotency-Key", key).contentType(ContentType.JSON)
                .body(Map.of("studentId", a)).when().post("/editions/" + ED_TUI_AT_LIMIT + "/enrollments")
                .then().statusCode(201).extract().jsonPath().getLong("enrollment.id");
        // corrected to the right student with the same key: refused, not answered with a's enrollment
        given().auth().oauth2(token("frontdesk")).header("Idempotency-Key", key).contentType(ContentType.JSON)
                .body(Map.of("studentId", b)).when().post("/editions/" + ED_TUI_AT_LIMIT + "/enrollments")
                .then().statusCode(422).contentType("application/problem+json")
                .body("type", is("https://formapro.it/problems/idempotency-key-reused"));
        given().auth().oauth2(token("frontdesk")).when().get("/students/" + b + "/enrollments").then().body("size()", is(0));
        // a confirmation: the joining day is part of the request
        String confirmKey = UUID.randomUUID().toString();
        LocalDate start = Italy.today().minusDays(30);
        given().auth().oauth2(token("frontdesk")).header("Idempotency-Key", confirmKey).queryParam("joinedOn", start.toString())
                .when().post("/enrollments/" + first + "/confirmation").then().statusCode(200).header("Idempotent-Replayed", "false")
                .body("joinedOn", is(start.toString()));
        given().auth().oauth2(token("frontdesk")).header("Idempotency-Key", confirmKey).queryParam("joinedOn", start.plusDays(1).toString())
                .when().post("/enrollments/" + first + "/confirmation").then().statusCode(422)
                .body("type", is("https://formapro.it/problems/idempotency-key-reused"))
                .body("detail", containsString("POST /enrollments/" + first + "/confirmation"));
        given().auth().oauth2(token("frontdesk")).header("Idempotency-Key", confirmKey).queryParam("joinedOn", start.toString())
                .when().post("/enrollments/" + first + "/confirmation").then().statusCode(200)
                .header("Idempotent-Replayed", "true").body("joinedOn", is(start.toString()));
    }

    static ValidatableResponse portalApplies(long editionId, Map<String, Object> applicant) {
        return given().auth().oauth2(token("portal")).contentType(ContentType.JSON).body(Map.of("applicant", applicant))
                .when().post("/editions/" + editionId + "/enrollments").then();
    }

    static void notRegistered(Object fiscalCode) {
        given().auth().oauth2(token("frontdesk")).queryParam("fiscalCode", fiscalCode).when().get("/students").then()
                .statusCode(200).header("X-Total-Count", "0").body("$", empty());
    }

    @Test
    void aPortalApplicationPastTheLatestJoiningPointIsRefusedLikeTheConfirmationAndRecordsNothing() {
        Map<String, Object> late = TestData.italianAdult();
        portalApplies(ED_TUI_PAST, late).statusCode(422).contentType("application/problem+json")
                .body("type", is("https://formapro.it/problems/tui-passed"))
                .body("detail", containsString("Too late to join edition " + ED_TUI_PAST + " on " + Italy.today()))
                .body("violations[0].field", is("TUI"))
                .body("figures.limitHours", is(50.0f))
                .body("figures.deliveredHours", is(50.01f));
        notRegistered(late.get("fiscalCode"));
        // exactly at the limit the applicant may still join
        portalApplies(ED_TUI_AT_LIMIT, TestData.italianAdult()).statusCode(201).body("status", is("PRE_ENROLLED"));
        // attendance down: no answer on the TUI, no application recorded
        Map<String, Object> unknown = TestData.italianAdult();
        portalApplies(ED_HOURS_DOWN, unknown).statusCode(503).contentType("application/problem+json")
                .body("detail", containsString("the application was not accepted"));
        notRegistered(unknown.get("fiscalCode"));
        // the front desk may record a student who joined earlier: measured at confirmation, on the joining day
        preEnroll(ED_TUI_PAST, createStudent(TestData.italianAdult())).statusCode(201);
    }

    static ValidatableResponse updateStudent(long id, int version, Map<String, Object> student) {
        return given().auth().oauth2(token("frontdesk")).contentType(ContentType.JSON)
                .body(Map.of("version", version, "student", student)).when().put("/students/" + id).then();
    }

    @Test
    void aCorrectedNameReachesAttendanceForEachParticipantItRegisteredAndAFailureThereChangesNothing() {
        Map<String, Object> s = eligibleFor("000");
        long student = createStudent(s);
        long confirmed = preEnrolled(ED_000, student);
        confirm(confirmed).statusCode(200);
        long withdrawn = preEnrolled(ED_002, student);
        confirm(withdrawn).statusCode(200);
        given().auth().oauth2(token("frontdesk")).contentType(ContentType.JSON).body(Map.of())
                .when().post("/enrollments/" + withdrawn + "/withdrawal").then().statusCode(200);
        preEnrolled(ED_003, student); // pre-enrolled only: not in attendance yet

        s.put("lastName", "Bianchi Rossi");
        updateStudent(student, 0, s).statusCode(200).body("lastName", is("Bianchi Rossi"));
        String participant = "/editions/" + ED_000 + "/participants/" + student;
        DownstreamStubs.server.verify(exactly(1), putRequestedFor(urlEqualTo(participant))
                .withRequestBody(matchingJsonPath("$.lastName", equalTo("Bianchi Rossi")))
                .withRequestBody(matchingJsonPath("$.firstName", equalTo("Giulia")))
                .withRequestBody(matchingJsonPath("$.enrollmentId", equalTo(String.valueOf(confirmed))))
                .withRequestBody(matchingJsonPath("$.joinedOn", equalTo(FUTURE_START.toString())))
                .withHeader("Authorization", com.github.tomakehurst.wiremock.client.WireMock.matching("Bearer .+")));
        // the participant who left is corrected too, under the enrollment they left (attendance keeps them withdrawn);
        // the pre-enrolled one is not in attendance
        DownstreamStubs.server.verify(exactly(1), putRequestedFor(urlEqualTo("/editions/" + ED_002 + "/participants/" + student))
                .withRequestBody(matchingJsonPath("$.lastName", equalTo("Bianchi Rossi")))
                .withRequestBody(matchingJsonPath("$.enrollmentId", equalTo(String.valueOf(withdrawn)))));
        DownstreamStubs.server.verify(exactly(0), putRequestedFor(urlEqualTo("/editions/" + ED_003 + "/participants/" + student)));

        // another field only: nothing sent
        s.put("phone", "+39 085 333");
        updateStudent(student, 1, s).statusCode(200);
        DownstreamStubs.server.verify(exactly(1), putRequestedFor(urlEqualTo(participant)).withRequestBody(
                matchingJsonPath("$.lastName", equalTo("Bianchi Rossi"))));

        // attendance cannot take the correction: 503, and the name stays as it was
        var down = DownstreamStubs.server.stubFor(com.github.tomakehurst.wiremock.client.WireMock.put(urlEqualTo(participant))
                .atPriority(1).willReturn(com.github.tomakehurst.wiremock.client.WireMock.aResponse().withStatus(500)));
        try {
            s.put("firstName", "Giuliana");
            updateStudent(student, 2, s).statusCode(503).contentType("application/problem+json")
                    .body("detail", containsString("the corrected name could not be passed to attendance-service"))
                    .body("detail", containsString("nothing changed"));
        } finally {
            DownstreamStubs.server.removeStub(down);
        }
        given().auth().oauth2(token("frontdesk")).when().get("/students/" + student).then()
                .body("firstName", is("Giulia")).body("version", is(2));
        // once attendance is back the same update goes through
        updateStudent(student, 2, s).statusCode(200).body("firstName", is("Giuliana"));
        DownstreamStubs.server.verify(putRequestedFor(urlEqualTo(participant))
                .withRequestBody(matchingJsonPath("$.firstName", equalTo("Giuliana"))));
    }

    /** attendance's answer to a participant PUT naming a student it holds as erased (its ErasedParticipant). */
    private static com.github.tomakehurst.wiremock.stubbing.StubMapping attendanceRefuses(String participant, String slug) {
        return DownstreamStubs.server.stubFor(com.github.tomakehurst.wiremock.client.WireMock.put(urlEqualTo(participant))
                .atPriority(1).willReturn(com.github.tomakehurst.wiremock.client.WireMock.aResponse().withStatus(409)
                        .withHeader("Content-Type", "application/problem+json")
                        .withBody("{\"type\":\"https://formapro.it/problems/" + slug + "\",\"status\":409,"
                                + "\"detail\":\"Student was erased (GDPR art. 17). Nothing was changed\"}")));
    }

    @Test
    void aStudentErasedInAttendanceOnlyIsA409SayingToFinishTheErasureNotARetryableOutage() {
        // an erasure that reached attendance and stopped (exam refused it): the student is live here, erased there
        Map<String, Object> s = eligibleFor("000");
        long student = createStudent(s);
        long confirmed = preEnrolled(ED_000, student);
        confirm(confirmed).statusCode(200);
        long pending = preEnrolled(ED_001, student);
        String participant = "/editions/" + ED_001 + "/participants/" + student;
        var erased = attendanceRefuses(participant, "participant-erased");
        var renamedErased = attendanceRefuses("/editions/" + ED_000 + "/participants/" + student, "participant-erased");
        try {
            confirm(pending).statusCode(409).contentType("application/problem+json")
                    .body("type", is("https://formapro.it/problems/erasure-incomplete"))
                    .body("detail", containsString("erased in attendance-service"))
                    .body("detail", containsString("the confirmation was rolled back (nothing confirmed)"))
                    .body("detail", containsString("Retrying will not help"))
                    .body("detail", containsString("POST /students/" + student + "/erasure"))
                    .body("figures.studentId", is((int) student)).body("figures.editionId", is((int) ED_001));
            assertEquals("PRE_ENROLLED", status(pending));
            // a refusal, not an outage: asked once, not retried by fault tolerance
            DownstreamStubs.server.verify(exactly(1), putRequestedFor(urlEqualTo(participant)));

            Object lastName = s.get("lastName");
            s.put("lastName", "Bianchi Rossi");
            updateStudent(student, 0, s).statusCode(409).contentType("application/problem+json")
                    .body("type", is("https://formapro.it/problems/erasure-incomplete"))
                    .body("detail", containsString("the update was rolled back, nothing changed"))
                    .body("detail", containsString("Retrying will not help"));
            given().auth().oauth2(token("frontdesk")).when().get("/students/" + student).then()
                    .body("lastName", is(lastName))
                    .body("version", is(0));
        } finally {
            DownstreamStubs.server.removeStub(erased);
            DownstreamStubs.server.removeStub(renamedErased);
        }
        // another 409 of attendance is not taken for an erasure: still the 503 it was
        var other = attendanceRefuses(participant, "concurrent-modification");
        try {
            confirm(pending).statusCode(503).body("detail", containsString("retry later"));
            assertEquals("PRE_ENROLLED", status(pending));
        } finally {
            DownstreamStubs.server.removeStub(other);
        }
    }
}
