package it.formapro.exam.certificate;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

/**
 * Allocates "CQP-2026-000001": sequential per kind and year, without gaps or duplicates. The counter row is locked
 * (SELECT ... FOR UPDATE) in the issuing transaction, so a concurrent issuer waits, and a rolled-back issue gives its
 * number back.
 */
@ApplicationScoped
public class DocumentNumbers {

    @Inject
    EntityManager em;

    @Transactional(Transactional.TxType.MANDATORY)
    public String next(IssuedDocument.Kind kind, int year) {
        em.createNativeQuery("INSERT INTO document_sequence (kind, year, last_value) VALUES (?1, ?2, 0) "
                        + "ON CONFLICT (kind, year) DO NOTHING")
                .setParameter(1, kind.name()).setParameter(2, year).executeUpdate();
        Number last = (Number) em.createNativeQuery("SELECT last_value FROM document_sequence "
                        + "WHERE kind = ?1 AND year = ?2 FOR UPDATE")
                .setParameter(1, kind.name()).setParameter(2, year).getSingleResult();
        long value = last.longValue() + 1;
        em.createNativeQuery("UPDATE document_sequence SET last_value = ?3 WHERE kind = ?1 AND year = ?2")
                .setParameter(1, kind.name()).setParameter(2, year).setParameter(3, value).executeUpdate();
        return format(kind, year, value);
    }

    static String format(IssuedDocument.Kind kind, int year, long value) {
        return String.format("%s-%d-%06d", kind.prefix, year, value);
    }
}
