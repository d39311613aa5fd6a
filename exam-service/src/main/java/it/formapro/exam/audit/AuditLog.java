package it.formapro.exam.audit;

import io.quarkus.security.identity.SecurityIdentity;
import it.formapro.common.time.Timestamps;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/** Writes the audit trail in the transaction of the change it describes, so neither exists without the other. */
@ApplicationScoped
public class AuditLog {

    @Inject
    SecurityIdentity identity;

    @Transactional(Transactional.TxType.MANDATORY)
    public void record(String action, AuditEntity entity, long entityId, Long sessionId, String detail) {
        AuditEvent event = new AuditEvent();
        event.at = Timestamps.now();
        event.actor = actor();
        event.action = action;
        event.entityType = entity.name();
        event.entityId = entityId;
        event.sessionId = sessionId;
        event.detail = detail;
        event.persist();
    }

    public String actor() {
        return identity == null || identity.isAnonymous() ? "anonymous" : identity.getPrincipal().getName();
    }
}
