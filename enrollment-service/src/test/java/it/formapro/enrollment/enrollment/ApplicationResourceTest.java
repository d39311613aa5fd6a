package it.formapro.enrollment.enrollment;

import static io.restassured.RestAssured.given;
import static it.formapro.enrollment.support.DownstreamStubs.ED_000;
import static it.formapro.enrollment.support.DownstreamStubs.FUTURE_END;
import static it.formapro.enrollment.support.DownstreamStubs.FUTURE_START;
import static it.formapro.enrollment.support.TestData.diploma;
import static it.formapro.enrollment.support.TestData.evidence;
import static it.formapro.enrollment.support.TestData.token;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.github.tomakehurst.wiremock.client.WireMock;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.http.ContentType;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import it.formapro.enrollment.support.DownstreamStubs;
import it.formapro.enrollment.support.SeedStandards;
import it.formapro.enrollment.support.TestData;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * A portal follows its applications (GET /applications): the Location of its 201, its own applications only, no
 * personal data. Two portal clients are two principal names (Keycloak: service-account-&lt;clientId&gt;).
 */
@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
@QuarkusTestResource(DownstreamStubs.class)
class ApplicationResourceTest {

    /** Every key of the receipt: the enrollment reference, status and what is still missing; nothing about the person. */
    static final Set<String> RECEIPT_KEYS = Set.of("enrollmentId", "editionId", "status", "preEnrolledAt", "verdict",
            "missingEvidence", "rulesNotPassed", "waitingListPosition");

    /** Standard 000, future, capacity 1: only this test class uses it (waiting list). */
    static final long ED_APPLICATIONS_CAPACITY_1 = 140;

    static String portal(String clientId) {
        return OidcWiremockTestResource.getAccessToken("service-account-" + clientId, Set.of("portal"));
    }

    static ExtractableResponse<Response> apply(String portalToken, long editionId, Map<String, Object> applicant) {
        return given().auth().oauth2(portalToken).contentType(ContentType.JSON).body(Map.of("applicant", applicant))
                .when().post("/editions/" + editionId + "/enrollments").then().statusCode(201).extract();
    }

    static ExtractableResponse<Response> read(String bearer, Object pathOrId) {
        String path = pathOrId instanceof String s ? s : "/applications/" + pathOrId;
        return given().auth().oauth2(bearer).when().get(path).then().extract();
    }

    /** A foreign applicant without an Italian certificate: pre-enrolled with ITALIAN_LANGUAGE missing. */
    static Map<String, Object> withoutItalianCertificate() {
        return TestData.student(LocalDate.of(1990, 1, 1), "NON_EU", evidence(diploma("ABROAD", true), null, FUTURE_END, null, null, null));
    }

    @Test
    void thePortalFollowsItsLocationAndSeesTheConfirmation() {
        String portal = portal("portal");
        Map<String, Object> applicant = withoutItalianCertificate();
        ExtractableResponse<Response> created = apply(portal, ED_000, applicant);
        long id = created.jsonPath().getLong("enrollmentId");
        String location = created.header("Location");
        assertEquals("/applications/" + id, URI.create(location).getPath());
        // the receipt on submission already says what is missing, with the rule's source
        assertEquals(RECEIPT_KEYS, created.jsonPath().getMap("$").keySet());

        ExtractableResponse<Response> followed = read(portal, URI.create(location).getPath());
        assertEquals(200, followed.statusCode());
        assertEquals(RECEIPT_KEYS, followed.jsonPath().getMap("$").keySet());
        assertEquals(id, followed.jsonPath().getLong("enrollmentId"));
        assertEquals("PRE_ENROLLED", followed.jsonPath().getString("status"));
        assertEquals("MISSING_EVIDENCE", followed.jsonPath().getString("verdict"));
        assertEquals(List.of("ITALIAN_LANGUAGE"), followed.jsonPath().getList("missingEvidence"));
        assertEquals(List.of("ITALIAN_LANGUAGE"), followed.jsonPath().getList("rulesNotPassed.rule"));
        assertEquals(List.of("MISSING_EVIDENCE"), followed.jsonPath().getList("rulesNotPassed.outcome"));
        assertEquals(List.of(SeedStandards.SOURCE_000), followed.jsonPath().getList("rulesNotPassed.source").stream()
                .map(s -> ((String) s).substring(0, SeedStandards.SOURCE_000.length())).toList());
        noPersonalData(followed.asString(), applicant);

        // the front desk records the certificate: the application no longer misses it
        long student = given().auth().oauth2(token("frontdesk")).when().get("/enrollments/" + id).then().statusCode(200)
                .extract().jsonPath().getLong("studentId");
        int version = given().auth().oauth2(token("frontdesk")).when().get("/students/" + student).then().statusCode(200)
                .extract().jsonPath().getInt("version");
        Map<String, Object> documented = new java.util.LinkedHashMap<>(applicant);
        documented.put("evidence", evidence(diploma("ABROAD", true), "B1", FUTURE_END, null, null, null));
        EnrollmentResourceTest.updateStudent(student, version, documented).statusCode(200);
        given().auth().oauth2(portal).when().get(location).then().statusCode(200)
                .body("status", is("PRE_ENROLLED")).body("verdict", is("ELIGIBLE"))
                .body("missingEvidence", empty()).body("rulesNotPassed", empty());

        // confirmed by the front desk: the portal sees it, with nothing left to meet
        EnrollmentResourceTest.confirm(id).statusCode(200);
        ExtractableResponse<Response> confirmed = read(portal, id);
        assertEquals(200, confirmed.statusCode());
        assertEquals("CONFIRMED", confirmed.jsonPath().getString("status"));
        assertEquals(null, confirmed.jsonPath().getString("verdict"));
        assertEquals(List.of(), confirmed.jsonPath().getList("rulesNotPassed"));
        noPersonalData(confirmed.asString(), documented);

        // the front desk may read the portal's application too
        given().auth().oauth2(token("frontdesk")).when().get(location).then().statusCode(200).body("status", is("CONFIRMED"));
        // the portal still may not read the enrollment itself
        given().auth().oauth2(portal).when().get("/enrollments/" + id).then().statusCode(403);
    }

    static void noPersonalData(String body, Map<String, Object> applicant) {
        for (String personal : List.of((String) applicant.get("fiscalCode"), (String) applicant.get("lastName"),
                (String) applicant.get("firstName"), applicant.get("birthDate").toString(), (String) applicant.get("email"),
                "studentId", "reason")) {
            assertFalse(body.contains(personal), "the portal's view carries " + personal + ": " + body);
        }
    }

    @Test
    void anotherPortalsApplicationAFrontDeskEnrollmentAndAnUnknownIdAreTheSame404() {
        String portal = portal("portal");
        long mine = apply(portal, ED_000, TestData.italianAdult()).jsonPath().getLong("enrollmentId");
        long frontDesk = EnrollmentResourceTest.preEnrolled(ED_000, EnrollmentResourceTest.createStudent(TestData.italianAdult()));

        ExtractableResponse<Response> others = read(portal("other-portal"), mine);
        assertEquals(404, others.statusCode());
        assertEquals("application/problem+json", others.contentType());
        assertEquals("Application " + mine + " does not exist", others.jsonPath().getString("detail"));

        ExtractableResponse<Response> entered = read(portal, frontDesk);
        assertEquals(404, entered.statusCode());
        assertEquals("Application " + frontDesk + " does not exist", entered.jsonPath().getString("detail"));
        // an enrollment the front desk entered is no application for the front desk either: it is GET /enrollments/{id}
        assertEquals(404, read(token("frontdesk"), frontDesk).statusCode());

        ExtractableResponse<Response> unknown = read(portal, 99_999_999L);
        assertEquals(404, unknown.statusCode());
        assertEquals("Application 99999999 does not exist", unknown.jsonPath().getString("detail"));
        // same type and title for all three: nothing tells them apart
        assertEquals(unknown.jsonPath().getString("type"), others.jsonPath().getString("type"));
        assertEquals(unknown.jsonPath().getString("title"), entered.jsonPath().getString("title"));

        // the front desk's Location stays its enrollment
        given().auth().oauth2(token("frontdesk")).contentType(ContentType.JSON)
                .body(Map.of("studentId", EnrollmentResourceTest.createStudent(TestData.italianAdult())))
                .when().post("/editions/" + ED_000 + "/enrollments").then().statusCode(201)
                .header("Location", containsString("/enrollments/"));
        // a role outside the matrix, a malformed id
        given().auth().oauth2(token("tutor")).when().get("/applications/" + mine).then().statusCode(403);
        given().auth().oauth2(portal).when().get("/applications/abc").then().statusCode(400)
                .contentType("application/problem+json");
    }

    @Test
    void aReplayedApplicationKeepsItsLocation() {
        String portal = portal("portal");
        String key = UUID.randomUUID().toString();
        Map<String, Object> applicant = TestData.italianAdult();
        String first = given().auth().oauth2(portal).header("Idempotency-Key", key).contentType(ContentType.JSON)
                .body(Map.of("applicant", applicant)).when().post("/editions/" + ED_000 + "/enrollments").then()
                .statusCode(201).extract().header("Location");
        given().auth().oauth2(portal).header("Idempotency-Key", key).contentType(ContentType.JSON)
                .body(Map.of("applicant", applicant)).when().post("/editions/" + ED_000 + "/enrollments").then()
                .statusCode(201).header("Idempotent-Replayed", "true").header("Location", is(first));
        given().auth().oauth2(portal).when().get(first).then().statusCode(200).body("status", is("PRE_ENROLLED"));
    }

    @Test
    void aPortalListsItsOwnApplicationsByStatusOnePageAtATime() {
        DownstreamStubs.rules(SeedStandards.edition(ED_APPLICATIONS_CAPACITY_1, "000", FUTURE_START, FUTURE_END, 250, 1, "OPEN"));
        String lister = portal("lister-" + UUID.randomUUID());
        long first = apply(lister, ED_APPLICATIONS_CAPACITY_1, TestData.italianAdult()).jsonPath().getLong("enrollmentId");
        EnrollmentResourceTest.confirm(first).statusCode(200);
        // the edition is full: the next applications wait, in arrival order
        ExtractableResponse<Response> waiting = apply(lister, ED_APPLICATIONS_CAPACITY_1, TestData.italianAdult());
        assertEquals("WAITING_LIST", waiting.jsonPath().getString("status"));
        long second = waiting.jsonPath().getLong("enrollmentId");
        long third = apply(lister, ED_APPLICATIONS_CAPACITY_1, TestData.italianAdult()).jsonPath().getLong("enrollmentId");
        given().auth().oauth2(lister).when().get("/applications/" + third).then().statusCode(200)
                .body("status", is("WAITING_LIST")).body("waitingListPosition", is(2)).body("verdict", is("ELIGIBLE"));
        // another portal's applications are not listed
        apply(portal("portal"), ED_000, TestData.italianAdult());

        given().auth().oauth2(lister).queryParam("size", 2).when().get("/applications").then().statusCode(200)
                .header("X-Total-Count", "3").header("X-Page-Count", "2")
                .body("enrollmentId", contains((int) third, (int) second));
        given().auth().oauth2(lister).queryParam("size", 2).queryParam("page", 1).when().get("/applications").then()
                .statusCode(200).body("enrollmentId", contains((int) first)).body("[0].status", is("CONFIRMED"))
                .body("[0].waitingListPosition", nullValue());
        given().auth().oauth2(lister).queryParam("status", "WAITING_LIST").when().get("/applications").then()
                .statusCode(200).header("X-Total-Count", "2").body("status", contains("WAITING_LIST", "WAITING_LIST"))
                .body("waitingListPosition", contains(2, 1)).body("verdict", contains("ELIGIBLE", "ELIGIBLE"));
        given().auth().oauth2(portal("nobody-" + UUID.randomUUID())).when().get("/applications").then().statusCode(200)
                .header("X-Total-Count", "0").body("$", empty());
        given().auth().oauth2(lister).queryParam("status", "HAPPY").when().get("/applications").then().statusCode(400)
                .contentType("application/problem+json");
        given().auth().oauth2(lister).queryParam("size", 0).when().get("/applications").then().statusCode(400);
        // the list is the portal's: the front desk lists an edition's enrollments
        given().auth().oauth2(token("frontdesk")).when().get("/applications").then().statusCode(403);
    }

    @Test
    void anApplicationStillWaitingNeedsTheCatalogueAndSaysSoWhenItIsDown() {
        long edition = 141;
        DownstreamStubs.rules(SeedStandards.edition(edition, "000", FUTURE_START, FUTURE_END, 250, 20, "OPEN"));
        String portal = portal("portal");
        long id = apply(portal, edition, TestData.italianAdult()).jsonPath().getLong("enrollmentId");
        // pre-enrollment read fresh rules; the application's first read asks the catalogue, which is now down
        DownstreamStubs.server.stubFor(WireMock.get(WireMock.urlEqualTo("/editions/" + edition + "/rules"))
                .willReturn(WireMock.aResponse().withStatus(503).withBody("down")));
        given().auth().oauth2(portal).when().get("/applications/" + id).then().statusCode(503)
                .contentType("application/problem+json").body("detail", containsString("catalog"));
        DownstreamStubs.rules(SeedStandards.edition(edition, "000", FUTURE_START, FUTURE_END, 250, 20, "OPEN"));
        given().auth().oauth2(portal).when().get("/applications/" + id).then().statusCode(200)
                .body("verdict", is("ELIGIBLE"));
    }
}
