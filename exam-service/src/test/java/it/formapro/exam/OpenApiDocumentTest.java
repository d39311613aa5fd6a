package it.formapro.exam;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import it.formapro.common.openapi.PublishedDocument;
import it.formapro.exam.audit.AuditEntity;
import it.formapro.exam.certificate.DocumentDtos;
import it.formapro.exam.outcome.OutcomeDtos;
import it.formapro.exam.session.ExamSessionDtos;
import it.formapro.exam.support.DownstreamStubs;
import jakarta.inject.Inject;
import jakarta.validation.Validator;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
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

    /** The session's board member and the one frozen in a document's content were BoardMember and BoardMember1. */
    @Test
    void theTwoBoardMembersHaveTheirOwnNames() {
        PublishedDocument doc = PublishedDocument.ofServiceUnderTest();
        assertEquals(List.of(), doc.numberedSchemaNames());
        assertEquals(List.of("role", "fullName", "appointedBy"), doc.required("BoardMember"));
        assertEquals(Map.of("$ref", "#/components/schemas/BoardMember"),
                doc.property("ExamSession", "board").get("items"));
        assertEquals(Map.of("$ref", "#/components/schemas/DocumentBoardMember"),
                doc.property("Assessment", "board").get("items"));
        assertEquals("#/components/schemas/Role", doc.property("DocumentBoardMember", "role").get("$ref"));
        assertEquals("#/components/schemas/AppointedBy", doc.property("DocumentBoardMember", "appointedBy").get("$ref"));
    }

    @Test
    void fixedValuesAreEnumsAndWhatMayBeNullSaysSo() {
        PublishedDocument doc = PublishedDocument.ofServiceUnderTest();
        assertEquals(List.of("VALID", "REVOKED"), doc.property("Verification", "status").get("enum"));
        assertEquals(List.of("VALID", "REVOKED"), doc.property("IssuedDocument", "status").get("enum"));
        assertEquals(List.of("PASSED", "FAILED", "MISSING"), doc.property("AdmissionUnitCheck", "result").get("enum"));
        assertEquals(List.of("PASSED", "FAILED", "NOT_ASSESSED"), doc.property("Assessment", "outcome").get("enum"));
        assertEquals(List.of("PASSED", "FAILED", "NOT_ASSESSED"), doc.property("Unit", "result").get("enum"));
        assertEquals(Arrays.stream(AuditEntity.values()).map(Enum::name).toList(),
                doc.property("AuditEvent", "entityType").get("enum"));
        for (String date : List.of("revokedOn", "revocationTakesEffectOn")) {
            Map<String, Object> p = doc.property("Verification", date);
            assertTrue(PublishedDocument.allowsNull(p), "Verification." + date + " is null while VALID");
            assertFalse(p.containsKey("examples"), "an example \"null\" is a string, not null: " + p.get("examples"));
        }
        assertTrue(PublishedDocument.allowsNull(doc.property("IssuedDocument", "sessionId")),
                "a learning record issued on leaving has no session");
        assertEquals(List.of(), doc.nullableNotMarked());
    }

    @Test
    void swaggerUiFillsInBodiesTheServiceAccepts() {
        assertEquals(List.of(), PublishedDocument.ofServiceUnderTest().refusedTryItOutBodies(Map.of(
                "ExamSessionRequest", ExamSessionDtos.ExamSessionRequest.class,
                "StatusChange", ExamSessionDtos.StatusChange.class,
                "IssueRequest", DocumentDtos.IssueRequest.class,
                "OutcomeRequest", OutcomeDtos.OutcomeRequest.class,
                "RevocationRequest", DocumentDtos.RevocationRequest.class,
                "RevocationAmendment", DocumentDtos.RevocationAmendment.class), mapper, validator));
    }

    /** Swagger UI's "Authorize" signs in through the realm's public client (README, Swagger UI), with PKCE. */
    @Test
    void swaggerUiAuthorizesThroughThePublicCliClient() {
        String oauth = PublishedDocument.swaggerUiOAuthSettings();
        assertTrue(oauth.contains("clientId: 'formapro-cli'"), oauth);
        assertTrue(oauth.contains("usePkceWithAuthorizationCodeGrant: true"), oauth);
    }
}
