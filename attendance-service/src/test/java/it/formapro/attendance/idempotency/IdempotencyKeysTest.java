package it.formapro.attendance.idempotency;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class IdempotencyKeysTest {

    @Test
    void theSameRequestSpelledOtherwiseHasTheSameFingerprint() {
        assertEquals(IdempotencyKeys.fingerprint("4", new BigDecimal("3"), LocalDate.of(2026, 3, 2)),
                IdempotencyKeys.fingerprint("4", new BigDecimal("3.00"), LocalDate.of(2026, 3, 2)));
        assertEquals(64, IdempotencyKeys.fingerprint("4").length());
    }

    @Test
    void anotherRequestHasAnotherFingerprint() {
        assertNotEquals(IdempotencyKeys.fingerprint("4", new BigDecimal("3")), IdempotencyKeys.fingerprint("4", new BigDecimal("3.01")));
        // fields never run together, and null is no text
        assertNotEquals(IdempotencyKeys.fingerprint("a", "bc"), IdempotencyKeys.fingerprint("ab", "c"));
        assertNotEquals(IdempotencyKeys.fingerprint("a;", "b"), IdempotencyKeys.fingerprint("a", ";b"));
        assertNotEquals(IdempotencyKeys.fingerprint((Object) null), IdempotencyKeys.fingerprint("~"));
        assertNotEquals(IdempotencyKeys.fingerprint((Object) null), IdempotencyKeys.fingerprint("null"));
        assertNotEquals(IdempotencyKeys.fingerprint("x", null), IdempotencyKeys.fingerprint(null, "x"));
    }
}
