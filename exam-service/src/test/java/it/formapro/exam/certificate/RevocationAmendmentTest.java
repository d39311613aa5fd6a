package it.formapro.exam.certificate;

import static io.restassured.RestAssured.given;
import static it.formapro.exam.support.Api.as;
import static it.formapro.exam.support.Api.board;
import static it.formapro.common.testing.DatabaseGuard.assertRefused;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import it.formapro.exam.support.Api;
import it.formapro.exam.support.DownstreamStubs;
import it.formapro.exam.support.TestClock;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/**
 * A revocation dated ahead is corrected while it is pending, and final once in effect; two revocations sent at once
 * record one. Each test issues its certificate in a fresh copy of edition 12.
 */
@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
@QuarkusTestResource(DownstreamStubs.class)
class RevocationAmendmentTest {

    static final LocalDate TODAY = TestClock.TODAY;

    @Inject
    DataSource dataSource;

    static JsonPath certificate(long session, long student) {
        Api.pass(session, student);
        return board().contentType(ContentType.JSON).body(Map.of("studentId", student))
                .when().post("/exam-sessions/" + session + "/certificates").then().statusCode(201).extract().jsonPath();
    }

    static Response revoke(String role, long id, String reason, LocalDate on) {
        return as(role).contentType(ContentType.JSON).body(Map.of("reason", reason, "revokedOn", on.toString()))
                .when().post("/certificates/" + id + "/revocation");
    }

    static Response amend(long id, Map<String, Object> body) {
        return board().contentType(ContentType.JSON).body(body).when().put("/certificates/" + id + "/revocation");
    }

    static Map<String, Object> amendment(String reason, LocalDate on, String why) {
        Map<String, Object> body = new HashMap<>();
        body.put("reason", reason);
        body.put("revokedOn", on.toString());
        body.put("amendmentReason", why);
        return body;
    }

    static List<Map<String, Object>> auditOf(long id) {
        return as("admin").queryParam("entityType", "DOCUMENT").queryParam("entityId", id).when().get("/audit-events")
                .then().statusCode(200).extract().jsonPath().getList("$");
    }

    @Test
    void aMistypedYearIsRefusedAndAPendingRevocationIsAmendedUntilItTakesEffect() {
        long session = Api.heldSession();
        JsonPath cert = certificate(session, 5);
        long id = cert.getLong("id");
        String code = cert.getString("verificationCode");
        String reason = "Outcome recorded for the wrong candidate";

        // 2072 for 2027: the certificate would have verified VALID until then, and no replacement could be issued
        revoke("admin", id, reason, LocalDate.of(2072, 9, 1)).then().statusCode(422)
                .contentType("application/problem+json")
                .body("type", is("https://formapro.it/problems/revocation-too-far-ahead"))
                .body("detail", containsString("at most one year after the day it is recorded, here 2028-07-20"))
                .body("figures.latest", is("2028-07-20"))
                .body("violations[0].field", is("revokedOn"));
        board().when().get("/certificates/" + id).then().statusCode(200).body("revocation", nullValue());

        // a date within the year but still wrong (2028 for 2027): recorded, pending, and then corrected
        LocalDate mistyped = LocalDate.of(2028, 7, 1);
        revoke("admin", id, reason, mistyped).then().statusCode(200)
                .body("status", is("VALID")).body("revocation.revokedOn", is(mistyped.toString()))
                .body("revocation.amendedAt", nullValue());
        revoke("exam-board", id, reason, TODAY.plusDays(10)).then().statusCode(409)
                .body("type", is("https://formapro.it/problems/already-revoked"))
                .body("detail", containsString("already has a revocation taking effect on " + mistyped))
                .body("detail", containsString("can be corrected with PUT /certificates/" + id + "/revocation"));

        // malformed or out of range amendments change nothing
        Map<String, Object> noWhy = amendment(reason, TODAY.plusDays(10), null);
        noWhy.remove("amendmentReason");
        amend(id, noWhy).then().statusCode(400).contentType("application/problem+json")
                .body("violations.field", org.hamcrest.Matchers.hasItem("amendmentReason"));
        amend(id, amendment(reason, LocalDate.of(2072, 9, 1), "Year mistyped")).then().statusCode(422)
                .body("type", is("https://formapro.it/problems/revocation-too-far-ahead"));
        amend(id, amendment(reason, LocalDate.of(2020, 1, 1), "Year mistyped")).then().statusCode(422)
                .body("type", is("https://formapro.it/problems/revocation-before-issue"));
        given().when().get("/certificates/verify/" + code).then().body("revocationTakesEffectOn", is(mistyped.toString()));

        LocalDate meant = TODAY.plusDays(10);
        String why = "Year mistyped: 2028 for 2027";
        amend(id, amendment(reason + " (session " + session + ")", meant, why)).then().statusCode(200)
                .body("status", is("VALID"))
                .body("revocation.revokedOn", is(meant.toString()))
                .body("revocation.reason", is(reason + " (session " + session + ")"))
                .body("revocation.revokedBy", is("user-admin"))
                .body("revocation.amendedBy", is("user-exam-board"))
                .body("revocation.amendmentReason", is(why))
                .body("revocation.amendedAt", org.hamcrest.Matchers.notNullValue());
        given().when().get("/certificates/verify/" + code).then().statusCode(200)
                .body("status", is("VALID")).body("revocationTakesEffectOn", is(meant.toString()));
        // the same amendment again (a retry) changes nothing and is not audited twice
        amend(id, amendment(reason + " (session " + session + ")", meant, "retry")).then().statusCode(200)
                .body("revocation.amendmentReason", is(why));

        // brought forward to today: in effect now, and from then on final
        amend(id, amendment(reason, TODAY, "The Region's act takes effect today")).then().statusCode(200)
                .body("status", is("REVOKED")).body("revocation.revokedOn", is(TODAY.toString()));
        given().when().get("/certificates/verify/" + code).then().body("status", is("REVOKED"))
                .body("revokedOn", is(TODAY.toString()));
        amend(id, amendment(reason, TODAY.plusDays(5), "Too early after all")).then().statusCode(409)
                .contentType("application/problem+json")
                .body("type", is("https://formapro.it/problems/revocation-in-effect"))
                .body("detail", containsString("a revocation in effect is final"));
        revoke("admin", id, reason, TODAY.plusDays(1)).then().statusCode(409)
                .body("detail", containsString("was already revoked on " + TODAY));

        // in effect, it no longer stands in the way of the right certificate (the outcome was a pass after all)
        board().contentType(ContentType.JSON).body(Map.of("studentId", 5))
                .when().post("/exam-sessions/" + session + "/certificates").then().statusCode(201);

        List<Map<String, Object>> events = auditOf(id);
        assertEquals(List.of("CERTIFICATE_ISSUED", "CERTIFICATE_REVOKED", "CERTIFICATE_REVOCATION_AMENDED",
                "CERTIFICATE_REVOCATION_AMENDED"), events.stream().map(e -> e.get("action")).toList());
        Map<String, Object> corrected = events.get(2);
        assertEquals("user-exam-board", corrected.get("actor"));
        assertEquals(cert.getString("number") + " revocation amended: takes effect on " + meant + ", reason '" + reason
                + " (session " + session + ")' (was: takes effect on " + mistyped + ", reason '" + reason + "'); why: "
                + why, corrected.get("detail"));
    }

    @Test
    void onlyARecordedRevocationIsAmended() {
        long session = Api.heldSession();
        long id = certificate(session, 13).getLong("id");
        amend(id, amendment("Wrong", TODAY.plusDays(3), "Typo")).then().statusCode(409)
                .contentType("application/problem+json")
                .body("type", is("https://formapro.it/problems/not-revoked"))
                .body("detail", containsString("record one with POST /certificates/" + id + "/revocation"));
        board().when().get("/certificates/" + id).then().body("revocation", nullValue());
        amend(999_999, amendment("Wrong", TODAY.plusDays(3), "Typo")).then().statusCode(404);
        as("tutor").contentType(ContentType.JSON).body(amendment("Wrong", TODAY.plusDays(3), "Typo"))
                .when().put("/certificates/" + id + "/revocation").then().statusCode(403);
    }

    /**
     * Board members revoking the same certificate at once, each with their own date: the row is locked, so one
     * revocation is recorded and every other request is refused as already revoked - none overwrites it, none fails.
     */
    @Test
    void revocationsSentAtOnceRecordOneAndRefuseTheOthers() throws Exception {
        long session = Api.heldSession();
        long id = certificate(session, 11).getLong("id");
        int n = 6;
        ExecutorService pool = Executors.newFixedThreadPool(n);
        List<Response> answers = new ArrayList<>();
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Response>> futures = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                LocalDate on = TODAY.plusDays(1 + i);
                String reason = "Revocation " + i;
                futures.add(pool.submit(() -> {
                    start.await();
                    return revoke("exam-board", id, reason, on);
                }));
            }
            start.countDown();
            for (Future<Response> f : futures) {
                answers.add(f.get());
            }
        } finally {
            pool.shutdownNow();
        }
        List<Integer> statuses = answers.stream().map(Response::statusCode).toList();
        assertEquals(1, statuses.stream().filter(s -> s == 200).count(), statuses.toString());
        assertEquals(n - 1, statuses.stream().filter(s -> s == 409).count(), statuses.toString());
        JsonPath recorded = answers.stream().filter(r -> r.statusCode() == 200).findFirst().orElseThrow().jsonPath();
        answers.stream().filter(r -> r.statusCode() == 409).forEach(r -> assertEquals(
                "https://formapro.it/problems/already-revoked", r.jsonPath().getString("type"), r.asString()));
        board().when().get("/certificates/" + id).then()
                .body("revocation.revokedOn", is(recorded.getString("revocation.revokedOn")))
                .body("revocation.reason", is(recorded.getString("revocation.reason")));
        assertEquals(1, auditOf(id).stream().filter(e -> "CERTIFICATE_REVOKED".equals(e.get("action"))).count());
    }

    /** The database backs it: a revocation changes only in an update that records an amendment, and never goes. */
    @Test
    void theDatabaseChangesARevocationOnlyByARecordedAmendment() throws Exception {
        long session = Api.heldSession();
        long id = certificate(session, 15).getLong("id");
        String update = "UPDATE issued_document SET %s WHERE id = ?";
        assertRefused(dataSource, update.formatted("revocation_amended_at = now(), revocation_amended_by = 'dba', "
                + "revocation_amendment_reason = 'x'"), id, "only a recorded revocation is amended");
        revoke("admin", id, "Issued in error", TODAY.plusDays(20)).then().statusCode(200);

        assertRefused(dataSource, update.formatted("revoked_on = revoked_on + 1"), id, "but by an amendment");
        assertRefused(dataSource, update.formatted("revocation_reason = 'another'"), id, "but by an amendment");
        assertRefused(dataSource, update.formatted("revoked_by = 'dba'"), id, "never changes");
        assertRefused(dataSource, update.formatted("revoked_on = NULL, revocation_reason = NULL, revoked_at = NULL, "
                + "revoked_by = NULL"), id, "never withdrawn");
        assertRefused(dataSource, update.formatted("revoked_on = revoked_on + 1, revocation_amended_at = now(), "
                + "revocation_amended_by = 'dba'"), id, "issued_document_revocation_amendment_whole");
        try (Connection c = dataSource.getConnection(); PreparedStatement amend = c.prepareStatement(
                "UPDATE issued_document SET revoked_on = revoked_on + 1, revocation_amended_at = now(), "
                        + "revocation_amended_by = 'dba', revocation_amendment_reason = 'typo' WHERE id = ?")) {
            amend.setLong(1, id);
            assertEquals(1, amend.executeUpdate());
        }
        board().when().get("/certificates/" + id).then().statusCode(200)
                .body("revocation.revokedOn", is(TODAY.plusDays(21).toString()))
                .body("revocation.amendedBy", is("dba"))
                .body("revocation.revokedBy", is("user-admin"));
    }
}
