package it.formapro.attendance.idempotency;

import static it.formapro.attendance.support.Api.lesson;
import static it.formapro.attendance.support.Api.lessonBody;
import static it.formapro.attendance.support.Api.participant;
import static it.formapro.attendance.support.Api.tutor;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.response.ValidatableResponse;
import it.formapro.attendance.support.CatalogStub;
import it.formapro.common.web.IdempotencyKey;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/**
 * An Idempotency-Key names one request: a retry of the same request answers what the first one created as the first
 * answer did (201, Idempotent-Replayed: true), the same key with another body is refused (422
 * idempotency-key-reused) and creates nothing, and so does the same key while its first request is being processed
 * (409 idempotency-key-in-flight): as in every service, docs/CONTRACTS.md "Retries".
 */
@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
@QuarkusTestResource(CatalogStub.class)
class IdempotencyKeyReuseTest {

    private static final LocalDate MON = LocalDate.of(2026, 3, 2);
    private static final String REUSED = "https://formapro.it/problems/idempotency-key-reused";

    @Inject
    DataSource dataSource;

    @Inject
    EntityManager em;

    private static ValidatableResponse post(String key, Map<String, Object> body, String path, Object... params) {
        return tutor().header("Idempotency-Key", key).body(body).when().post(path, params).then();
    }

    @Test
    void aLessonKeyReplaysTheSameRequestAndRefusesAnother() {
        Map<String, Object> body = lessonBody(MON, "09:00", "13:00", "1260", "CLASSROOM");
        int id = post("lesson-k", body, "/editions/1043/lessons").statusCode(201).extract().path("id");
        post("lesson-k", body, "/editions/1043/lessons").statusCode(201).header("Idempotent-Replayed", "true").body("id", is(id));
        // the same lesson spelled otherwise (its hours, which the times give; keyCompetences' default) is the same request
        Map<String, Object> spelled = new LinkedHashMap<>(body);
        spelled.put("hours", "4.00");
        spelled.put("keyCompetences", false);
        post("lesson-k", spelled, "/editions/1043/lessons").statusCode(201).header("Idempotent-Replayed", "true").body("id", is(id));

        Map<String, Object> other = lessonBody(MON.plusDays(1), "09:00", "13:00", "1260", "CLASSROOM");
        post("lesson-k", other, "/editions/1043/lessons").statusCode(422).contentType("application/problem+json")
                .body("type", is(REUSED))
                .body("detail", containsString("Idempotency-Key 'lesson-k' was already used"))
                .body("detail", containsString("lesson " + id))
                .body("violations[0].field", is("Idempotency-Key"))
                .body("figures.lessonId", is(id));
        tutor().when().get("/editions/1043/lessons").then().statusCode(200).body("$", hasSize(1));
    }

    @Test
    void aCreditKeyReplaysTheSameRequestAndRefusesAnother() {
        participant(1044, 4401, "Chiave", "Credito", MON.minusDays(30));
        Map<String, Object> body = new LinkedHashMap<>(Map.of("unitCode", "1260", "hours", 2,
                "reason", "Prior formal learning, certificate on file"));
        String path = "/editions/1044/participants/4401/credits";
        int id = post("credit-k", body, path).statusCode(201).extract().path("id");
        post("credit-k", body, path).statusCode(201).header("Idempotent-Replayed", "true").body("id", is(id));
        body.put("hours", 3);
        post("credit-k", body, path).statusCode(422).contentType("application/problem+json")
                .body("type", is(REUSED)).body("figures.creditId", is(id));
        tutor().when().get(path).then().statusCode(200).body("$", hasSize(1)).body("[0].hours", is(2.0f));
    }

    @Test
    void aCheckKeyReplaysTheSameRequestAndRefusesAnother() {
        participant(1045, 4501, "Chiave", "Verifica", MON.minusDays(30));
        lesson(1045, MON.minusDays(7), "09:00", "13:00", "1260", "CLASSROOM");   // the unit, before its check
        Map<String, Object> body = new LinkedHashMap<>(Map.of("unitCode", "1260", "date", MON.toString(),
                "outcome", "PASSED", "score", 27));
        String path = "/editions/1045/participants/4501/checks";
        int id = post("check-k", body, path).statusCode(201).extract().path("id");
        post("check-k", body, path).statusCode(201).header("Idempotent-Replayed", "true").body("id", is(id));
        body.put("outcome", "FAILED");
        post("check-k", body, path).statusCode(422).contentType("application/problem+json")
                .body("type", is(REUSED)).body("figures.checkId", is(id));
        tutor().when().get(path).then().statusCode(200).body("$", hasSize(1)).body("[0].outcome", is("PASSED"));
    }

    /** At most 200 characters, read as in every service (common IdempotencyKey.read): a 400 that creates nothing. */
    @Test
    void aKeyOver200CharactersIsA400AfterTheEditionsOwnAnswerAndCreatesNothing() {
        Map<String, Object> body = lessonBody(MON, "09:00", "13:00", "1260", "CLASSROOM");
        post("k".repeat(201), body, "/editions/1019/lessons").statusCode(400).contentType("application/problem+json")
                .body("type", is("https://formapro.it/problems/validation"))
                .body("detail", is("Idempotency-Key: at most 200 characters"));
        tutor().when().get("/editions/1019/lessons").then().statusCode(200).body("$", hasSize(0));
        // the edition is looked up first: an unknown one answers 404 whatever the key
        post("k".repeat(201), body, "/editions/{e}/lessons", CatalogStub.UNKNOWN).statusCode(404);
        post("k".repeat(200), body, "/editions/1019/lessons").statusCode(201).header("Idempotent-Replayed", "false");
    }

    /** A key recorded before V11 has no request hash: it cannot be compared, so it keeps replaying as it always did. */
    @Test
    void aKeyRecordedBeforeRequestHashesKeepsReplaying() throws SQLException {
        Map<String, Object> body = lessonBody(MON.plusDays(7), "09:00", "13:00", "1260", "CLASSROOM");
        int id = post("legacy-k", body, "/editions/1046/lessons").statusCode(201).extract().path("id");
        try (Connection c = dataSource.getConnection(); PreparedStatement forget = c.prepareStatement(
                "UPDATE idempotency_key SET request_hash = NULL WHERE scope = 'lesson:1046' AND idem_key = 'legacy-k'")) {
            assertEquals(1, forget.executeUpdate());
        }
        Map<String, Object> other = lessonBody(MON.plusDays(8), "09:00", "13:00", "1260", "CLASSROOM");
        post("legacy-k", other, "/editions/1046/lessons").statusCode(201).header("Idempotent-Replayed", "true").body("id", is(id));
    }

    @Test
    void theSameKeyWhileItsFirstRequestIsBeingProcessedIsRefusedInFlightAndCreatesNothing() {
        Map<String, Object> body = lessonBody(MON, "09:00", "13:00", "1260", "CLASSROOM");
        // a first request with the key claims it, as LessonService.create does, until its transaction ends
        QuarkusTransaction.requiringNew().run(() -> {
            IdempotencyKey.refuseIfInFlight(em, "lesson:1035", "flight-k");
            post("flight-k", body, "/editions/1035/lessons").statusCode(409).contentType("application/problem+json")
                    .body("type", is("https://formapro.it/problems/idempotency-key-in-flight"))
                    .body("detail", containsString("'flight-k'"))
                    .header("Retry-After", "1");
            // another key runs meanwhile: only the key is held, not the edition's calendar
            post("flight-other-k", lessonBody(MON.plusDays(1), "09:00", "13:00", "1260", "CLASSROOM"), "/editions/1035/lessons")
                    .statusCode(201);
        });
        tutor().when().get("/editions/1035/lessons").then().statusCode(200).body("$", hasSize(1));
        // the first request over (here: it created nothing), the retry runs
        post("flight-k", body, "/editions/1035/lessons").statusCode(201).header("Idempotent-Replayed", "false");
        tutor().when().get("/editions/1035/lessons").then().statusCode(200).body("$", hasSize(2));
    }
}
