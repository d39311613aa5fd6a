package it.formapro.e2e;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.restassured.response.Response;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * PostgreSQL goes away under the running services and comes back: while it is down every service answers a 503
 * problem quickly (no hang, no 500); once it is back they serve again without being restarted, and every write they
 * acknowledged before is still there.
 */
@Order(8)
@ExtendWith(RealSuite.class)
class DatabaseRestartIT {

    private static final Tokens TOKENS = new Tokens();

    @Test
    void theServicesRecoverFromAPostgresqlRestartAndLoseNoAcknowledgedWrite() {
        // one acknowledged write in each service
        Lifecycle lifecycle = new Lifecycle(TOKENS);
        LocalDate start = Suite.today().plusDays(10);
        long edition = lifecycle.openEdition(Map.of("provider", "Ente di formazione demo",
                "providerAccreditation", Lifecycle.ACCREDITATION, "qualificationCode", "002",
                "title", "Restart drill", "location", "Chieti", "startDate", start.toString(),
                "endDate", start.plusDays(90).toString(), "plannedHours", 300, "capacity", 10));
        LocalDate birth = LocalDate.of(1975, 1, 1).plusDays(new java.util.Random().nextInt(9000));
        long student = lifecycle.registerItalianWithDiploma("Franca", "Galli", birth);
        String unit = Lifecycle.get(Suite.CATALOG + "/editions/" + edition + "/rules", TOKENS.frontdesk(), 200)
                .<String>getList("units.code").get(0);
        long lesson = Lifecycle.send("POST", Suite.ATTENDANCE + "/editions/" + edition + "/lessons", TOKENS.tutor(), Map.of(
                "date", start.toString(), "startTime", "09:00", "endTime", "13:00", "unitCode", unit,
                "modality", "CLASSROOM", "teacher", "Giulia Bianchi"), 201).getLong("id");
        long session = Lifecycle.send("POST", Suite.EXAM + "/exam-sessions", TOKENS.board(), Map.of(
                "editionId", edition, "examDate", start.plusDays(100).toString(), "place", "Aula 2",
                "board", List.of(Map.of("role", "PRESIDENT", "fullName", "Dott. Marco Villa", "appointedBy", "REGION"))), 201)
                .getLong("id");
        Map<String, String> reads = new LinkedHashMap<>();
        reads.put(Suite.CATALOG + "/editions/" + edition, TOKENS.admin());
        reads.put(Suite.ENROLLMENT + "/students/" + student, TOKENS.frontdesk());
        reads.put(Suite.ATTENDANCE + "/editions/" + edition + "/lessons/" + lesson, TOKENS.tutor());
        reads.put(Suite.EXAM + "/exam-sessions/" + session, TOKENS.board());

        Postgres.stop();
        try {
            for (var read : reads.entrySet()) {
                long began = System.nanoTime();
                Response r = given().auth().oauth2(read.getValue()).get(read.getKey());
                double seconds = (System.nanoTime() - began) / 1e9;
                assertEquals(503, r.statusCode(), "GET " + read.getKey() + " with the database down: " + r.asString());
                assertTrue(r.contentType().startsWith("application/problem+json"), r.contentType());
                assertTrue(r.jsonPath().getString("detail").contains("database"), r.asString());
                assertTrue(seconds < 10, "GET " + read.getKey() + " took " + seconds + " s with the database down");
            }
        } finally {
            Postgres.start();
        }

        // back without restarting any service: every acknowledged write is there
        for (var read : reads.entrySet()) {
            List<Integer> seen = new ArrayList<>();
            long deadline = System.nanoTime() + 60_000_000_000L;
            int status = 0;
            while (status != 200 && System.nanoTime() < deadline) {
                status = given().auth().oauth2(read.getValue()).get(read.getKey()).statusCode();
                seen.add(status);
                if (status != 200) {
                    Suite.pause(500);
                }
            }
            assertEquals(200, status, "GET " + read.getKey() + " after the restart: " + seen);
            assertTrue(seen.stream().allMatch(s -> s == 200 || s == 503), "only 503 while recovering, never a 500: " + seen);
        }
        given().auth().oauth2(TOKENS.frontdesk()).get(Suite.ENROLLMENT + "/students/" + student).then()
                .body("lastName", is("Galli"));
        given().auth().oauth2(TOKENS.admin()).get(Suite.CATALOG + "/editions/" + edition).then()
                .body("title", is("Restart drill"));
        // and new writes go through
        long another = lifecycle.registerItalianWithDiploma("Gino", "Galli", birth.plusDays(1));
        assertTrue(another > student);
        Lifecycle.send("POST", Suite.EXAM + "/exam-sessions", TOKENS.board(), Map.of(
                "editionId", edition, "examDate", start.plusDays(101).toString(), "place", "Aula 3",
                "board", List.of(Map.of("role", "PRESIDENT", "fullName", "Dott. Marco Villa", "appointedBy", "REGION"))), 201);
    }
}
