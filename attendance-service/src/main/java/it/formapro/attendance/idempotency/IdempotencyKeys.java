package it.formapro.attendance.idempotency;

import it.formapro.common.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;

/**
 * Optional {@code Idempotency-Key} of the creating POSTs: the first request creates the resource and stores the
 * key with its id; a retry with the same key (e.g. after a network timeout) gets the resource created the first
 * time instead of a duplicate. Keys are scoped per kind of resource and parent.
 */
@ApplicationScoped
public class IdempotencyKeys {

    public static final String HEADER = "Idempotency-Key";

    private final EntityManager em;

    public IdempotencyKeys(EntityManager em) {
        this.em = em;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<Long> find(String scope, String key) {
        if (key == null || key.isBlank()) {
            return Optional.empty();
        }
        check(key);
        @SuppressWarnings("unchecked")
        List<Number> ids = em.createNativeQuery("SELECT resource_id FROM idempotency_key WHERE scope = ?1 AND idem_key = ?2")
                .setParameter(1, scope).setParameter(2, key).getResultList();
        return ids.stream().findFirst().map(Number::longValue);
    }

    /** Records the key in the creating transaction; a concurrent request with the same key loses with a 409. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void remember(String scope, String key, long resourceId) {
        if (key == null || key.isBlank()) {
            return;
        }
        int inserted = em.createNativeQuery(
                        "INSERT INTO idempotency_key (scope, idem_key, resource_id) VALUES (?1, ?2, ?3) ON CONFLICT DO NOTHING")
                .setParameter(1, scope).setParameter(2, key).setParameter(3, resourceId).executeUpdate();
        if (inserted == 0) {
            throw ProblemException.conflict("idempotency-key-in-use",
                    "Another request with Idempotency-Key '" + key + "' is being processed; retry it");
        }
    }

    private static void check(String key) {
        if (key.length() > 200) {
            throw ProblemException.badRequest("Idempotency-Key: at most 200 characters");
        }
    }
}
