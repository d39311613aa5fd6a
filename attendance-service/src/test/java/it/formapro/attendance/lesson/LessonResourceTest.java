package it.formapro.attendance.lesson;

import static io.restassured.RestAssured.given;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import java.util.Set;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
class LessonResourceTest {

    @Test
    void refusesAnonymousCallers() {
        given().when().get("/lessons").then().statusCode(401).contentType("application/problem+json");
    }

    @Test
    void refusesTheWrongRole() {
        given().auth().oauth2(OidcWiremockTestResource.getAccessToken("someone", Set.of("frontdesk")))
                .when().get("/lessons").then().statusCode(403).contentType("application/problem+json");
    }

    @Test
    void answersTheRightRoleFromTheDatabase() {
        given().auth().oauth2(OidcWiremockTestResource.getAccessToken("someone", Set.of("tutor")))
                .when().get("/lessons").then().statusCode(200).contentType("application/json");
    }
}
