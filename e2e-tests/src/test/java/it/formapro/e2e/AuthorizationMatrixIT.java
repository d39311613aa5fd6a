package it.formapro.e2e;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.restassured.specification.RequestSpecification;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.KeyPairGenerator;
import java.security.Signature;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every endpoint of every service against every kind of caller, with real Keycloak tokens. The expected policy is
 * the reviewed table in authorization-matrix.csv; the endpoint list is checked against the OpenAPI documents, so
 * an endpoint added without a row (or a row left for a removed endpoint) fails the build.
 */
@org.junit.jupiter.api.Order(2)
@org.junit.jupiter.api.extension.ExtendWith(RealSuite.class)
class AuthorizationMatrixIT {

    private static final Tokens TOKENS = new Tokens();
    private static final Map<String, String> BASE = Map.of("catalog", Suite.CATALOG, "enrollment", Suite.ENROLLMENT,
            "attendance", Suite.ATTENDANCE, "exam", Suite.EXAM);
    private static final Set<String> ROLES = Set.of("admin", "frontdesk", "tutor", "exam-board", "portal");

    /** A caller: the role it holds (null for none) and its Authorization header (null for no token). */
    private record Caller(String name, String role, String token) {
    }

    private record Row(String service, String method, String path, Set<String> allowed) {
        boolean anonymous() {
            return allowed.contains("anonymous");
        }
    }

    private static final KeycloakAdmin KEYCLOAK_ADMIN = new KeycloakAdmin();

    private static List<Caller> callers;
    /** The two clients only this test needs; the realm file does not ship them (see KeycloakAdmin). */
    private static final List<KeycloakAdmin.TestClient> TEST_CLIENTS = new ArrayList<>();

    @BeforeAll
    static void tokens() throws Exception {
        String admin = TOKENS.admin();
        KeycloakAdmin.TestClient shortLived = testClient("e2e-short-lived", true, 1); // admin role, formapro-api audience
        KeycloakAdmin.TestClient otherApp = testClient("e2e-other-app", false, 900); // admin role, no formapro-api audience
        String expired = clientCredentials(shortLived.clientId(), shortLived.secret()); // 1-second lifespan, admin role
        Thread.sleep(2500);
        callers = List.of(
                new Caller("no token", null, null),
                new Caller("admin", "admin", admin),
                new Caller("frontdesk", "frontdesk", TOKENS.frontdesk()),
                new Caller("tutor", "tutor", TOKENS.tutor()),
                new Caller("exam-board", "exam-board", TOKENS.board()),
                new Caller("portal client", "portal", TOKENS.portal()),
                new Caller("admin role, other audience", null, clientCredentials(otherApp.clientId(), otherApp.secret())),
                new Caller("admin role, expired", null, expired),
                new Caller("admin claims, forged signature", null, forge(admin)));
    }

    @AfterAll
    static void deleteTestClients() {
        TEST_CLIENTS.forEach(KEYCLOAK_ADMIN::delete);
        TEST_CLIENTS.clear();
    }

    private static KeycloakAdmin.TestClient testClient(String clientId, boolean apiAudience, int tokenLifespanSeconds) {
        KeycloakAdmin.TestClient client = KEYCLOAK_ADMIN.createServiceClient(clientId, "admin", apiAudience, tokenLifespanSeconds);
        TEST_CLIENTS.add(client);
        return client;
    }

    @Test
    void theMatrixCoversExactlyTheEndpointsOfTheOpenApiDocuments() throws IOException {
        Set<String> documented = new TreeSet<>();
        ObjectMapper json = new ObjectMapper();
        for (String service : BASE.keySet()) {
            JsonNode doc = json.readTree(root().resolve("openapi/" + service + "-service/openapi.json").toFile());
            doc.get("paths").fields().forEachRemaining(path -> path.getValue().fieldNames().forEachRemaining(method -> {
                if (Set.of("get", "post", "put", "patch", "delete").contains(method)) {
                    documented.add(service + " " + method.toUpperCase() + " " + path.getKey());
                }
            }));
        }
        Set<String> inMatrix = new TreeSet<>();
        rows().forEach(r -> inMatrix.add(r.service() + " " + r.method() + " " + r.path()));
        assertEquals(documented, inMatrix, "authorization-matrix.csv must have one row per documented operation");
    }

    @Test
    void everyEndpointAnswersEveryCallerAsTheMatrixSays() throws IOException {
        List<String> mismatches = new ArrayList<>();
        int checks = 0;
        for (Row row : rows()) {
            String url = BASE.get(row.service()) + row.path().replaceAll("\\{version}", "1").replaceAll("\\{[^}]+}", "999999");
            for (Caller caller : callers) {
                RequestSpecification request = given().redirects().follow(false);
                if (caller.token() != null) {
                    request = request.header("Authorization", "Bearer " + caller.token());
                }
                if (!row.method().equals("GET") && !row.method().equals("DELETE")) {
                    request = request.contentType("application/json").body("{}");
                }
                int status = request.request(row.method(), url).statusCode();
                checks++;
                String expected;
                boolean ok;
                if (row.anonymous()) {
                    expected = "neither 401 nor 403";
                    ok = status != 401 && status != 403;
                } else if (caller.role() == null) {
                    expected = "401";
                    ok = status == 401;
                } else if (row.allowed().contains(caller.role())) {
                    expected = "neither 401 nor 403";
                    ok = status != 401 && status != 403;
                } else {
                    expected = "403";
                    ok = status == 403;
                }
                if (!ok) {
                    mismatches.add(row.method() + " " + url + " as " + caller.name() + ": " + status + ", expected " + expected);
                }
            }
        }
        assertTrue(mismatches.isEmpty(), mismatches.size() + " of " + checks + " checks failed:\n" + String.join("\n", mismatches));
        System.out.printf("authorization matrix: %d endpoints x %d callers = %d checks passed%n", rows().size(), callers.size(), checks);
    }

    private static List<Row> rows() throws IOException {
        List<Row> rows = new ArrayList<>();
        try (InputStream in = AuthorizationMatrixIT.class.getResourceAsStream("/authorization-matrix.csv")) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.isBlank() || line.startsWith("#") || line.startsWith("service,")) {
                    continue;
                }
                String[] f = line.split(",", 4);
                Set<String> allowed = new TreeSet<>(List.of(f[3].trim().split(" ")));
                allowed.stream().filter(r -> !r.equals("anonymous") && !ROLES.contains(r)).findAny()
                        .ifPresent(r -> { throw new IllegalStateException("unknown role " + r + " in " + line); });
                rows.add(new Row(f[0], f[1], f[2], allowed));
            }
        }
        return rows;
    }

    private static String clientCredentials(String client, String secret) {
        return given().formParam("client_id", client).formParam("client_secret", secret)
                .formParam("grant_type", "client_credentials")
                .post(Suite.KEYCLOAK + "/realms/training/protocol/openid-connect/token")
                .then().statusCode(200).extract().path("access_token");
    }

    /** The same claims as a genuine token, signed with a key the identity provider never issued. */
    private static String forge(String genuine) throws Exception {
        String payload = genuine.split("\\.")[1];
        Base64.Encoder b64 = Base64.getUrlEncoder().withoutPadding();
        String header = b64.encodeToString("{\"alg\":\"RS256\",\"typ\":\"JWT\",\"kid\":\"forged\"}".getBytes(StandardCharsets.UTF_8));
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        Signature signature = Signature.getInstance("SHA256withRSA");
        signature.initSign(generator.generateKeyPair().getPrivate());
        signature.update((header + "." + payload).getBytes(StandardCharsets.US_ASCII));
        return header + "." + payload + "." + b64.encodeToString(signature.sign());
    }

    private static Path root() {
        return Path.of(System.getProperty("formapro.root", ".")).toAbsolutePath().normalize();
    }
}
