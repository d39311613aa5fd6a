package it.formapro.enrollment.idempotency;

import static io.restassured.RestAssured.given;
import static it.formapro.enrollment.support.DownstreamStubs.ED_000;
import static it.formapro.enrollment.support.TestData.token;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import it.formapro.common.web.IdempotencyKey;
import it.formapro.enrollment.support.DownstreamStubs;
import it.formapro.enrollment.support.TestData;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.Collections;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** How long an Idempotency-Key lives: a claim left unanswered is abandoned after 5 minutes, a key forgotten after 24 hours. */
@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
@QuarkusTestResource(DownstreamStubs.class)
class IdempotencyLifetimeTest {

    private static final String REPLAYED = IdempotencyKey.REPLAYED;

    @Inject
    EntityManager em;

    @Inject
    Idempotency idempotency;

    static long student() {
        return given().auth().oauth2(token("frontdesk")).contentType(ContentType.JSON).body(TestData.italianAdult())
                .when().post("/students").then().statusCode(201).extract().jsonPath().getLong("id");
    }

    static long preEnrolled(long studentId) {
        return given().auth().oauth2(token("frontdesk")).contentType(ContentType.JSON).body(Map.of("studentId", studentId))
                .when().post("/editions/" + ED_000 + "/enrollments").then().statusCode(201).extract().jsonPath().getLong("enrollment.id");
    }

    static ValidatableResponse confirm(long enrollmentId, String key) {
        return given().auth().oauth2(token("frontdesk")).header(IdempotencyKey.HEADER, key)
                .when().post("/enrollments/" + enrollmentId + "/confirmation").then();
    }

    /**
     * A claim of the key by frontdesk-user for the confirmation, still without an answer, made that many minutes ago: as
     * a process that died between the confirmation's commit and storing its answer leaves it.
     */
    void unansweredClaim(String key, long enrollmentId, int minutesAgo) {
        String request = "POST /enrollments/" + enrollmentId + "/confirmation";
        String hash = idempotency.hash(request, Collections.singletonMap("joinedOn", null));
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("INSERT INTO idempotency_record "
                        + "(principal, idem_key, request, request_hash, created_at) VALUES ('frontdesk-user', :k, :r, :h, "
                        + "now() - make_interval(mins => :m))")
                .setParameter("k", key).setParameter("r", request).setParameter("h", hash).setParameter("m", minutesAgo)
                .executeUpdate());
    }

    @Test
    void aClaimUnansweredForMoreThanFiveMinutesIsTakenOverByTheSameRequest() {
        long recent = preEnrolled(student());
        String recentKey = UUID.randomUUID().toString();
        unansweredClaim(recentKey, recent, 4);
        // four minutes: the first request may still be running (the type every service answers, docs/CONTRACTS.md)
        confirm(recent, recentKey).statusCode(409).contentType("application/problem+json")
                .body("type", is("https://formapro.it/problems/idempotency-key-in-flight"))
                .body("detail", containsString(recentKey))
                .header("Retry-After", "1");
        given().auth().oauth2(token("frontdesk")).when().get("/enrollments/" + recent).then().statusCode(200)
                .body("status", not(is("CONFIRMED")));

        long stale = preEnrolled(student());
        String staleKey = UUID.randomUUID().toString();
        unansweredClaim(staleKey, stale, 6);
        // another request with that key is still refused, not run
        given().auth().oauth2(token("frontdesk")).header(IdempotencyKey.HEADER, staleKey)
                .when().post("/enrollments/" + recent + "/confirmation").then().statusCode(422)
                .body("type", is("https://formapro.it/problems/idempotency-key-reused"));
        // six minutes: abandoned, the same request runs and its answer is kept for the key from now on
        confirm(stale, staleKey).statusCode(200).body("status", is("CONFIRMED")).header(REPLAYED, "false");
        confirm(stale, staleKey).statusCode(200).header(REPLAYED, "true").body("id", is((int) stale));
    }

    @Test
    void aKeyIsForgottenTwentyFourHoursAfterItWasClaimed() {
        long studentId = student();
        String key = UUID.randomUUID().toString();
        long first = given().auth().oauth2(token("frontdesk")).header(IdempotencyKey.HEADER, key).contentType(ContentType.JSON)
                .body(Map.of("studentId", studentId)).when().post("/editions/" + ED_000 + "/enrollments").then()
                .statusCode(201).extract().jsonPath().getLong("enrollment.id");
        given().auth().oauth2(token("frontdesk")).contentType(ContentType.JSON).body(Map.of())
                .when().post("/enrollments/" + first + "/withdrawal").then().statusCode(200);
        // 23 hours on, the answer is still replayed
        age(key, 23);
        given().auth().oauth2(token("frontdesk")).header(IdempotencyKey.HEADER, key).contentType(ContentType.JSON)
                .body(Map.of("studentId", studentId)).when().post("/editions/" + ED_000 + "/enrollments").then()
                .statusCode(201).header(REPLAYED, "true").body("enrollment.id", is((int) first));
        // 25 hours on, forgotten: the request runs again (the first enrollment was withdrawn, so it makes a new one)
        age(key, 25);
        long second = given().auth().oauth2(token("frontdesk")).header(IdempotencyKey.HEADER, key).contentType(ContentType.JSON)
                .body(Map.of("studentId", studentId)).when().post("/editions/" + ED_000 + "/enrollments").then()
                .statusCode(201).header(REPLAYED, "false").body("enrollment.id", not(is((int) first)))
                .extract().jsonPath().getLong("enrollment.id");
        assertNotEquals(first, second);
        // and the key now holds the new answer
        given().auth().oauth2(token("frontdesk")).header(IdempotencyKey.HEADER, key).contentType(ContentType.JSON)
                .body(Map.of("studentId", studentId)).when().post("/editions/" + ED_000 + "/enrollments").then()
                .statusCode(201).header(REPLAYED, "true").body("enrollment.id", is((int) second));
        assertEquals(1L, QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(
                "SELECT count(*) FROM idempotency_record WHERE idem_key = :k").setParameter("k", key).getSingleResult()).longValue()));
    }

    /** Moves the key's claim that many hours into the past. */
    void age(String key, int hours) {
        QuarkusTransaction.requiringNew().run(() -> assertEquals(1, em.createNativeQuery("UPDATE idempotency_record "
                + "SET created_at = now() - make_interval(hours => :h) WHERE idem_key = :k")
                .setParameter("h", hours).setParameter("k", key).executeUpdate()));
    }
}
