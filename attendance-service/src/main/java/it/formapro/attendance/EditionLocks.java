package it.formapro.attendance;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

/**
 * Serialises the writes whose rule checks read a whole edition (caps on the calendar, credit caps), so that two
 * concurrent requests cannot both pass a cap that only one of them fits in. PostgreSQL transaction-level advisory
 * locks: released at commit or rollback.
 */
@ApplicationScoped
public class EditionLocks {

    public enum Scope { CALENDAR, CREDITS }

    private final EntityManager em;

    public EditionLocks(EntityManager em) {
        this.em = em;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void lock(Scope scope, long editionId) {
        em.createNativeQuery("SELECT 1 FROM (SELECT pg_advisory_xact_lock(?1, ?2)) AS locked")
                .setParameter(1, scope.ordinal() + 1)
                .setParameter(2, (int) editionId)
                .getSingleResult();
    }
}
