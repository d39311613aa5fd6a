package it.formapro.exam.certificate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.formapro.exam.certificate.DocumentDtos.VerificationView;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** When a revocation takes effect, and what the verification answers meanwhile: no HTTP, no database. */
class RevocationTest {

    static final LocalDate TODAY = LocalDate.of(2027, 9, 1);

    static IssuedDocument certificate(LocalDate revokedOn) {
        IssuedDocument doc = new IssuedDocument();
        doc.kind = IssuedDocument.Kind.CERTIFICATE;
        doc.number = "CQP-2027-000001";
        doc.qualificationTitle = "Addetto al servizio clienti";
        doc.eqfLevel = 3;
        doc.issuedOn = LocalDate.of(2027, 7, 12);
        doc.holderInitials = "M. R.";
        doc.pdfSha256 = "0".repeat(64);
        doc.revokedOn = revokedOn;
        doc.revocationReason = revokedOn == null ? null : "Attendance register found falsified";
        return doc;
    }

    @Test
    void aRevocationTakesEffectOnItsDateNotBefore() {
        IssuedDocument doc = certificate(TODAY.plusDays(1));
        assertTrue(doc.revocationRecorded());
        assertFalse(doc.revoked(TODAY));
        assertTrue(doc.revocationPending(TODAY));
        assertTrue(doc.revoked(TODAY.plusDays(1)), "in effect on its date");
        assertFalse(doc.revocationPending(TODAY.plusDays(1)));
        assertTrue(doc.revoked(TODAY.plusDays(30)));

        IssuedDocument notRevoked = certificate(null);
        assertFalse(notRevoked.revocationRecorded());
        assertFalse(notRevoked.revoked(TODAY));
        assertFalse(notRevoked.revocationPending(TODAY));
    }

    @Test
    void beforeItsDateTheVerificationIsValidAndAnnouncesTheRevocation() {
        VerificationView view = DocumentService.verification(certificate(TODAY.plusDays(10)), TODAY);
        assertEquals("VALID", view.status());
        assertNull(view.revokedOn());
        assertEquals(TODAY.plusDays(10), view.revocationTakesEffectOn());
    }

    @Test
    void fromItsDateTheVerificationIsRevoked() {
        VerificationView onTheDay = DocumentService.verification(certificate(TODAY), TODAY);
        assertEquals("REVOKED", onTheDay.status());
        assertEquals(TODAY, onTheDay.revokedOn());
        assertNull(onTheDay.revocationTakesEffectOn());

        VerificationView valid = DocumentService.verification(certificate(null), TODAY);
        assertEquals("VALID", valid.status());
        assertNull(valid.revokedOn());
        assertNull(valid.revocationTakesEffectOn());
    }
}
