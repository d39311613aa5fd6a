package it.formapro.exam.admission;

import static it.formapro.exam.support.Api.board;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.lessThan;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import it.formapro.exam.support.Api;
import it.formapro.exam.support.DownstreamStubs;
import org.junit.jupiter.api.Test;

/** Any service the admission list depends on failing gives 503 naming it, quickly, and changes nothing. */
@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
@QuarkusTestResource(DownstreamStubs.class)
class DownstreamFailureTest {

    @Test
    void attendanceAnswering500Is503() {
        long session = Api.createSession(DownstreamStubs.ATTENDANCE_BROKEN);
        board().when().get("/exam-sessions/" + session + "/admissions").then().statusCode(503)
                .contentType("application/problem+json")
                .body("type", is("https://formapro.it/problems/service-unavailable"))
                .body("detail", containsString("attendance-service is unavailable"))
                .body("figures.service", is("attendance-service"));
        // nothing was frozen
        board().when().post("/exam-sessions/" + session + "/admissions/freeze").then().statusCode(503);
        board().when().get("/exam-sessions/" + session + "/admissions").then().statusCode(503);
    }

    @Test
    void attendanceTooSlowIs503WithinTheTimeout() {
        long session = Api.createSession(DownstreamStubs.ATTENDANCE_SLOW);
        board().when().get("/exam-sessions/" + session + "/admissions").then().statusCode(503)
                .time(lessThan(4000L))
                .body("detail", containsString("attendance-service is unavailable (TimeoutException"));
    }

    @Test
    void enrollmentDroppingTheConnectionIs503() {
        long session = Api.createSession(DownstreamStubs.ENROLLMENT_DOWN);
        board().when().get("/exam-sessions/" + session + "/admissions").then().statusCode(503)
                .body("detail", containsString("enrollment-service is unavailable"))
                .body("figures.service", is("enrollment-service"));
    }
}
