package it.formapro.catalog;

import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.RestAssured;
import io.restassured.config.JsonConfig;
import io.restassured.path.json.config.JsonPathConfig;
import io.restassured.specification.RequestSpecification;
import java.util.Set;

/** Tokens per role and JSON numbers read as doubles (hours are decimals: 208.00 reads as 208.0). */
public final class TestSupport {

    private TestSupport() {
    }

    public static RequestSpecification as(String role) {
        // per request: the Quarkus test framework resets the global RestAssured config
        return RestAssured.given()
                .config(RestAssured.config().jsonConfig(JsonConfig.jsonConfig().numberReturnType(JsonPathConfig.NumberReturnType.DOUBLE)))
                .auth().oauth2(OidcWiremockTestResource.getAccessToken(role + "-user", Set.of(role)));
    }
}
