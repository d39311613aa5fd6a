package it.formapro.attendance.summary;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.specification.RequestSpecification;
import it.formapro.attendance.support.Api;
import it.formapro.attendance.support.CatalogStub;
import it.formapro.common.reports.ReportGate;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Edition-wide reports through HTTP with a gate of one at a time: while the only turn is taken, a summary, the
 * admission figures and the register exports wait, then answer 503 with Retry-After; afterwards they are computed,
 * and each holds its turn until its answer is written.
 */
@QuarkusTest
@TestProfile(ReportGateTest.OneAtATime.class)
@QuarkusTestResource(OidcWiremockTestResource.class)
@QuarkusTestResource(CatalogStub.class)
class ReportGateTest {

    public static class OneAtATime implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("formapro.reports.concurrent", "1", "formapro.reports.max-wait", "PT0.3S");
        }
    }

    private static final long EDITION = 2030;

    @Inject
    ReportGate gate;

    @Test
    void whileTheOnlyTurnIsTakenEditionReportsAnswerBusyThenTheyAreComputed() throws Exception {
        Api.participant(EDITION, 501, "Ada", "Attesa", LocalDate.of(2026, 1, 12));
        gate.run(() -> {
            for (String report : new String[] {"/summary", "/summary/admission", "/register.csv", "/register.pdf"}) {
                board().when().get("/editions/{e}" + report, EDITION).then().statusCode(503)
                        .contentType("application/problem+json").header("Retry-After", "5")
                        .body("type", is("https://formapro.it/problems/busy"))
                        .body("detail", containsString("at most 1 edition-wide reports at once"));
            }
            // a single student's summary is not an edition-wide report
            board().when().get("/editions/{e}/participants/501/summary", EDITION).then().statusCode(200);
            return null;
        });
        board().when().get("/editions/{e}/summary", EDITION).then().statusCode(200)
                .body("students[0].studentId", is(501));
        // the admission figures are computed from the summary: one turn for the request, it does not wait for itself
        board().when().get("/editions/{e}/summary/admission", EDITION).then().statusCode(200)
                .body("students[0].studentId", is(501));
        assertEquals(0, gate.running(), "every turn is given back once its answer is written");
    }

    @Test
    void theTurnLastsUntilTheAnswerIsWrittenNotOnlyWhileTheReportIsComputed() {
        // a 3 000-student answer is 10 MB of JSON written after the method returns: it must count against the gate
        board().when().get("/test-only/answer-written-under-the-turn").then().statusCode(200)
                .body("turnsTakenWhileWritten", is(1));
        assertEquals(0, gate.running());
    }

    @Test
    void aReportAnswerIsWrittenUnderTheTurnThenTheServiceLetsGoOfTheReport() throws InterruptedException {
        board().when().get("/test-only/answer-written-under-the-turn/let-go").then().statusCode(200)
                .body("turnsTakenWhileWritten", is(1));
        assertEquals(0, gate.running());
        // returned as a plain object, the report stayed reachable from the idle worker thread that had answered it
        // (its last task), one report per thread: with ReportAnswers only the written, empty answer stays
        for (int i = 0; i < 50 && AnswerWrittenUnderTheTurnResource.lastReport.get() != null; i++) {
            System.gc();
            Thread.sleep(20);
        }
        assertNull(AnswerWrittenUnderTheTurnResource.lastReport.get(), "the written report is still held by the service");
    }

    private static RequestSpecification board() {
        return given().auth().oauth2(OidcWiremockTestResource.getAccessToken("admin.gate", Set.of("admin")));
    }
}
