package it.formapro.attendance;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import it.formapro.attendance.check.CheckAnnulmentRequest;
import it.formapro.attendance.check.CheckRequest;
import it.formapro.attendance.credit.CreditRequest;
import it.formapro.attendance.credit.CreditRevocationRequest;
import it.formapro.attendance.lesson.LessonRequest;
import it.formapro.attendance.participant.ParticipantRequest;
import it.formapro.attendance.participant.WithdrawalRequest;
import it.formapro.attendance.register.Presence;
import it.formapro.attendance.register.PresenceRequest;
import it.formapro.attendance.register.RegisterRequest;
import it.formapro.attendance.support.Api;
import it.formapro.attendance.support.CatalogStub;
import it.formapro.common.openapi.PublishedDocument;
import it.formapro.common.time.Italy;
import jakarta.inject.Inject;
import jakarta.validation.Validator;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
@QuarkusTestResource(CatalogStub.class)
class OpenApiAndHealthTest {

    @Inject
    ObjectMapper mapper;

    @Inject
    Validator validator;

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

    /** Two classes named Status became Status and Status1 in a generated client: each enum has its own name. */
    @Test
    void schemasHaveDistinctNamesAndFixedValuesAndNullsSaySo() {
        PublishedDocument doc = PublishedDocument.ofServiceUnderTest();
        assertEquals(List.of(), doc.numberedSchemaNames());
        assertEquals(List.of("ACTIVE", "WITHDRAWN"), doc.schema("ParticipantStatus").get("enum"));
        assertEquals(List.of("MET", "SHORT", "OVER"), doc.schema("CalendarRuleStatus").get("enum"));
        for (String summary : List.of("StudentSummary", "AdmissionFigures", "Participant")) {
            assertEquals("#/components/schemas/ParticipantStatus", doc.property(summary, "status").get("$ref"), summary);
        }
        Map<String, Object> outcome = doc.property("UnitStatus", "outcome");
        assertTrue(PublishedDocument.allowsNull(outcome), "no check in force: null");
        assertEquals(List.of(Map.of("$ref", "#/components/schemas/Outcome"), Map.of("type", "null")), outcome.get("anyOf"));
        assertEquals(List.of(), doc.nullableNotMarked());
    }

    @Test
    void swaggerUiFillsInBodiesTheServiceAccepts() {
        PublishedDocument doc = PublishedDocument.ofServiceUnderTest();
        assertEquals(List.of(), doc.refusedTryItOutBodies(Map.of(
                "LessonRequest", LessonRequest.class,
                "RegisterRequest", RegisterRequest.class,
                "PresenceRequest", PresenceRequest.class,
                "ParticipantRequest", ParticipantRequest.class,
                "WithdrawalRequest", WithdrawalRequest.class,
                "CheckRequest", CheckRequest.class,
                "CreditRequest", CreditRequest.class,
                "CheckAnnulmentRequest", CheckAnnulmentRequest.class,
                "CreditRevocationRequest", CreditRevocationRequest.class), mapper, validator));
        // one form of presence each (Presence.oneForm, a 400 otherwise)
        for (Object body : doc.tryItOutBodies("PresenceRequest")) {
            PresenceRequest p = mapper.convertValue(body, PresenceRequest.class);
            Presence.oneForm(p.minutesPresent(), p.hoursPresent(), p.arrivedAt(), p.leftAt(), p.spans());
        }
        // a check is dated when it took place: one in the future is refused (422 CHECK_NOT_HELD_YET)
        LocalDate checkDate = LocalDate.parse((String) doc.propertyExample("CheckRequest", "date"));
        assertFalse(checkDate.isAfter(Italy.today()), "CheckRequest.date example " + checkDate);
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

    /** Swagger UI's "Authorize" signs in through the realm's public client (README, Swagger UI), with PKCE. */
    @Test
    void swaggerUiAuthorizesThroughThePublicCliClient() {
        String oauth = PublishedDocument.swaggerUiOAuthSettings();
        assertTrue(oauth.contains("clientId: 'formapro-cli'"), oauth);
        assertTrue(oauth.contains("usePkceWithAuthorizationCodeGrant: true"), oauth);
    }
}
