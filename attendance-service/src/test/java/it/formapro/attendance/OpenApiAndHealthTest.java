package it.formapro.attendance;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.is;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import it.formapro.attendance.support.Api;
import it.formapro.attendance.support.CatalogStub;
import it.formapro.common.time.Italy;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
@QuarkusTestResource(CatalogStub.class)
class OpenApiAndHealthTest {

    @Test
    void healthAndOpenApiAreOpenAndDescribeTheContractEndpoints() {
        given().when().get("/q/health/ready").then().statusCode(200).body("status", is("UP"));
        given().queryParam("format", "json").when().get("/q/openapi").then().statusCode(200)
                .body("paths", hasKey("/editions/{editionId}/summary"))
                .body("paths", hasKey("/editions/{editionId}/hours-delivered"))
                .body("paths", hasKey("/editions/{editionId}/calendar-check"))
                .body("paths", hasKey("/editions/{editionId}/participants/{studentId}"))
                .body("paths", hasKey("/editions/{editionId}/participants/{studentId}/withdrawal"))
                .body("paths", hasKey("/editions/{editionId}/lessons/{lessonId}/register"))
                .body("paths", hasKey("/editions/{editionId}/register.pdf"))
                .body("components.schemas", hasKey("StudentSummary"))
                .body("components.schemas", hasKey("CalendarCheck"));
    }

    @Test
    void aFutureLessonHasNoRegisterYet() {
        long e = CatalogStub.RUNNING_NOW;
        long past = Api.lesson(e, Italy.today().minusDays(1), "09:00", "10:00", "1", "CLASSROOM");
        long future = Api.lesson(e, Italy.today().plusDays(3), "09:00", "10:00", "1", "CLASSROOM");
        Api.participant(e, 1, "Ada", "Presente", Italy.today().minusDays(30));
        Api.register(e, past, Map.of(1L, 60));
        Api.tutor().body(Map.of("entries", java.util.List.of(Map.of("studentId", 1, "minutesPresent", 60))))
                .when().put("/editions/{e}/lessons/{l}/register", e, future).then().statusCode(422)
                .body("detail", org.hamcrest.Matchers.containsString("once the lesson has been held"));
        // hours delivered count only the lessons held so far
        Api.frontdesk().when().get("/editions/{e}/hours-delivered", e).then().statusCode(200)
                .body("deliveredHours", is(1.0f)).body("asOf", is(Italy.today().toString()));
    }
}
