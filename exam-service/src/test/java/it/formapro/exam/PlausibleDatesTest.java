package it.formapro.exam;

import static it.formapro.exam.support.Api.as;
import static it.formapro.exam.support.Api.board;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.http.ContentType;
import it.formapro.exam.support.Api;
import it.formapro.exam.support.DownstreamStubs;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Every date exam-service takes lies within common's PlausibleDate bounds (1850-2199): JSON reads years up to
 * +999999999, which PostgreSQL cannot store, so such a date was a 500 after the rules had let it through.
 */
@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
@QuarkusTestResource(DownstreamStubs.class)
class PlausibleDatesTest {

    static final String FAR = "+9999999-12-31";

    static int sessionsOf(long edition) {
        return board().queryParam("editionId", edition).when().get("/exam-sessions").then().statusCode(200)
                .extract().jsonPath().getList("id").size();
    }

    @Test
    void anExamDateBeyondTheRangeIsRefusedWith400AndSchedulesNothing() {
        long edition = DownstreamStubs.copyOfEdition12();
        Map<String, Object> far = new HashMap<>(Api.sessionBody(edition));
        far.put("examDate", FAR);
        board().contentType(ContentType.JSON).body(far).when().post("/exam-sessions").then().statusCode(400)
                .contentType("application/problem+json")
                .body("type", is("https://formapro.it/problems/validation"))
                .body("violations.field", contains("examDate"))
                .body("detail", containsString("1850-01-01 and 2199-12-31"));
        assertEquals(0, sessionsOf(edition), "a refused request must not schedule anything");

        long session = Api.createSession(edition);
        board().contentType(ContentType.JSON).body(far).when().put("/exam-sessions/" + session).then().statusCode(400)
                .contentType("application/problem+json").body("violations.field", contains("examDate"));
        board().when().get("/exam-sessions/" + session).then().statusCode(200).body("examDate", is("2027-07-10"));
    }

    @Test
    void aRevocationDateBeyondTheRangeIsRefusedWith400AndRevokesNothing() {
        long held = Api.heldSession();
        Api.pass(held, 5);
        long certificate = board().contentType(ContentType.JSON).body(Map.of("studentId", 5))
                .when().post("/exam-sessions/" + held + "/certificates").then().statusCode(201)
                .extract().jsonPath().getLong("id");
        as("admin").contentType(ContentType.JSON).body(Map.of("reason", "Issued on a mistaken outcome", "revokedOn", FAR))
                .when().post("/certificates/" + certificate + "/revocation").then().statusCode(400)
                .contentType("application/problem+json")
                .body("violations.field", contains("revokedOn"));
        board().when().get("/certificates/" + certificate).then().statusCode(200).body("status", is("VALID"));
    }
}
