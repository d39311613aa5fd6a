package it.formapro.enrollment.student;

import static io.restassured.RestAssured.given;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import java.util.Set;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
class StudentResourceTest {

    @Test
    void refusesAnonymousCallers() {
        given().when().get("/students").then().statusCode(401).contentType("application/problem+json");
    }

    @Test
    void refusesTheWrongRole() {
        given().auth().oauth2(OidcWiremockTestResource.getAccessToken("someone", Set.of("tutor")))
                .when().get("/students").then().statusCode(403).contentType("application/problem+json");
    }

    @Test
    void answersTheRightRoleFromTheDatabase() {
        given().auth().oauth2(OidcWiremockTestResource.getAccessToken("someone", Set.of("frontdesk")))
                .when().get("/students").then().statusCode(200).contentType("application/json");
    }
}
