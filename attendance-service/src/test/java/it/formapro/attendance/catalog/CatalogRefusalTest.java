package it.formapro.attendance.catalog;

import static it.formapro.attendance.support.Api.tutor;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import it.formapro.attendance.support.CatalogStub;
import org.junit.jupiter.api.Test;

/**
 * catalog-service refusing a request with a 4xx attendance has no meaning of its own for (400, 409, 429...): asking
 * again gives the same answer, so it is asked once, answered as a 503 naming catalog's status, and not counted by the
 * circuit breaker as a failure of catalog (as enrollment and exam treat a downstream 4xx).
 */
@QuarkusTest
@TestProfile(CatalogRefusalTest.OwnCircuitBreaker.class)
@QuarkusTestResource(OidcWiremockTestResource.class)
@QuarkusTestResource(CatalogStub.class)
class CatalogRefusalTest {

    /** An application of its own: its circuit breaker has counted none of the other test classes' calls. */
    public static class OwnCircuitBreaker implements QuarkusTestProfile {
    }

    @Test
    void aRefusalIsAskedOnceAndAnsweredAsAProblemNamingCatalogsStatus() {
        for (long edition : CatalogStub.REFUSED) {
            long status = edition - 9000;
            int before = CatalogStub.fetches(edition);
            tutor().when().get("/editions/{e}/calendar-check", edition).then().statusCode(503)
                    .contentType("application/problem+json")
                    .body("type", is("https://formapro.it/problems/service-unavailable"))
                    .body("figures.service", is("catalog-service"))
                    .body("detail", containsString("edition " + edition))
                    .body("detail", containsString("HTTP " + status));
            assertEquals(before + 1, CatalogStub.fetches(edition), "HTTP " + status + " is not retried");
        }
    }

    @Test
    void refusalsDoNotOpenTheCircuitBreaker() {
        // more refusals than the breaker's window (20 calls, open at half of them failing): counted, they would open it
        for (int i = 0; i < 30; i++) {
            tutor().when().get("/editions/{e}/calendar-check", CatalogStub.REFUSED[1]).then().statusCode(503);
        }
        // an edition catalog answers is still read from it, not refused by an open breaker
        int before = CatalogStub.fetches(1021);
        tutor().when().get("/editions/{e}/calendar-check", 1021).then().statusCode(200);
        assertEquals(before + 1, CatalogStub.fetches(1021));
    }
}
