package it.formapro.exam.certificate;

import it.formapro.common.digest.Sha256;
import it.formapro.common.problem.ProblemException;
import it.formapro.exam.certificate.DocumentDtos.VerificationView;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;

/**
 * The public verification of a document, by its code or by the PDF in hand: VALID or REVOKED, and nothing personal
 * but the holder's initials. Rate-limited in front by {@link VerificationCeiling}.
 */
@ApplicationScoped
public class DocumentVerification {

    /** The day in Italy: a document is REVOKED from the day its revocation takes effect. */
    @Inject
    Clock clock;

    public VerificationView verify(String code) {
        String normalised = code == null ? "" : code.trim().toUpperCase(java.util.Locale.ROOT);
        IssuedDocument doc = VerificationCodes.wellFormed(normalised)
                ? IssuedDocument.find("verificationCode", normalised).firstResult() : null;
        if (doc == null) {
            throw unknown();
        }
        return verification(doc);
    }

    public VerificationView verifyPdf(byte[] pdf) {
        IssuedDocument doc = IssuedDocument.find("pdfSha256", Sha256.hex(pdf)).firstResult();
        if (doc == null) {
            throw new ProblemException(404, "unknown-certificate", "Unknown certificate",
                    "This PDF is not a document issued by this service (its SHA-256 matches none): it may have been "
                            + "altered", null, null);
        }
        return verification(doc);
    }

    static ProblemException unknown() {
        return new ProblemException(404, "unknown-certificate", "Unknown certificate",
                "No certificate has this verification code: check the 16 characters printed under the QR code",
                null, null);
    }

    private VerificationView verification(IssuedDocument doc) {
        return verification(doc, LocalDate.now(clock));
    }

    /**
     * REVOKED only from the date the revocation takes effect (Europe/Rome); before it the document is VALID and the
     * answer says when it stops being so, so whoever relies on it knows.
     */
    static VerificationView verification(IssuedDocument doc, LocalDate today) {
        boolean revoked = doc.revoked(today);
        return new VerificationView(revoked ? DocumentDtos.REVOKED : DocumentDtos.VALID, doc.kind, doc.number, doc.qualificationTitle,
                doc.eqfLevel, doc.issuedOn, doc.holderInitials, doc.pseudonymised(), doc.pdfSha256,
                revoked ? doc.revokedOn : null, doc.revocationPending(today) ? doc.revokedOn : null);
    }
}
