package it.formapro.exam.audit;

import static it.formapro.exam.support.Api.as;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.response.Response;
import it.formapro.exam.support.Api;
import it.formapro.exam.support.DownstreamStubs;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The audit trail is read one page at a time, and a filter it cannot apply is refused, not answered with nothing. */
@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
@QuarkusTestResource(DownstreamStubs.class)
class AuditResourceTest {

    @Test
    void theTrailIsPagedOldestFirstWithTheTotalInTheHeaders() {
        long session = Api.heldSession(); // scheduled, list frozen, held: three events
        Response first = as("admin").queryParam("sessionId", session).queryParam("size", 2).when().get("/audit-events");
        first.then().statusCode(200).contentType("application/json")
                .header("X-Total-Count", "3").header("X-Page", "0").header("X-Page-Size", "2").header("X-Page-Count", "2");
        List<String> actions = new ArrayList<>(first.jsonPath().getList("action"));
        actions.addAll(as("admin").queryParam("sessionId", session).queryParam("size", 2).queryParam("page", 1)
                .when().get("/audit-events").then().statusCode(200).header("X-Total-Count", "3")
                .extract().jsonPath().getList("action"));
        assertEquals(List.of("SESSION_SCHEDULED", "ADMISSION_LIST_FROZEN", "SESSION_STATUS_CHANGED"), actions);

        // no filter: one page of the whole trail, not the whole trail
        Response all = as("admin").when().get("/audit-events");
        all.then().statusCode(200).header("X-Page-Size", "20");
        assertTrue(all.jsonPath().getList("$").size() <= 20, all.asString());
        assertTrue(Long.parseLong(all.header("X-Total-Count")) >= 3, all.header("X-Total-Count"));
        for (String[] bad : List.of(new String[] {"size", "0"}, new String[] {"size", "101"}, new String[] {"page", "-1"})) {
            as("admin").queryParam(bad[0], bad[1]).when().get("/audit-events").then().statusCode(400)
                    .contentType("application/problem+json");
        }
    }

    @Test
    void anUnknownEntityTypeIsRefusedNamingTheKnownOnes() {
        as("admin").queryParam("entityType", "DOCUMENTS").queryParam("entityId", 1).when().get("/audit-events").then()
                .statusCode(400).contentType("application/problem+json")
                .body("detail", is("entityType: 'DOCUMENTS' is not an entity type of the audit trail; the known ones "
                        + "are EXAM_SESSION, ADMISSION_LIST, OUTCOME, DOCUMENT"))
                .body("violations[0].field", is("entityType"))
                .body("figures.knownEntityTypes", is(List.of("EXAM_SESSION", "ADMISSION_LIST", "OUTCOME", "DOCUMENT")));
        as("admin").queryParam("entityType", "document").when().get("/audit-events").then().statusCode(400)
                .body("detail", containsString("'document'"));
        // every known one is accepted
        for (AuditEntity entity : AuditEntity.values()) {
            as("admin").queryParam("entityType", entity.name()).queryParam("size", 1).when().get("/audit-events")
                    .then().statusCode(200);
        }
    }
}
