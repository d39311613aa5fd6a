package it.formapro.exam.session;

import static io.restassured.RestAssured.given;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import java.util.Set;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
class ExamSessionResourceTest {

    @Test
    void refusesAnonymousCallers() {
        given().when().get("/exam-sessions").then().statusCode(401).contentType("application/problem+json");
    }

    @Test
    void refusesTheWrongRole() {
        given().auth().oauth2(OidcWiremockTestResource.getAccessToken("someone", Set.of("tutor")))
                .when().get("/exam-sessions").then().statusCode(403).contentType("application/problem+json");
    }

    @Test
    void answersTheRightRoleFromTheDatabase() {
        given().auth().oauth2(OidcWiremockTestResource.getAccessToken("someone", Set.of("exam-board")))
                .when().get("/exam-sessions").then().statusCode(200).contentType("application/json");
    }
}
