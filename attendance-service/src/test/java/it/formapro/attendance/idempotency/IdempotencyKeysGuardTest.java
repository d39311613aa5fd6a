package it.formapro.attendance.idempotency;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import it.formapro.common.problem.ProblemException;
import it.formapro.common.web.IdempotencyKey;
import org.junit.jupiter.api.Test;

/**
 * IdempotencyKeys takes a key over IdempotencyKey.MAX_LENGTH from no caller, even one that skipped IdempotencyKey.read:
 * the 400 comes before the database (no EntityManager here) is touched.
 */
class IdempotencyKeysGuardTest {

    private final IdempotencyKeys keys = new IdempotencyKeys(null);

    @Test
    void anOverLongKeyIsA400BeforeAnyQuery() {
        String tooLong = "k".repeat(IdempotencyKey.MAX_LENGTH + 1);
        assertEquals(400, assertThrows(ProblemException.class, () -> keys.find("lesson:1", tooLong, "f", "lesson")).status());
        assertEquals(400, assertThrows(ProblemException.class, () -> keys.remember("lesson:1", tooLong, "f", 7)).status());
    }

    @Test
    void noKeyIsStillNone() {
        assertEquals(java.util.Optional.empty(), keys.find("lesson:1", "  ", "f", "lesson"));
        keys.remember("lesson:1", null, "f", 7);
    }
}
