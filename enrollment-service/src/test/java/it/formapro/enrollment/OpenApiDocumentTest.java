package it.formapro.enrollment;

import static io.restassured.RestAssured.given;
import static it.formapro.enrollment.support.TestData.token;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.http.ContentType;
import it.formapro.common.openapi.PublishedDocument;
import it.formapro.common.time.Italy;
import it.formapro.enrollment.eligibility.EligibilityRequest;
import it.formapro.enrollment.enrollment.EnrollmentDtos;
import it.formapro.enrollment.privacy.PersonalDataViews;
import it.formapro.enrollment.student.StudentDtos;
import it.formapro.enrollment.support.DownstreamStubs;
import jakarta.inject.Inject;
import jakarta.validation.Validator;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The OpenAPI document as a portal developer uses it: Swagger UI's "Try it out" and a client generated from it. */
@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
@QuarkusTestResource(DownstreamStubs.class)
class OpenApiDocumentTest {

    @Inject
    ObjectMapper mapper;

    @Inject
    Validator validator;

    /**
     * The pre-enrollment answers the front desk a PreEnrollment and a portal a PortalReceipt: with nothing required a
     * body of either validates against both, and a client cannot tell which it got.
     */
    @Test
    @SuppressWarnings("unchecked")
    void eachShapeOfThePreEnrollmentsAnswerRequiresAFieldTheOtherHasNot() {
        PublishedDocument doc = PublishedDocument.ofServiceUnderTest();
        Map<String, Object> created = (Map<String, Object>) ((Map<String, Object>) ((Map<String, Object>) doc
                .operation("post", "/editions/{editionId}/enrollments").get("responses")).get("201"));
        List<Map<String, Object>> shapes = (List<Map<String, Object>>) ((Map<String, Object>) ((Map<String, Object>)
                ((Map<String, Object>) created.get("content")).get("application/json")).get("schema")).get("oneOf");
        List<String> names = shapes.stream().map(s -> ((String) s.get("$ref")).replace("#/components/schemas/", "")).toList();
        assertEquals(List.of("PreEnrollment", "PortalReceipt"), names);
        for (String shape : names) {
            for (String other : names) {
                if (!shape.equals(other)) {
                    Set<String> ownRequired = new HashSet<>(doc.required(shape));
                    ownRequired.removeAll(doc.properties(other));
                    assertFalse(ownRequired.isEmpty(), shape + " requires nothing " + other + " lacks: " + doc.required(shape));
                }
            }
        }
        assertEquals(List.of("enrollment", "eligibility"), doc.required("PreEnrollment"));
        assertTrue(doc.required("PortalReceipt").containsAll(List.of("enrollmentId", "editionId", "status", "preEnrolledAt")));
    }

    @Test
    void swaggerUiFillsInBodiesTheServiceAccepts() {
        PublishedDocument doc = PublishedDocument.ofServiceUnderTest();
        assertEquals(List.of(), doc.refusedTryItOutBodies(Map.of(
                "PreEnrollmentRequest", EnrollmentDtos.PreEnrollmentRequest.class,
                "EligibilityRequest", EligibilityRequest.class,
                "WithdrawalRequest", EnrollmentDtos.WithdrawalRequest.class,
                "PresentedDocumentsRejection", EnrollmentDtos.RejectionRequest.class,
                "PresentedDocumentsAcceptance", EnrollmentDtos.AcceptanceRequest.class,
                "StudentInput", StudentDtos.StudentInput.class,
                "StudentUpdate", StudentDtos.StudentUpdate.class,
                "ErasureRequest", PersonalDataViews.ErasureRequest.class), mapper, validator));

        // exactly one of studentId and applicant, or the service answers 400 "Send either studentId or applicant":
        // an example shows each form, and sent as it stands it gets past that check (edition 12 is unknown here)
        for (String schema : List.of("PreEnrollmentRequest", "EligibilityRequest")) {
            List<Object> bodies = doc.tryItOutBodies(schema);
            assertEquals(2, bodies.size(), schema + ": an example of each form");
            for (Object body : bodies) {
                Map<?, ?> request = (Map<?, ?>) body;
                assertTrue(request.containsKey("studentId") != request.containsKey("applicant"), schema + " " + body);
            }
        }
        List<String> refused = new ArrayList<>();
        for (Object body : doc.tryItOutBodies("EligibilityRequest")) {
            String role = ((Map<?, ?>) body).containsKey("studentId") ? "frontdesk" : "portal";
            int status = given().auth().oauth2(token(role)).contentType(ContentType.JSON).body(body)
                    .post("/eligibility").statusCode();
            if (status == 400) {
                refused.add("POST /eligibility " + body);
            }
        }
        for (Object body : doc.tryItOutBodies("PreEnrollmentRequest")) {
            String role = ((Map<?, ?>) body).containsKey("studentId") ? "frontdesk" : "portal";
            int status = given().auth().oauth2(token(role)).contentType(ContentType.JSON).body(body)
                    .post("/editions/12/enrollments").statusCode();
            assertNotEquals(201, status, "edition 12 is not stubbed: nothing may be recorded");
            if (status == 400) {
                refused.add("POST /editions/12/enrollments " + body);
            }
        }
        assertEquals(List.of(), refused);
    }

    /** A withdrawal or a joining day in the future is refused (400): an example must not be one. */
    @Test
    void exampleDatesTheServiceRefusesInTheFutureAreNotInTheFuture() {
        PublishedDocument doc = PublishedDocument.ofServiceUnderTest();
        LocalDate today = Italy.today();
        LocalDate withdrawnOn = LocalDate.parse((String) doc.propertyExample("WithdrawalRequest", "withdrawnOn"));
        LocalDate joinedOn = LocalDate.parse((String) doc.parameterExample("post", "/enrollments/{id}/confirmation", "joinedOn"));
        assertFalse(withdrawnOn.isAfter(today), "withdrawnOn example " + withdrawnOn);
        assertFalse(joinedOn.isAfter(today), "joinedOn example " + joinedOn);
    }

    @Test
    void schemaNamesAreDistinctAndWhatMayBeNullSaysSo() {
        PublishedDocument doc = PublishedDocument.ofServiceUnderTest();
        assertEquals(List.of(), doc.numberedSchemaNames());
        assertEquals(List.of(), doc.nullableNotMarked());
    }

    /** Swagger UI's "Authorize" signs in through the realm's public client (README, Swagger UI), with PKCE. */
    @Test
    void swaggerUiAuthorizesThroughThePublicCliClient() {
        String oauth = PublishedDocument.swaggerUiOAuthSettings();
        assertTrue(oauth.contains("clientId: 'formapro-cli'"), oauth);
        assertTrue(oauth.contains("usePkceWithAuthorizationCodeGrant: true"), oauth);
    }
}
