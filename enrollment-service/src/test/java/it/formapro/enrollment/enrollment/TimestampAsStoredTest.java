package it.formapro.enrollment.enrollment;

import static io.restassured.RestAssured.given;
import static it.formapro.enrollment.support.DownstreamStubs.ED_001;
import static it.formapro.enrollment.support.TestData.token;
import static org.hamcrest.Matchers.endsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.path.json.JsonPath;
import it.formapro.enrollment.support.DownstreamStubs;
import org.junit.jupiter.api.Test;

/**
 * The answer of the request that records a moment gives it as every later read does (common's Timestamps: UTC, to the
 * microsecond, as PostgreSQL keeps it): the pre-enrollment answered {@code 21:49:36.055261116+01:00} and the reads
 * {@code 20:49:36.055261Z}.
 */
@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
@QuarkusTestResource(DownstreamStubs.class)
class TimestampAsStoredTest {

    private static JsonPath read(long enrollmentId) {
        return given().auth().oauth2(token("frontdesk")).when().get("/enrollments/" + enrollmentId)
                .then().statusCode(200).extract().jsonPath();
    }

    @Test
    void thePreEnrollmentAndConfirmationAnswersGiveTheMomentsAsTheReadsDo() {
        long student = EnrollmentResourceTest.createStudent(EnrollmentResourceTest.eligibleFor("001"));
        JsonPath created = EnrollmentResourceTest.preEnroll(ED_001, student).statusCode(201)
                .body("enrollment.preEnrolledAt", endsWith("Z")).extract().jsonPath();
        long id = created.getLong("enrollment.id");
        assertEquals(read(id).getString("preEnrolledAt"), created.getString("enrollment.preEnrolledAt"));

        JsonPath confirmed = EnrollmentResourceTest.confirm(id).statusCode(200).extract().jsonPath();
        JsonPath after = read(id);
        assertEquals(after.getString("confirmedAt"), confirmed.getString("confirmedAt"));
        assertEquals(after.getString("preEnrolledAt"), confirmed.getString("preEnrolledAt"));
    }
}
