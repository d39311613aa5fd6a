package it.formapro.catalog.problem;

import static it.formapro.catalog.TestSupport.as;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

/**
 * Refusals of requests that cannot even be read say why, like every other refusal (common's ProblemMappers, shared by
 * the four services): a body that is not JSON, a path or query value the operation's type does not take.
 */
@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
class UnreadableRequestTest {

    static final String PROBLEM = "application/problem+json";

    @Test
    void aTruncatedBodyIsAMalformedBodyNamingTheJsonError() {
        for (String truncated : new String[] {"{\"provider\":", "{\"provider\": \"Ente\", ", "{\"provider\": \"Ente"}) {
            as("admin").contentType(ContentType.JSON).body(truncated)
                    .when().post("/editions")
                    .then().statusCode(400).contentType(PROBLEM)
                    .body("type", is("https://formapro.it/problems/malformed-body"))
                    .body("detail", startsWith("The body is not valid JSON: Unexpected end-of-input"));
        }
    }

    @Test
    void aBodyThatIsNotJsonAtAllIsAMalformedBodyToo() {
        as("admin").contentType(ContentType.JSON).body("provider=Ente")
                .when().post("/editions")
                .then().statusCode(400).contentType(PROBLEM)
                .body("type", is("https://formapro.it/problems/malformed-body"))
                .body("detail", startsWith("The body is not valid JSON: Unrecognized token 'provider'"));
    }

    @Test
    void aPathIdThatIsNotANumberNamesTheParameterAndWhatItMustBe() {
        as("admin").when().get("/editions/abc")
                .then().statusCode(400).contentType(PROBLEM)
                .body("type", is("https://formapro.it/problems/invalid-parameter"))
                .body("detail", is("Path parameter 'id' must be an integer, not 'abc'"))
                .body("violations[0].field", is("id"))
                .body("violations[0].message", is("must be an integer"));
        as("admin").when().get("/qualifications/001/versions/first")
                .then().statusCode(400).contentType(PROBLEM)
                .body("detail", is("Path parameter 'version' must be an integer, not 'first'"));
    }

    @Test
    void aQueryValueOfTheWrongFormIsNamedToo() {
        as("admin").when().get("/editions?enrollable=yes")
                .then().statusCode(400).contentType(PROBLEM)
                .body("type", is("https://formapro.it/problems/invalid-parameter"))
                .body("detail", containsString("Query parameter 'enrollable' must be true or false, not 'yes'"));
    }
}
