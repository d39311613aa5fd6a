package it.formapro.attendance.idempotency;

import it.formapro.common.digest.Sha256;
import it.formapro.common.problem.Problem;
import it.formapro.common.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * Optional {@code Idempotency-Key} of the creating POSTs: the first request creates the resource and stores the
 * key with its id and the fingerprint of what it asked for; a retry with the same key and the same request (e.g.
 * after a network timeout) gets the resource created the first time instead of a duplicate. The same key with
 * another request is refused (422 {@code idempotency-key-reused}, as exam-service, catalog-service and
 * enrollment-service answer it; the IETF draft "The Idempotency-Key HTTP Header Field" asks for 422 there): answering
 * it with the earlier resource would tell the client that what it asked for now was done. Keys are scoped per kind
 * of resource and parent.
 */
@ApplicationScoped
public class IdempotencyKeys {

    public static final String HEADER = "Idempotency-Key";

    private final EntityManager em;

    public IdempotencyKeys(EntityManager em) {
        this.em = em;
    }

    /**
     * The resource created earlier with this key, if any.
     *
     * @param fingerprint the request's {@link #fingerprint}; a key stored before V11 has none and replays whatever
     *                    the request
     * @param resource    what the key creates ("lesson", "credit", "check"), to name it in the refusal
     * @throws ProblemException 422 {@code idempotency-key-reused} if the key was used for another request
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<Long> find(String scope, String key, String fingerprint, String resource) {
        if (key == null || key.isBlank()) {
            return Optional.empty();
        }
        check(key);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(
                        "SELECT resource_id, request_hash FROM idempotency_key WHERE scope = ?1 AND idem_key = ?2")
                .setParameter(1, scope).setParameter(2, key).getResultList();
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        long id = ((Number) rows.get(0)[0]).longValue();
        String earlier = (String) rows.get(0)[1];
        if (earlier != null && !earlier.equals(fingerprint)) {
            throw ProblemException.ruleViolation("idempotency-key-reused", HEADER + " '" + key + "' was already used "
                            + "for another request, which created " + resource + " " + id + "; use a new key for a new request",
                    List.of(new Problem.Violation(HEADER, "use a new key for a new request")),
                    ProblemException.figures(resource + "Id", id));
        }
        return Optional.of(id);
    }

    /** Records the key in the creating transaction; a concurrent request with the same key loses with a 409. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void remember(String scope, String key, String fingerprint, long resourceId) {
        if (key == null || key.isBlank()) {
            return;
        }
        int inserted = em.createNativeQuery("INSERT INTO idempotency_key (scope, idem_key, resource_id, request_hash) "
                        + "VALUES (?1, ?2, ?3, ?4) ON CONFLICT DO NOTHING")
                .setParameter(1, scope).setParameter(2, key).setParameter(3, resourceId).setParameter(4, fingerprint)
                .executeUpdate();
        if (inserted == 0) {
            throw ProblemException.conflict("idempotency-key-in-use",
                    "Another request with Idempotency-Key '" + key + "' is being processed; retry it");
        }
    }

    /**
     * For the erasure of a student: the fingerprint of a credit or a check hashes its free texts (reason, notes), which
     * the erasure clears, so it goes with them. The key stays and replays, like the keys recorded before V11.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public int forgetRequestsOf(long studentId) {
        // scopes are "credit:<edition>:<student>" and "check:<edition>:<student>" (CreditService, CheckService)
        return em.createNativeQuery("UPDATE idempotency_key SET request_hash = NULL WHERE request_hash IS NOT NULL "
                        + "AND split_part(scope, ':', 1) IN ('credit', 'check') AND split_part(scope, ':', 3) = ?1")
                .setParameter(1, String.valueOf(studentId))
                .executeUpdate();
    }

    /**
     * SHA-256 (hex) of a request as the service reads it, field by field: the same request spelled otherwise (3 or
     * 3.00 hours, a default left out, spaces the service strips) has the same fingerprint. Each field is written with
     * its length, so no two lists of fields run together into the same text; null is apart from any text.
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

    private static void check(String key) {
        if (key.length() > 200) {
            throw ProblemException.badRequest("Idempotency-Key: at most 200 characters");
        }
    }
}
