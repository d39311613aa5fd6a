package it.formapro.exam.attendance;

import static it.formapro.exam.support.Api.board;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.is;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import it.formapro.exam.support.Api;
import it.formapro.exam.support.DownstreamStubs;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The summary of a large edition takes seconds to build and send: it is waited for up to its own @Timeout
 * (AttendanceGateway, 10 s), not cut by the 5 s read timeout of attendance's other calls. Run with the production
 * timeout: the other tests lower it to 1 s so that a slow attendance fails fast.
 */
@QuarkusTest
@TestProfile(LargeEditionSummaryTest.ProductionSummaryTimeout.class)
@QuarkusTestResource(OidcWiremockTestResource.class)
@QuarkusTestResource(DownstreamStubs.class)
class LargeEditionSummaryTest {

    public static class ProductionSummaryTimeout implements QuarkusTestProfile {
        static final String TIMEOUT = "it.formapro.exam.attendance.AttendanceGateway/summary/Timeout/value";

        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of(TIMEOUT, "10000", "%test." + TIMEOUT, "10000");
        }
    }

    @Test
    void aSummaryTakingLongerThanTheOtherCallsReadTimeoutIsWaitedFor() {
        long session = Api.createSession(DownstreamStubs.ATTENDANCE_LARGE);
        board().when().get("/exam-sessions/" + session + "/admissions").then().statusCode(200)
                .time(greaterThan(5500L))
                .body("editionId", is((int) DownstreamStubs.ATTENDANCE_LARGE))
                .body("frozen", is(false))
                .body("candidates.find { it.studentId == 5 }.decision", is("ADMITTED"));
    }
}
