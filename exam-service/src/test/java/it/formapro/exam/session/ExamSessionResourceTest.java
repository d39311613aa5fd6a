package it.formapro.exam.session;

import static io.restassured.RestAssured.given;
import static it.formapro.exam.support.Api.as;
import static it.formapro.exam.support.Api.board;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.http.ContentType;
import it.formapro.common.web.IdempotencyKey;
import it.formapro.exam.support.Api;
import it.formapro.exam.support.DownstreamStubs;
import it.formapro.exam.support.TestClock;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
@QuarkusTestResource(DownstreamStubs.class)
class ExamSessionResourceTest {

    @Inject
    EntityManager em;

    @Test
    void refusesAnonymousCallers() {
        given().when().get("/exam-sessions").then().statusCode(401).contentType("application/problem+json");
    }

    @Test
    void refusesTheWrongRole() {
        given().auth().oauth2(OidcWiremockTestResource.getAccessToken("someone", Set.of("tutor")))
                .when().get("/exam-sessions").then().statusCode(403).contentType("application/problem+json");
    }

    @Test
    void answersTheRightRoleFromTheDatabase() {
        given().auth().oauth2(OidcWiremockTestResource.getAccessToken("someone", Set.of("exam-board")))
                .when().get("/exam-sessions").then().statusCode(200).contentType("application/json");
    }

    @Test
    void schedulesASessionWithItsBoard() {
        long id = Api.createSession(DownstreamStubs.EDITION);
        board().when().get("/exam-sessions/" + id).then().statusCode(200)
                .body("editionId", is(12))
                .body("status", is("SCHEDULED"))
                .body("allowedNext", is(List.of("HELD", "CANCELLED")))
                .body("board", hasSize(4))
                .body("board[0].role", is("PRESIDENT"))
                .body("board[0].fullName", is("Anna Ferri"))
                .body("board[3].appointedBy", is("PROVIDER"));
        board().queryParam("editionId", 12).when().get("/exam-sessions").then().statusCode(200)
                .body("id", org.hamcrest.Matchers.hasItem((int) id));
    }

    @Test
    void aRetryWithTheSameIdempotencyKeyReturnsTheSameSessionAndSchedulesNothingNew() {
        String key = "session-" + java.util.UUID.randomUUID();
        String location = board().contentType(ContentType.JSON).header("Idempotency-Key", key)
                .body(Api.sessionBody(DownstreamStubs.EDITION)).when().post("/exam-sessions").then().statusCode(201)
                .header("Idempotent-Replayed", "false").extract().header("Location");
        long first = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
        int before = board().queryParam("editionId", DownstreamStubs.EDITION).when().get("/exam-sessions").then()
                .extract().jsonPath().getList("id").size();
        // the first answer again (docs/CONTRACTS.md, Retries): 201, the same Location, marked as a replay
        board().contentType(ContentType.JSON).header("Idempotency-Key", key)
                .body(Api.sessionBody(DownstreamStubs.EDITION)).when().post("/exam-sessions").then().statusCode(201)
                .header("Idempotent-Replayed", "true").header("Location", is(location)).body("id", is((int) first));
        board().queryParam("editionId", DownstreamStubs.EDITION).when().get("/exam-sessions").then()
                .body("size()", is(before));

        Map<String, Object> other = new HashMap<>(Api.sessionBody(DownstreamStubs.EDITION));
        other.put("place", "Altra sede");
        board().contentType(ContentType.JSON).header("Idempotency-Key", key).body(other)
                .when().post("/exam-sessions").then().statusCode(422).contentType("application/problem+json")
                .body("type", is("https://formapro.it/problems/idempotency-key-reused"))
                .body("violations[0].field", is("Idempotency-Key"))
                .body("figures.sessionId", is((int) first))
                .body("detail", org.hamcrest.Matchers.containsString("already used to schedule session " + first));
        // another board is another request too (it was answered with the session as a replay)
        Map<String, Object> otherBoard = new HashMap<>(Api.sessionBody(DownstreamStubs.EDITION));
        otherBoard.put("board", List.of(Map.of("role", "PRESIDENT", "fullName", "Elena Rossi", "appointedBy", "REGION")));
        board().contentType(ContentType.JSON).header("Idempotency-Key", key).body(otherBoard)
                .when().post("/exam-sessions").then().statusCode(422)
                .body("type", is("https://formapro.it/problems/idempotency-key-reused"));
        // the session moved since: a retry of the request that scheduled it is still that request (it was a 422)
        Map<String, Object> moved = new HashMap<>(Api.sessionBody(DownstreamStubs.EDITION));
        moved.put("place", "Aula magna");
        board().contentType(ContentType.JSON).body(Api.withVersion(first, moved)).when().put("/exam-sessions/" + first)
                .then().statusCode(200);
        board().contentType(ContentType.JSON).header("Idempotency-Key", key)
                .body(Api.sessionBody(DownstreamStubs.EDITION)).when().post("/exam-sessions").then().statusCode(201)
                .header("Idempotent-Replayed", "true").body("id", is((int) first)).body("place", is("Aula magna"));
        board().contentType(ContentType.JSON).header("Idempotency-Key", "no spaces allowed")
                .body(Api.sessionBody(DownstreamStubs.EDITION)).when().post("/exam-sessions").then().statusCode(400)
                .contentType("application/problem+json");
        board().queryParam("editionId", DownstreamStubs.EDITION).when().get("/exam-sessions").then()
                .body("size()", is(before));
    }

    @Test
    void theSameKeyWhileItsFirstRequestIsBeingProcessedIsRefusedInFlightAndSchedulesNothing() {
        String key = "session-" + java.util.UUID.randomUUID();
        int before = board().queryParam("editionId", DownstreamStubs.EDITION).when().get("/exam-sessions").then()
                .extract().jsonPath().getList("id").size();
        // a first request with the key claims it, as ExamSessionService.create does, until its transaction ends
        QuarkusTransaction.requiringNew().run(() -> {
            IdempotencyKey.refuseIfInFlight(em, "exam-session", key);
            board().contentType(ContentType.JSON).header("Idempotency-Key", key)
                    .body(Api.sessionBody(DownstreamStubs.EDITION)).when().post("/exam-sessions").then().statusCode(409)
                    .contentType("application/problem+json")
                    .body("type", is("https://formapro.it/problems/idempotency-key-in-flight"))
                    .body("detail", containsString("'" + key + "'"))
                    .header("Retry-After", "1");
        });
        board().queryParam("editionId", DownstreamStubs.EDITION).when().get("/exam-sessions").then()
                .body("size()", is(before));
        // the first request over (here: it scheduled nothing), the retry runs
        board().contentType(ContentType.JSON).header("Idempotency-Key", key)
                .body(Api.sessionBody(DownstreamStubs.EDITION)).when().post("/exam-sessions").then().statusCode(201)
                .header("Idempotent-Replayed", "false");
    }

    @Test
    void onlyTheBoardOrAdminSchedules() {
        as("tutor").contentType(ContentType.JSON).body(Api.sessionBody(12)).when().post("/exam-sessions")
                .then().statusCode(403).contentType("application/problem+json");
        as("frontdesk").contentType(ContentType.JSON).body(Api.sessionBody(12)).when().post("/exam-sessions")
                .then().statusCode(403);
    }

    @Test
    void aBoardNeedsExactlyOnePresident() {
        Map<String, Object> body = new HashMap<>(Api.sessionBody(12));
        body.put("board", List.of(Map.of("role", "MEMBER", "fullName", "Bruno Galli", "appointedBy", "REGION")));
        board().contentType(ContentType.JSON).body(body).when().post("/exam-sessions")
                .then().statusCode(422).contentType("application/problem+json")
                .body("type", is("https://formapro.it/problems/board-president"))
                .body("figures.presidents", is(0));
    }

    @Test
    void invalidInputIs400AndUnknownEditionIs422() {
        board().contentType(ContentType.JSON).body(Map.of("editionId", 12, "place", ""))
                .when().post("/exam-sessions").then().statusCode(400).contentType("application/problem+json");
        board().contentType(ContentType.JSON).body(Api.sessionBody(DownstreamStubs.UNKNOWN_EDITION))
                .when().post("/exam-sessions").then().statusCode(422)
                .body("detail", containsString("catalog-service does not know the rules of edition 404"));
    }

    @Test
    void catalogDownIs503NamingIt() {
        board().contentType(ContentType.JSON).body(Api.sessionBody(DownstreamStubs.CATALOG_DOWN))
                .when().post("/exam-sessions").then().statusCode(503).contentType("application/problem+json")
                .body("detail", containsString("catalog-service is unavailable"))
                .body("figures.service", is("catalog-service"));
    }

    @Test
    void statusMovesOnlyForwardAndClosingNeedsOutcomes() {
        long id = Api.createSession(DownstreamStubs.EDITION);
        board().contentType(ContentType.JSON).body(Map.of("status", "CLOSED"))
                .when().put("/exam-sessions/" + id + "/status").then().statusCode(409)
                .body("type", is("https://formapro.it/problems/invalid-status-transition"))
                .body("detail", containsString("SCHEDULED and cannot become CLOSED"));
        Api.freeze(id);
        Api.status(id, "HELD");
        // admitted candidates 5, 11, 13, 15 have no outcome yet
        board().contentType(ContentType.JSON).body(Map.of("status", "CLOSED"))
                .when().put("/exam-sessions/" + id + "/status").then().statusCode(409)
                .body("type", is("https://formapro.it/problems/outcomes-missing"))
                .body("figures.missingStudentIds", is(List.of(5, 11, 13, 15)));
        // a held session's date can no longer change
        Map<String, Object> moved = new HashMap<>(Api.sessionBody(12));
        moved.put("examDate", "2027-07-11");
        board().contentType(ContentType.JSON).body(Api.withVersion(id, moved)).when().put("/exam-sessions/" + id)
                .then().statusCode(409).body("type", is("https://formapro.it/problems/session-not-editable"));
    }

    @Test
    void aScheduledSessionIsCancelledWithItsReasonAndNothingHappensInItAfterwards() {
        long id = Api.createSession(DownstreamStubs.copyOfEdition12());
        Api.freeze(id);
        String why = "The Region has not appointed its board members for this date";
        // the reason is required: a 400 changes nothing
        board().contentType(ContentType.JSON).body(Map.of("status", "CANCELLED"))
                .when().put("/exam-sessions/" + id + "/status").then().statusCode(400)
                .contentType("application/problem+json").body("detail", containsString("with the reason"));
        board().when().get("/exam-sessions/" + id).then().body("status", is("SCHEDULED"));

        board().contentType(ContentType.JSON).body(Map.of("status", "CANCELLED", "reason", why))
                .when().put("/exam-sessions/" + id + "/status").then().statusCode(200)
                .body("status", is("CANCELLED")).body("cancellationReason", is(why)).body("allowedNext", is(List.of()));
        // a retry changes nothing, the reason included
        board().contentType(ContentType.JSON).body(Map.of("status", "CANCELLED", "reason", "another"))
                .when().put("/exam-sessions/" + id + "/status").then().statusCode(200).body("cancellationReason", is(why));
        as("admin").queryParam("sessionId", id).when().get("/audit-events").then().statusCode(200)
                .body("find { it.action == 'SESSION_STATUS_CHANGED' }.detail", is("SCHEDULED -> CANCELLED: " + why));

        // final: not held, not edited, nothing recorded or issued in it
        board().contentType(ContentType.JSON).body(Map.of("status", "HELD"))
                .when().put("/exam-sessions/" + id + "/status").then().statusCode(409)
                .body("type", is("https://formapro.it/problems/invalid-status-transition"))
                .body("detail", containsString("allowed next: none (final)"));
        board().contentType(ContentType.JSON).body(Api.withVersion(id, Api.sessionBody(DownstreamStubs.EDITION)))
                .when().put("/exam-sessions/" + id)
                .then().statusCode(409).body("type", is("https://formapro.it/problems/session-not-editable"));
        board().contentType(ContentType.JSON).body(Api.outcome("PASSED", true, true))
                .when().put("/exam-sessions/" + id + "/outcomes/5").then().statusCode(409)
                .contentType("application/problem+json")
                .body("type", is("https://formapro.it/problems/session-cancelled"))
                .body("detail", containsString("was CANCELLED (" + why + "): no outcome is recorded in it"));
        // an excluded candidate (6, below the threshold) gets no learning record from it either
        board().contentType(ContentType.JSON).body(Map.of("studentId", 6))
                .when().post("/exam-sessions/" + id + "/learning-records").then().statusCode(409)
                .body("type", is("https://formapro.it/problems/session-cancelled"));
        board().when().get("/exam-sessions/" + id + "/documents").then().statusCode(200).body("size()", is(0));

        long notFrozen = Api.createSession(DownstreamStubs.EDITION);
        board().contentType(ContentType.JSON).body(Map.of("status", "CANCELLED", "reason", why))
                .when().put("/exam-sessions/" + notFrozen + "/status").then().statusCode(200);
        board().when().post("/exam-sessions/" + notFrozen + "/admissions/freeze").then().statusCode(409)
                .body("type", is("https://formapro.it/problems/session-cancelled"))
                .body("detail", containsString("no admission list is frozen in it"));
    }

    @Test
    void theBoardListsTheSessionsOfAnEditionInOneStatus() {
        long edition = DownstreamStubs.copyOfEdition12();
        long scheduled = Api.createSession(edition);
        long cancelled = Api.createSession(edition);
        board().contentType(ContentType.JSON).body(Map.of("status", "CANCELLED", "reason", "Venue unavailable"))
                .when().put("/exam-sessions/" + cancelled + "/status").then().statusCode(200);
        board().queryParam("editionId", edition).queryParam("status", "SCHEDULED").when().get("/exam-sessions").then()
                .statusCode(200).body("id", is(List.of((int) scheduled)));
        board().queryParam("editionId", edition).queryParam("status", "CANCELLED").when().get("/exam-sessions").then()
                .statusCode(200).body("id", is(List.of((int) cancelled))).body("[0].cancellationReason", is("Venue unavailable"));
        board().queryParam("editionId", edition).when().get("/exam-sessions").then().statusCode(200)
                .body("id", is(List.of((int) scheduled, (int) cancelled)));
        board().queryParam("status", "POSTPONED").when().get("/exam-sessions").then().statusCode(400)
                .contentType("application/problem+json");
    }

    @Test
    void aHeldSessionIsNotCancelledTheExamTookPlace() {
        long id = Api.heldSession();
        board().contentType(ContentType.JSON).body(Map.of("status", "CANCELLED", "reason", "too late"))
                .when().put("/exam-sessions/" + id + "/status").then().statusCode(409)
                .body("type", is("https://formapro.it/problems/invalid-status-transition"))
                .body("detail", containsString("HELD and cannot become CANCELLED; allowed next: [CLOSED]"));
    }

    @Test
    void aHeldSessionRecordsWhoSatUntilItsDocumentsAreIssued() {
        long id = Api.heldSession();
        long edition = board().when().get("/exam-sessions/" + id).then().extract().jsonPath().getLong("editionId");
        // a member appointed by the Region was replaced on the day
        Map<String, Object> sat = new HashMap<>(Api.sessionBody(edition));
        sat.put("board", List.of(
                Map.of("role", "PRESIDENT", "fullName", "Anna Ferri", "appointedBy", "REGION"),
                Map.of("role", "MEMBER", "fullName", "Bruno Galli", "appointedBy", "REGION"),
                Map.of("role", "MEMBER", "fullName", "Elena Russo", "appointedBy", "REGION"),
                Map.of("role", "MEMBER", "fullName", "Dario Esposito", "appointedBy", "PROVIDER")));
        board().contentType(ContentType.JSON).body(Api.withVersion(id, sat)).when().put("/exam-sessions/" + id).then().statusCode(200)
                .body("status", is("HELD")).body("board[2].fullName", is("Elena Russo"));
        // only the board: the date and place are those of the exam held
        Map<String, Object> elsewhere = new HashMap<>(sat);
        elsewhere.put("place", "Altra sede");
        board().contentType(ContentType.JSON).body(Api.withVersion(id, elsewhere)).when().put("/exam-sessions/" + id).then().statusCode(409)
                .contentType("application/problem+json")
                .body("detail", containsString("only the board can still be corrected, to record who sat"));
        // once a certificate states the board, it stays as issued
        Api.pass(id, 5);
        board().contentType(ContentType.JSON).body(Map.of("studentId", 5))
                .when().post("/exam-sessions/" + id + "/certificates").then().statusCode(201);
        board().contentType(ContentType.JSON).body(Api.withVersion(id, Api.sessionBody(edition)))
                .when().put("/exam-sessions/" + id)
                .then().statusCode(409).body("detail", containsString("already has 1 documents issued"));
        board().when().get("/exam-sessions/" + id).then().body("board[2].fullName", is("Elena Russo"));
    }

    @Test
    void aSessionIsHeldFromItsExamDateNotBefore() {
        Map<String, Object> body = new HashMap<>(Api.sessionBody(DownstreamStubs.EDITION));
        body.put("examDate", "2027-09-01"); // after the TestClock's 2027-07-20
        long id = board().contentType(ContentType.JSON).body(body).when().post("/exam-sessions").then().statusCode(201)
                .extract().jsonPath().getLong("id");
        Api.freeze(id);
        board().contentType(ContentType.JSON).body(Map.of("status", "HELD"))
                .when().put("/exam-sessions/" + id + "/status").then().statusCode(409)
                .contentType("application/problem+json")
                .body("type", is("https://formapro.it/problems/exam-not-yet-held"))
                .body("detail", is("Exam session " + id + " is dated 2027-09-01: it can be marked HELD from that day; "
                        + "today is 2027-07-20"))
                .body("figures.examDate", is("2027-09-01"))
                .body("figures.today", is("2027-07-20"));
        // nor does the session offer HELD as its next step before that day
        board().when().get("/exam-sessions/" + id).then().statusCode(200).body("status", is("SCHEDULED"))
                .body("allowedNext", is(List.of("CANCELLED")));

        // moved to today, the exam is held; sending HELD again changes nothing
        body.put("examDate", TestClock.TODAY.toString());
        board().contentType(ContentType.JSON).body(Api.withVersion(id, body)).when().put("/exam-sessions/" + id).then().statusCode(200)
                .body("allowedNext", is(List.of("HELD", "CANCELLED")));
        Api.status(id, "HELD");
        Api.status(id, "HELD");
        board().when().get("/exam-sessions/" + id).then().statusCode(200).body("status", is("HELD"));
    }

    @Test
    void aScheduledSessionCanBeEdited() {
        long id = Api.createSession(DownstreamStubs.EDITION);
        Map<String, Object> body = new HashMap<>(Api.sessionBody(12));
        body.put("place", "Aula Magna, Chieti");
        body.put("examDate", "2027-07-15");
        board().contentType(ContentType.JSON).body(Api.withVersion(id, body)).when().put("/exam-sessions/" + id).then().statusCode(200)
                .body("place", is("Aula Magna, Chieti")).body("examDate", is("2027-07-15"));

        // a year mistyped: before the edition starts (2027-01-11), refused when scheduling and when editing
        body.put("examDate", "2026-07-15");
        board().contentType(ContentType.JSON).body(Api.withVersion(id, body)).when().put("/exam-sessions/" + id).then().statusCode(422)
                .contentType("application/problem+json")
                .body("type", is("https://formapro.it/problems/exam-date"))
                .body("figures.editionStart", is("2027-01-11"));
        board().contentType(ContentType.JSON).body(body).when().post("/exam-sessions").then().statusCode(422)
                .body("detail", is("The exam date 2026-07-15 is before the edition starts (2027-01-11): the final exam "
                        + "follows the course"));
        board().when().get("/exam-sessions/" + id).then().body("examDate", is("2027-07-15"));
    }

    /**
     * Two board members read the session and both edit it: the second edit, based on the copy the first one changed,
     * is refused (it would silently undo the first), says so with both versions, and changes nothing; after a reload
     * it goes through. A PUT without the version is malformed.
     */
    @Test
    void twoBoardMembersEditingTheSameCopyDoNotOverwriteEachOther() {
        long id = Api.createSession(DownstreamStubs.EDITION);
        long read = board().when().get("/exam-sessions/" + id).then().statusCode(200).extract().jsonPath().getLong("version");

        Map<String, Object> first = new HashMap<>(Api.sessionBody(DownstreamStubs.EDITION));
        first.put("place", "Aula Magna, Chieti");
        first.put("version", read);
        long after = board().contentType(ContentType.JSON).body(first).when().put("/exam-sessions/" + id).then()
                .statusCode(200).body("place", is("Aula Magna, Chieti")).extract().jsonPath().getLong("version");
        org.junit.jupiter.api.Assertions.assertTrue(after > read, read + " -> " + after);
        board().when().get("/exam-sessions/" + id).then().body("version", is((int) after));

        Map<String, Object> second = new HashMap<>(Api.sessionBody(DownstreamStubs.EDITION));
        second.put("examDate", "2027-07-12");
        second.put("version", read);
        board().contentType(ContentType.JSON).body(second).when().put("/exam-sessions/" + id).then().statusCode(409)
                .contentType("application/problem+json")
                .body("type", is("https://formapro.it/problems/concurrent-modification"))
                .body("detail", is("Exam session " + id + " was changed meanwhile (your version " + read + ", current "
                        + after + "): reload it and retry"))
                .body("figures.yourVersion", is((int) read))
                .body("figures.currentVersion", is((int) after));
        board().when().get("/exam-sessions/" + id).then()
                .body("place", is("Aula Magna, Chieti")).body("examDate", is("2027-07-10"));

        second.remove("version");
        board().contentType(ContentType.JSON).body(second).when().put("/exam-sessions/" + id).then().statusCode(400)
                .contentType("application/problem+json")
                .body("detail", containsString("version: required on update"))
                .body("violations[0].field", is("version"));
        second.put("version", -1);
        board().contentType(ContentType.JSON).body(second).when().put("/exam-sessions/" + id).then().statusCode(400);
        board().when().get("/exam-sessions/" + id).then().body("examDate", is("2027-07-10")).body("version", is((int) after));

        // reloaded: the second member's change on top of the first's
        second.put("place", "Aula Magna, Chieti");
        second.put("version", after);
        board().contentType(ContentType.JSON).body(second).when().put("/exam-sessions/" + id).then().statusCode(200)
                .body("place", is("Aula Magna, Chieti")).body("examDate", is("2027-07-12"));
        // a status change is a change too: an edit read before it is stale
        long beforeCancel = board().when().get("/exam-sessions/" + id).then().extract().jsonPath().getLong("version");
        board().contentType(ContentType.JSON).body(Map.of("status", "CANCELLED", "reason", "Venue unavailable"))
                .when().put("/exam-sessions/" + id + "/status").then().statusCode(200);
        second.put("version", beforeCancel);
        board().contentType(ContentType.JSON).body(second).when().put("/exam-sessions/" + id).then().statusCode(409)
                .body("type", is("https://formapro.it/problems/concurrent-modification"));
    }

    @Test
    void theSessionListIsPagedWithTheTotalInTheHeaders() {
        long edition = DownstreamStubs.copyOfEdition12();
        List<Integer> ids = List.of((int) Api.createSession(edition), (int) Api.createSession(edition),
                (int) Api.createSession(edition));
        board().queryParam("editionId", edition).queryParam("size", 2).when().get("/exam-sessions").then()
                .statusCode(200)
                .header("X-Total-Count", "3").header("X-Page", "0").header("X-Page-Size", "2").header("X-Page-Count", "2")
                .body("id", is(ids.subList(0, 2)));
        board().queryParam("editionId", edition).queryParam("size", 2).queryParam("page", 1).when().get("/exam-sessions")
                .then().statusCode(200).header("X-Total-Count", "3").body("id", is(ids.subList(2, 3)));
        // without paging values, the first 20
        board().when().get("/exam-sessions").then().statusCode(200).header("X-Page-Size", "20")
                .body("size()", org.hamcrest.Matchers.lessThanOrEqualTo(20));
        for (String[] bad : List.of(new String[] {"size", "0"}, new String[] {"size", "101"}, new String[] {"page", "-1"})) {
            board().queryParam(bad[0], bad[1]).when().get("/exam-sessions").then().statusCode(400)
                    .contentType("application/problem+json");
        }
    }
}
