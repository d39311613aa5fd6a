package it.formapro.catalog.security;

import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWireMock;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import org.junit.jupiter.api.Test;

/**
 * The realm issues JWTs only, checked here against its keys: a bearer value that is not one (an opaque string, or
 * three dot-separated parts that are not a signed token) is refused without asking the identity provider's
 * introspection endpoint, which the services have no client secret for (Keycloak logged INTROSPECT_TOKEN_ERROR
 * invalid_client_credentials for every such request).
 */
@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
class NoTokenIntrospectionTest {

    @OidcWireMock
    WireMockServer oidc;

    private int introspections() {
        return oidc.countRequestsMatching(postRequestedFor(urlPathMatching(".*/introspect")).build()).getCount();
    }

    @Test
    void anOpaqueTokenIsRefusedWithoutIntrospection() {
        int before = introspections();
        // the WireMock provider's introspection endpoint calls "admin" an active admin token
        given().auth().oauth2("admin").when().get("/qualifications")
                .then().statusCode(401).body("type", is("https://formapro.it/problems/unauthenticated"));
        assertEquals(before, introspections(), "the introspection endpoint was called");
    }

    @Test
    void aMalformedJwtIsRefusedWithoutIntrospection() {
        int before = introspections();
        given().auth().oauth2("abc.def.ghi").when().get("/qualifications")
                .then().statusCode(401).body("type", is("https://formapro.it/problems/unauthenticated"));
        assertEquals(before, introspections(), "the introspection endpoint was called");
    }
}
