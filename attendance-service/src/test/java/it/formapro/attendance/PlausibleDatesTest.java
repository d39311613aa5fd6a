package it.formapro.attendance;

import static it.formapro.attendance.support.Api.frontdesk;
import static it.formapro.attendance.support.Api.tutor;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.response.ValidatableResponse;
import it.formapro.attendance.support.Api;
import it.formapro.attendance.support.CatalogStub;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Every date attendance-service takes, in a body or as ?asOf=, lies within common's PlausibleDate bounds
 * (1850-2199): JSON and query parameters read years up to +999999999, which PostgreSQL cannot store or compare with
 * its dates. Refused with a 400 problem naming the field, before anything is read or written.
 */
@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
@QuarkusTestResource(CatalogStub.class)
class PlausibleDatesTest {

    /** 000-like editions of this class only, one per test. */
    private static final long E = 1037;
    private static final long REPORTED = 1038;
    private static final String FAR = "+9999999-12-31";

    private static void refused(ValidatableResponse response, String field) {
        response.statusCode(400).contentType("application/problem+json")
                .body("type", is("https://formapro.it/problems/validation"))
                .body("violations.field", contains(field))
                .body("detail", containsString("1850-01-01 and 2199-12-31"));
    }

    @Test
    void bodyDatesBeyondTheRangeAreRefusedAndChangeNothing() {
        refused(frontdesk().body(Map.of("enrollmentId", 1, "firstName", "Mario", "lastName", "Rossi", "joinedOn", FAR))
                .when().put("/editions/{e}/participants/{s}", E, 1).then(), "joinedOn");
        tutor().when().get("/editions/{e}/participants", E).then().statusCode(200).body("$", hasSize(0));

        Api.participant(E, 2, "Anna", "Verdi", LocalDate.of(2026, 2, 2));
        refused(frontdesk().body(Map.of("withdrawnOn", FAR, "reason", "Moved"))
                .when().post("/editions/{e}/participants/{s}/withdrawal", E, 2).then(), "withdrawnOn");
        tutor().when().get("/editions/{e}/participants", E).then().body("status", contains("ACTIVE"));

        Map<String, Object> lesson = Api.lessonBody(LocalDate.of(2026, 2, 2), "09:00", "13:00", "1260", "CLASSROOM");
        lesson.put("date", FAR);
        refused(tutor().body(lesson).when().post("/editions/{e}/lessons", E).then(), "date");
        lesson.put("date", "1849-12-31");
        refused(tutor().body(lesson).when().post("/editions/{e}/lessons", E).then(), "date");
        tutor().when().get("/editions/{e}/lessons", E).then().statusCode(200).body("$", hasSize(0));

        Map<String, Object> check = new LinkedHashMap<>();
        check.put("unitCode", "1260");
        check.put("date", FAR);
        check.put("outcome", "PASSED");
        refused(tutor().body(check).when().post("/editions/{e}/participants/{s}/checks", E, 2).then(), "date");
        tutor().when().get("/editions/{e}/participants/{s}/checks", E, 2).then().statusCode(200).body("$", hasSize(0));
    }

    @Test
    void anAsOfBeyondTheRangeIsRefusedOnEveryReport() {
        Api.participant(REPORTED, 3, "Luca", "Neri", LocalDate.of(2026, 2, 2));
        for (String asOf : new String[] {FAR, "1849-12-31"}) {
            refused(tutor().queryParam("asOf", asOf).when().get("/editions/{e}/summary", REPORTED).then(), "asOf");
            refused(Api.as("admin.eva", "admin").queryParam("asOf", asOf)
                    .when().get("/editions/{e}/summary/admission", REPORTED).then(), "asOf");
            refused(tutor().queryParam("asOf", asOf)
                    .when().get("/editions/{e}/participants/{s}/summary", REPORTED, 3).then(), "asOf");
            refused(tutor().queryParam("asOf", asOf).when().get("/editions/{e}/hours-delivered", REPORTED).then(), "asOf");
            refused(tutor().queryParam("asOf", asOf).when().get("/editions/{e}/calendar-check", REPORTED).then(), "asOf");
        }
        // the bounds themselves are dates like any other
        tutor().queryParam("asOf", "2199-12-31").when().get("/editions/{e}/hours-delivered", REPORTED).then().statusCode(200)
                .body("asOf", is("2199-12-31"));
    }
}
