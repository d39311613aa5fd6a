package it.formapro.exam.certificate;

import it.formapro.common.problem.ProblemException;
import it.formapro.common.time.Timestamps;
import it.formapro.exam.audit.AuditEntity;
import it.formapro.exam.audit.AuditLog;
import it.formapro.exam.certificate.DocumentDtos.RevocationAmendment;
import it.formapro.exam.certificate.DocumentDtos.RevocationRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;

/** Records a document's revocation, and amends it while it has not taken effect ({@link Revocations}: the rules). */
@ApplicationScoped
public class DocumentRevocations {

    @Inject
    AuditLog audit;

    /** The day in Italy: the day a revocation takes effect. */
    @Inject
    Clock clock;

    /**
     * Records the revocation, the document's row locked: of two requests at once the second finds the first's
     * revocation and is refused (409), instead of overwriting its reason and author or, with another date, failing in
     * the database's guard.
     */
    @Transactional
    public IssuedDocument revoke(long documentId, RevocationRequest request) {
        IssuedDocument doc = lock(documentId);
        LocalDate today = LocalDate.now(clock);
        Revocations.refuseIfRecorded(doc, today);
        LocalDate on = request.revokedOn() == null ? today : request.revokedOn();
        Revocations.checkEffectiveDate(on, doc.issuedOn, today);
        doc.revokedOn = on;
        doc.revocationReason = request.reason().trim();
        doc.revokedAt = Timestamps.now();
        doc.revokedBy = audit.actor();
        audit.record(doc.kind + "_REVOKED", AuditEntity.DOCUMENT, doc.id, doc.sessionId, doc.number + " revoked on " + on
                + ": " + doc.revocationReason);
        return doc;
    }

    /**
     * Corrects the date or reason of a revocation that has not taken effect yet (409 once it has: final), with why;
     * the row stays the revocation recorded (who and when), the amendment is on it (the last one) and in the audit
     * trail (each one, with the values it replaced). Sending the revocation as it stands changes nothing (a retry).
     */
    @Transactional
    public IssuedDocument amend(long documentId, RevocationAmendment request) {
        IssuedDocument doc = lock(documentId);
        LocalDate today = LocalDate.now(clock);
        Revocations.checkAmendable(doc, today);
        String reason = request.reason().trim();
        if (request.revokedOn().equals(doc.revokedOn) && reason.equals(doc.revocationReason)) {
            return doc;
        }
        Revocations.checkEffectiveDate(request.revokedOn(), doc.issuedOn, today);
        String before = "takes effect on " + doc.revokedOn + ", reason '" + doc.revocationReason + "'";
        doc.revokedOn = request.revokedOn();
        doc.revocationReason = reason;
        doc.revocationAmendedAt = Timestamps.now();
        doc.revocationAmendedBy = audit.actor();
        doc.revocationAmendmentReason = request.amendmentReason().trim();
        audit.record(doc.kind + "_REVOCATION_AMENDED", AuditEntity.DOCUMENT, doc.id, doc.sessionId, doc.number
                + " revocation amended: takes effect on " + doc.revokedOn + ", reason '" + reason + "' (was: " + before
                + "); why: " + doc.revocationAmendmentReason);
        return doc;
    }

    private static IssuedDocument lock(long id) {
        IssuedDocument doc = IssuedDocument.lock(id);
        if (doc == null) {
            throw ProblemException.notFound("Certificate", id);
        }
        return doc;
    }
}
