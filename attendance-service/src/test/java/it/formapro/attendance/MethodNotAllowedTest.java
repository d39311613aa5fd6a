package it.formapro.attendance;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import it.formapro.attendance.support.Api;
import it.formapro.attendance.support.CatalogStub;
import org.junit.jupiter.api.Test;

/**
 * A method an existing path does not take is 405 with the methods it does take, under {@code /editions/{editionId}}
 * too: the register exports' class ({@code /editions/{editionId}}) is a prefix of the lessons', participants' and
 * summaries' classes, and RESTEasy Reactive, not finding the method in the most specific class, ended in the
 * exports' and answered 404 "No resource" (common's ResourceRoutes).
 */
@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
@QuarkusTestResource(CatalogStub.class)
class MethodNotAllowedTest {

    static final String PROBLEM = "application/problem+json";

    private static void refused(String method, String path, String answers, String allow) {
        Api.tutor().body("{}").when().request(method, path)
                .then().statusCode(405).contentType(PROBLEM)
                .header("Allow", allow)
                .body("type", is("https://formapro.it/problems/method-not-allowed"))
                .body("detail", is(method + " is not supported on " + path + ": it answers " + answers))
                .body("instance", is(path));
    }

    @Test
    void theMethodsOfAPathUnderAnEditionAreNamed() {
        refused("PATCH", "/editions/3/lessons", "GET, POST", "GET, HEAD, OPTIONS, POST");
        refused("DELETE", "/editions/3/lessons", "GET, POST", "GET, HEAD, OPTIONS, POST");
        refused("PUT", "/editions/3/lessons", "GET, POST", "GET, HEAD, OPTIONS, POST");
        refused("PATCH", "/editions/3/lessons/5", "DELETE, GET, PUT", "DELETE, GET, HEAD, OPTIONS, PUT");
        refused("DELETE", "/editions/3/lessons/5/register", "GET, PUT", "GET, HEAD, OPTIONS, PUT");
        refused("PATCH", "/editions/3/summary", "GET", "GET, HEAD, OPTIONS");
        refused("POST", "/editions/3/summary/admission", "GET", "GET, HEAD, OPTIONS");
        refused("DELETE", "/editions/3/hours-delivered", "GET", "GET, HEAD, OPTIONS");
        refused("PATCH", "/editions/3/calendar-check", "GET", "GET, HEAD, OPTIONS");
    }

    @Test
    void theParticipantsPathsAnswer405Too() {
        for (String path : new String[] {"/editions/3/participants", "/editions/3/participants/4/summary"}) {
            Api.frontdesk().body("{}").when().patch(path)
                    .then().statusCode(405).contentType(PROBLEM)
                    .body("type", is("https://formapro.it/problems/method-not-allowed"))
                    .body("detail", startsWith("PATCH is not supported on " + path + ": it answers "));
        }
    }

    @Test
    void aPathNoOperationHasIsStill404() {
        for (String path : new String[] {"/editions/3/nothing", "/editions/3/register.xls", "/editions/3/lessons/5/unknown"}) {
            Api.tutor().body("{}").when().patch(path)
                    .then().statusCode(404).contentType(PROBLEM)
                    .body("type", is("https://formapro.it/problems/not-found"))
                    .body("detail", is("No resource at " + path));
        }
    }

    @Test
    void aMethodRefusedWithoutATokenIsStill405() {
        given().when().patch("/lessons")
                .then().statusCode(405).contentType(PROBLEM)
                .header("Allow", "GET, HEAD, OPTIONS")
                .body("detail", startsWith("PATCH is not supported on /lessons: it answers GET"));
    }
}
