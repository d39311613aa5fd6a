package it.formapro.attendance.idempotency;

import it.formapro.common.problem.ProblemException;
import it.formapro.common.web.IdempotencyKey;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;

/**
 * Optional {@code Idempotency-Key} of the creating POSTs: the first request creates the resource and stores the
 * key with its id and the fingerprint ({@link IdempotencyKey#fingerprint}) of what it asked for; a retry with the same
 * key and the same request (e.g. after a network timeout) gets the resource created the first time instead of a
 * duplicate. The same key with another request is refused (422 {@code idempotency-key-reused}): answering it with the
 * earlier resource would tell the client that what it asked for now was done. The same key while its first request
 * is being processed is a 409 {@code idempotency-key-in-flight}, never a second run that the calendar or credit rules
 * would refuse for meeting its twin. As in every service: docs/CONTRACTS.md, "Retries". Keys are scoped per kind of
 * resource and parent.
 */
@ApplicationScoped
public class IdempotencyKeys {

    private final EntityManager em;

    public IdempotencyKeys(EntityManager em) {
        this.em = em;
    }

    /**
     * The resource created earlier with this key, if any.
     *
     * @param key         the Idempotency-Key header as sent, read here with {@link IdempotencyKey#read}; null for none
     * @param fingerprint the request's {@link IdempotencyKey#fingerprint}; a key stored before V11 has none and
     *                    replays whatever the request
     * @param resource    what the key creates ("lesson", "credit", "check"), to name it in the refusal
     * @throws ProblemException 422 {@code idempotency-key-reused} if the key was used for another request, 409
     *                          {@code idempotency-key-in-flight} if a request with it is being processed
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<Long> find(String scope, String key, String fingerprint, String resource) {
        // blank is none; a 400 for one over the column's 200, before anything is written
        key = IdempotencyKey.read(key);
        if (key == null) {
            return Optional.empty();
        }
        IdempotencyKey.refuseIfInFlight(em, scope, key);
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
            throw ProblemException.idempotencyKeyReused(IdempotencyKey.HEADER + " '" + key + "' was already used for another "
                    + "request, which created " + resource + " " + id + "; use a new key for a new request",
                    ProblemException.figures(resource + "Id", id));
        }
        return Optional.of(id);
    }

    /**
     * Records the key in the creating transaction. A concurrent request with the same key was refused by
     * {@link IdempotencyKey#refuseIfInFlight} already; the primary key backs that up with the same 409.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void remember(String scope, String key, String fingerprint, long resourceId) {
        key = IdempotencyKey.read(key); // the header as find read it
        if (key == null) {
            return;
        }
        int inserted = em.createNativeQuery("INSERT INTO idempotency_key (scope, idem_key, resource_id, request_hash) "
                        + "VALUES (?1, ?2, ?3, ?4) ON CONFLICT DO NOTHING")
                .setParameter(1, scope).setParameter(2, key).setParameter(3, resourceId).setParameter(4, fingerprint)
                .executeUpdate();
        if (inserted == 0) {
            throw ProblemException.idempotencyKeyInFlight(key);
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
}
