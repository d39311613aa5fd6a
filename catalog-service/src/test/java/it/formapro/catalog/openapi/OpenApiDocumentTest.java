package it.formapro.catalog.openapi;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import it.formapro.catalog.edition.EditionRequest;
import it.formapro.catalog.edition.StatusChange;
import it.formapro.common.openapi.PublishedDocument;
import jakarta.inject.Inject;
import jakarta.validation.Validator;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A portal developer reads the API from its OpenAPI document: every operation must explain itself. */
@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
class OpenApiDocumentTest {

    @Inject
    ObjectMapper mapper;

    @Inject
    Validator validator;

    @Test
    @SuppressWarnings("unchecked")
    void everyOperationHasASummaryADescriptionAndItsErrorResponses() {
        Map<String, Object> doc = given().queryParam("format", "json").get("/q/openapi")
                .then().statusCode(200).extract().as(Map.class);
        Map<String, Map<String, Map<String, Object>>> paths = (Map<String, Map<String, Map<String, Object>>>) doc.get("paths");
        List<String> missing = new ArrayList<>();
        paths.forEach((path, ops) -> ops.forEach((method, op) -> {
            if (!(op.get("summary") instanceof String s) || s.isBlank()) {
                missing.add(method + " " + path + ": summary");
            }
            if (!(op.get("description") instanceof String d) || d.isBlank()) {
                missing.add(method + " " + path + ": description");
            }
            Map<String, Object> responses = (Map<String, Object>) op.get("responses");
            if (responses == null || responses.keySet().stream().noneMatch(code -> code.startsWith("4"))) {
                missing.add(method + " " + path + ": error responses");
            }
        }));
        assertTrue(missing.isEmpty(), "undocumented: " + missing);
        assertTrue(paths.containsKey("/editions/{id}/rules"));
        Map<String, Object> schemas = (Map<String, Object>) ((Map<String, Object>) doc.get("components")).get("schemas");
        for (String schema : List.of("EditionRules", "EditionRequest", "Edition", "Qualification", "StandardRules", "EntryRules", "Problem")) {
            Map<String, Object> s = (Map<String, Object>) schemas.get(schema);
            assertFalse(s == null || s.get("description") == null, "schema " + schema + " needs a description");
        }
    }

    @Test
    void schemaNamesAreDistinctWhatMayBeNullSaysSoAndSwaggerUiFillsInBodiesTheServiceAccepts() {
        PublishedDocument doc = PublishedDocument.ofServiceUnderTest();
        assertEquals(List.of(), doc.numberedSchemaNames());
        assertEquals(List.of(), doc.nullableNotMarked());
        assertEquals(List.of(), doc.refusedTryItOutBodies(Map.of(
                "EditionRequest", EditionRequest.class,
                "StatusChange", StatusChange.class), mapper, validator));
    }

    /** Swagger UI's "Authorize" signs in through the realm's public client (README, Swagger UI), with PKCE. */
    @Test
    void swaggerUiAuthorizesThroughThePublicCliClient() {
        String oauth = PublishedDocument.swaggerUiOAuthSettings();
        assertTrue(oauth.contains("clientId: 'formapro-cli'"), oauth);
        assertTrue(oauth.contains("usePkceWithAuthorizationCodeGrant: true"), oauth);
    }
}
