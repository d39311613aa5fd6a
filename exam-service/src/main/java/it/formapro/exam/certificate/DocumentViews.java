package it.formapro.exam.certificate;

import it.formapro.common.problem.ProblemException;
import it.formapro.exam.certificate.DocumentDtos.DocumentView;
import it.formapro.exam.certificate.DocumentDtos.Revocation;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;

/** An issued document as the API shows it to the board: its status today, its revocation, its frozen content. */
@ApplicationScoped
public class DocumentViews {

    @Inject
    DocumentContentJson contents;

    /** The day in Italy: the status turns REVOKED on the day the revocation takes effect. */
    @Inject
    Clock clock;

    /** The document, or 404. */
    public static IssuedDocument require(long id) {
        IssuedDocument doc = IssuedDocument.findById(id);
        if (doc == null) {
            throw ProblemException.notFound("Certificate", id);
        }
        return doc;
    }

    public DocumentView view(IssuedDocument d) {
        // the revocation is shown as soon as it is recorded; the status turns REVOKED on its date
        return new DocumentView(d.id, d.kind, d.number, d.verificationCode, d.revoked(LocalDate.now(clock)) ? DocumentDtos.REVOKED : DocumentDtos.VALID,
                d.sessionId, d.editionId, d.studentId, d.issuedAt, d.issuedBy, d.pdfSha256, "/certificates/" + d.id + "/pdf",
                d.revocationRecorded() ? new Revocation(d.revokedOn, d.revocationReason, d.revokedAt, d.revokedBy,
                        d.revocationAmendedAt, d.revocationAmendedBy, d.revocationAmendmentReason) : null,
                d.pseudonymisedAt, contents.read(d));
    }
}
