package it.formapro.exam.audit;

import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Parameters;
import it.formapro.common.security.Caller;
import it.formapro.common.time.Timestamps;
import it.formapro.common.web.PageOf;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes the audit trail in the transaction of the change it describes, so neither exists without the other; and reads
 * it a page at a time.
 */
@ApplicationScoped
public class AuditLog {

    @Inject
    Caller caller;

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
        return caller.name();
    }

    /** One page of the events, oldest first, of one entity type, entity and/or session; null for any. */
    public PageOf<AuditEvent> page(AuditEntity entityType, Long entityId, Long sessionId, int page, int size) {
        List<String> where = new ArrayList<>();
        Parameters params = new Parameters();
        if (entityType != null) {
            where.add("entityType = :type");
            params.and("type", entityType.name());
        }
        if (entityId != null) {
            where.add("entityId = :id");
            params.and("id", entityId);
        }
        if (sessionId != null) {
            where.add("sessionId = :session");
            params.and("session", sessionId);
        }
        String filter = where.isEmpty() ? "1 = 1" : String.join(" and ", where);
        long total = AuditEvent.count(filter, params);
        List<AuditEvent> events = AuditEvent.<AuditEvent>find(filter + " order by id", params)
                .page(Page.of(page, size)).list();
        return new PageOf<>(events, total);
    }
}
