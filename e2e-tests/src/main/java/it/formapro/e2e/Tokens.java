package it.formapro.e2e;

import static io.restassured.RestAssured.given;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Real access tokens from the suite's Keycloak (realm 'training'), one per demo user or client. */
public final class Tokens {

    private static final String TOKEN_URL = Suite.KEYCLOAK + "/realms/training/protocol/openid-connect/token";
    private final Map<String, String> cache = new ConcurrentHashMap<>();

    /** Password grant for a demo user (password = username, demo only) through the public CLI client. */
    public String user(String username) {
        return cache.computeIfAbsent("user:" + username, k -> given()
                .formParam("client_id", "formapro-cli")
                .formParam("grant_type", "password")
                .formParam("username", username)
                .formParam("password", username)
                .post(TOKEN_URL)
                .then().statusCode(200).extract().path("access_token"));
    }

    /** Client-credentials grant of the third-party portal client. */
    public String portal() {
        return cache.computeIfAbsent("client:portal", k -> given()
                .formParam("client_id", "portal")
                .formParam("client_secret", "portal-secret")
                .formParam("grant_type", "client_credentials")
                .post(TOKEN_URL)
                .then().statusCode(200).extract().path("access_token"));
    }

    public String admin() {
        return user("admin");
    }

    public String frontdesk() {
        return user("frontdesk");
    }

    public String tutor() {
        return user("tutor");
    }

    public String board() {
        return user("board");
    }
}
