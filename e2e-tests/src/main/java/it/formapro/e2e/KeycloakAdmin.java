package it.formapro.e2e;

import static io.restassured.RestAssured.given;

import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Clients of the realm 'training' that only tests need (a token that expires at once, a token for another
 * audience), made through Keycloak's Admin REST API as the master realm's bootstrap administrator that
 * {@code scripts/suite.sh} configures for start-dev ({@code KC_BOOTSTRAP_ADMIN_USERNAME}/{@code _PASSWORD}).
 * The realm file ships without them, so a running suite has no client with a known secret and an admin role;
 * each one made here gets a random secret that lives only in this JVM, and is deleted again by {@link #delete}.
 */
public final class KeycloakAdmin {

    private static final String REALM = Suite.KEYCLOAK + "/admin/realms/training";
    private static final String ADMIN_TOKEN_URL = Suite.KEYCLOAK + "/realms/master/protocol/openid-connect/token";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final String adminUser = System.getProperty("formapro.keycloak.adminUser", "kcadmin");
    private final String adminPassword = System.getProperty("formapro.keycloak.adminPassword", "kcadmin");

    /** A confidential client made for a test: Keycloak's id for it, its clientId and its one-run secret. */
    public record TestClient(String id, String clientId, String secret) {
    }

    /**
     * Creates a confidential client whose service account holds {@code realmRole}, with or without the
     * {@code formapro-api} audience and with the given access-token lifespan. A client of that clientId left by an
     * earlier run that did not finish is deleted first, so every run starts from its own client and secret.
     */
    public TestClient createServiceClient(String clientId, String realmRole, boolean apiAudience, int tokenLifespanSeconds) {
        String token = adminToken();
        existing(token, clientId).forEach(id -> delete(token, id));
        String secret = randomSecret();
        Map<String, Object> client = new LinkedHashMap<>();
        client.put("clientId", clientId);
        client.put("name", "Made by the end-to-end tests; deleted when they finish");
        client.put("enabled", true);
        client.put("publicClient", false);
        client.put("clientAuthenticatorType", "client-secret");
        client.put("secret", secret);
        client.put("standardFlowEnabled", false);
        client.put("directAccessGrantsEnabled", false);
        client.put("serviceAccountsEnabled", true);
        client.put("protocol", "openid-connect");
        client.put("attributes", Map.of("access.token.lifespan", String.valueOf(tokenLifespanSeconds)));
        if (apiAudience) {
            client.put("protocolMappers", List.of(Map.of(
                    "name", "formapro-api-audience",
                    "protocol", "openid-connect",
                    "protocolMapper", "oidc-audience-mapper",
                    "config", Map.of("included.custom.audience", "formapro-api", "access.token.claim", "true",
                            "id.token.claim", "false", "introspection.token.claim", "true"))));
        }
        Response created = admin(token).contentType("application/json").body(client).post(REALM + "/clients");
        created.then().statusCode(201);
        String location = created.header("Location");
        String id = location.substring(location.lastIndexOf('/') + 1);
        String serviceAccount = admin(token).get(REALM + "/clients/" + id + "/service-account-user")
                .then().statusCode(200).extract().path("id");
        Map<?, ?> role = admin(token).get(REALM + "/roles/" + realmRole)
                .then().statusCode(200).extract().as(Map.class);
        admin(token).contentType("application/json").body(List.of(role))
                .post(REALM + "/users/" + serviceAccount + "/role-mappings/realm")
                .then().statusCode(204);
        return new TestClient(id, clientId, secret);
    }

    /** Deletes a client made by {@link #createServiceClient}, and with it its service account. */
    public void delete(TestClient client) {
        delete(adminToken(), client.id());
    }

    private void delete(String token, String id) {
        admin(token).delete(REALM + "/clients/" + id).then().statusCode(204);
    }

    private List<String> existing(String token, String clientId) {
        List<String> ids = admin(token).queryParam("clientId", clientId).get(REALM + "/clients")
                .then().statusCode(200).extract().path("id");
        return ids == null ? List.of() : new ArrayList<>(ids);
    }

    private RequestSpecification admin(String token) {
        return given().header("Authorization", "Bearer " + token);
    }

    private String adminToken() {
        return given().formParam("client_id", "admin-cli").formParam("grant_type", "password")
                .formParam("username", adminUser).formParam("password", adminPassword)
                .post(ADMIN_TOKEN_URL)
                .then().statusCode(200).extract().path("access_token");
    }

    private static String randomSecret() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
