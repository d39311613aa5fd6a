package it.formapro.catalog.qualification;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.is;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import java.util.Set;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
class QualificationResourceTest {

    @Test
    void refusesAnonymousCallersWithAProblem() {
        given().when().get("/qualifications")
                .then().statusCode(401)
                .contentType("application/problem+json")
                .body("type", is("https://formapro.it/problems/unauthenticated"));
    }

    @Test
    void refusesATokenWithoutACatalogueRole() {
        given().auth().oauth2(OidcWiremockTestResource.getAccessToken("mallory", Set.of("guest")))
                .when().get("/qualifications")
                .then().statusCode(403)
                .contentType("application/problem+json");
    }

    @Test
    void listsTheSeedQualificationsFromTheDatabase() {
        given().auth().oauth2(OidcWiremockTestResource.getAccessToken("fd", Set.of("frontdesk")))
                .when().get("/qualifications")
                .then().statusCode(200)
                .body("code", hasItems("000", "001", "002", "003", "004"))
                .body("find { it.code == '001' }.eqfLevel", is(3));
    }

    @Test
    void unknownPathIsAProblem() {
        given().auth().oauth2(OidcWiremockTestResource.getAccessToken("fd", Set.of("frontdesk")))
                .when().get("/no-such-thing")
                .then().statusCode(404)
                .contentType("application/problem+json");
    }
}
