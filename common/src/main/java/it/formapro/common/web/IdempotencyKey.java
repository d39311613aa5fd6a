package it.formapro.common.web;

import it.formapro.common.digest.Sha256;
import it.formapro.common.problem.ProblemException;
import jakarta.persistence.EntityManager;
import jakarta.ws.rs.core.Response;
import java.math.BigDecimal;
import java.net.URI;

/**
 * The {@code Idempotency-Key} as every service answers it (docs/CONTRACTS.md, "Retries"): a replay repeats the first
 * answer's status (201 with the same Location) with {@code Idempotent-Replayed: true}, the first answer to a keyed
 * request says {@code false}, a request without a key gets no such header; the same key while its first request is
 * still being processed is a 409 {@link ProblemException#idempotencyKeyInFlight}, with another request a 422
 * {@link ProblemException#idempotencyKeyReused}. How a key is stored stays each service's own.
 */
public final class IdempotencyKey {

    public static final String HEADER = "Idempotency-Key";
    public static final String REPLAYED = "Idempotent-Replayed";

    /** The longest key taken (docs/CONTRACTS.md, "Retries"). */
    public static final int MAX_LENGTH = 200;

    /**
     * First key of the advisory locks of {@link #refuseIfInFlight}: apart from attendance-service's (1 and 2) and from
     * the one-key locks of the services, which PostgreSQL keeps in another key space.
     */
    static final int LOCK_CLASS = 0x1DE4;

    private IdempotencyKey() {
    }

    /** Whether the request carried a key; a blank header is none. */
    public static boolean given(String key) {
        return key != null && !key.isBlank();
    }

    /**
     * The key as every service reads the header: null for none ({@link #given}), else the header without the blanks
     * around it; a header over {@link #MAX_LENGTH} characters is a 400 and runs nothing. A service may refuse more
     * (exam-service takes visible ASCII only), never less.
     */
    public static String read(String header) {
        if (!given(header)) {
            return null;
        }
        if (header.length() > MAX_LENGTH) {
            throw ProblemException.badRequest(HEADER + ": at most " + MAX_LENGTH + " characters");
        }
        return header.strip();
    }

    /** The answer to a creating request, first or replayed: 201 with the resource's Location, marked as {@link #mark}. */
    public static Response created(URI location, Object entity, String key, boolean replayed) {
        return mark(Response.created(location).entity(entity), key, replayed).build();
    }

    /** Adds {@code Idempotent-Replayed} to the answer of a request that carried a key, and nothing otherwise. */
    public static Response.ResponseBuilder mark(Response.ResponseBuilder answer, String key, boolean replayed) {
        return given(key) ? answer.header(REPLAYED, replayed) : answer;
    }

    /**
     * Claims the key for the current transaction (a PostgreSQL advisory lock released at commit or rollback), so that
     * the same key sent again while this request is being processed is answered 409 at once, never run a second time
     * nor refused by the rules for meeting its own twin (a lesson overlapping itself). Call it before looking the key
     * up: once the first request committed, the lookup finds its answer. Two different keys whose 32-bit hashes meet
     * and arrive at the same instant get a 409 too, which a retry passes.
     *
     * @param scope what the key is unique within (a service's keys per resource kind, per edition, ...)
     */
    public static void refuseIfInFlight(EntityManager em, String scope, String key) {
        if (!given(key)) {
            return;
        }
        Object claimed = em.createNativeQuery("SELECT pg_try_advisory_xact_lock(?1, hashtext(?2))")
                .setParameter(1, LOCK_CLASS).setParameter(2, scope + "\n" + key).getSingleResult();
        if (!Boolean.TRUE.equals(claimed)) {
            throw ProblemException.idempotencyKeyInFlight(key);
        }
    }

    /**
     * SHA-256 (hex) of a request as a service reads it, field by field, to tell the same request from another one
     * under one key: the same request spelled otherwise (3 or 3.00 hours, a default left out, spaces the service
     * strips) has the same fingerprint. Each field is written with its length, so no two lists of fields run together
     * into the same text; null is apart from any text.
     */
    public static String fingerprint(Object... fields) {
        StringBuilder canonical = new StringBuilder();
        for (Object field : fields) {
            String text = field instanceof BigDecimal number ? number.stripTrailingZeros().toPlainString()
                    : field == null ? null : field.toString();
            canonical.append(text == null ? "~" : text.length() + ":" + text).append(';');
        }
        return Sha256.hex(canonical.toString());
    }
}
