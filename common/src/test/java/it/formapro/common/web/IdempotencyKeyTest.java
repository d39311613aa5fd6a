package it.formapro.common.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import it.formapro.common.problem.ProblemException;

import jakarta.ws.rs.core.Response;
import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class IdempotencyKeyTest {

    private static final URI EDITION = URI.create("http://localhost:8081/editions/12");

    @Test
    void everyServiceReadsTheHeaderAlike() {
        assertNull(IdempotencyKey.read(null));
        assertNull(IdempotencyKey.read(""), "a blank header is no key");
        assertNull(IdempotencyKey.read(" \t "));
        assertEquals("k-1", IdempotencyKey.read("k-1"));
        assertEquals("k 1", IdempotencyKey.read(" k 1\u000B"), "the blanks around it are not the key");
        assertEquals("x".repeat(200), IdempotencyKey.read("x".repeat(200)));
        ProblemException tooLong = assertThrows(ProblemException.class, () -> IdempotencyKey.read("x".repeat(201)));
        assertEquals(400, tooLong.status());
        assertEquals("validation", tooLong.slug());
        assertEquals("Idempotency-Key: at most 200 characters", tooLong.getMessage());
    }

    @Test
    void theSameRequestSpelledOtherwiseHasTheSameFingerprint() {
        assertEquals(IdempotencyKey.fingerprint("4", new BigDecimal("3"), LocalDate.of(2026, 3, 2)),
                IdempotencyKey.fingerprint("4", new BigDecimal("3.00"), LocalDate.of(2026, 3, 2)));
        assertEquals(64, IdempotencyKey.fingerprint("4").length());
    }

    @Test
    void anotherRequestHasAnotherFingerprint() {
        assertNotEquals(IdempotencyKey.fingerprint("4", new BigDecimal("3")), IdempotencyKey.fingerprint("4", new BigDecimal("3.01")));
        // fields never run together, and null is no text
        assertNotEquals(IdempotencyKey.fingerprint("a", "bc"), IdempotencyKey.fingerprint("ab", "c"));
        assertNotEquals(IdempotencyKey.fingerprint("a;", "b"), IdempotencyKey.fingerprint("a", ";b"));
        assertNotEquals(IdempotencyKey.fingerprint((Object) null), IdempotencyKey.fingerprint("~"));
        assertNotEquals(IdempotencyKey.fingerprint((Object) null), IdempotencyKey.fingerprint("null"));
        assertNotEquals(IdempotencyKey.fingerprint("x", null), IdempotencyKey.fingerprint(null, "x"));
    }

    @Test
    void aReplayIsACreationAgainAndOnlyAKeyedRequestIsToldWhichItIs() {
        Response first = IdempotencyKey.created(EDITION, "edition", "k-1", false);
        Response replay = IdempotencyKey.created(EDITION, "edition", "k-1", true);
        Response unkeyed = IdempotencyKey.created(EDITION, "edition", null, false);
        Response blank = IdempotencyKey.created(EDITION, "edition", " ", false);

        assertEquals(201, replay.getStatus());
        assertEquals(EDITION, replay.getLocation());
        assertEquals("true", replay.getHeaderString(IdempotencyKey.REPLAYED));
        assertEquals("false", first.getHeaderString(IdempotencyKey.REPLAYED));
        assertNull(unkeyed.getHeaderString(IdempotencyKey.REPLAYED));
        assertNull(blank.getHeaderString(IdempotencyKey.REPLAYED), "a blank header is no key");
    }
}
