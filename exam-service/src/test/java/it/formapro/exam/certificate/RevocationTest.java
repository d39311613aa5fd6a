package it.formapro.exam.certificate;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.formapro.common.problem.ProblemException;
import it.formapro.exam.certificate.DocumentDtos.VerificationView;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * When a revocation takes effect, what the verification answers meanwhile, the dates it may take effect on and when it
 * may be recorded or amended: no HTTP, no database.
 */
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
        VerificationView view = DocumentVerification.verification(certificate(TODAY.plusDays(10)), TODAY);
        assertEquals("VALID", view.status());
        assertNull(view.revokedOn());
        assertEquals(TODAY.plusDays(10), view.revocationTakesEffectOn());
    }

    @Test
    void fromItsDateTheVerificationIsRevoked() {
        VerificationView onTheDay = DocumentVerification.verification(certificate(TODAY), TODAY);
        assertEquals("REVOKED", onTheDay.status());
        assertEquals(TODAY, onTheDay.revokedOn());
        assertNull(onTheDay.revocationTakesEffectOn());

        VerificationView valid = DocumentVerification.verification(certificate(null), TODAY);
        assertEquals("VALID", valid.status());
        assertNull(valid.revokedOn());
        assertNull(valid.revocationTakesEffectOn());
    }

    @Test
    void aRevocationTakesEffectBetweenTheIssueAndAYearAfterTheDayItIsRecorded() {
        LocalDate issued = LocalDate.of(2027, 7, 12);
        assertEquals(LocalDate.of(2028, 9, 1), Revocations.latestEffect(TODAY));
        assertDoesNotThrow(() -> Revocations.checkEffectiveDate(issued, issued, TODAY));
        assertDoesNotThrow(() -> Revocations.checkEffectiveDate(TODAY, issued, TODAY));
        assertDoesNotThrow(() -> Revocations.checkEffectiveDate(LocalDate.of(2028, 9, 1), issued, TODAY));

        ProblemException before = assertThrows(ProblemException.class,
                () -> Revocations.checkEffectiveDate(issued.minusDays(1), issued, TODAY));
        assertEquals(422, before.status());
        assertEquals("revocation-before-issue", before.slug());

        ProblemException typo = assertThrows(ProblemException.class,
                () -> Revocations.checkEffectiveDate(LocalDate.of(2207, 9, 1), issued, TODAY));
        assertEquals(422, typo.status());
        assertEquals("revocation-too-far-ahead", typo.slug());
        assertEquals(Map.of("revokedOn", LocalDate.of(2207, 9, 1), "latest", LocalDate.of(2028, 9, 1), "today", TODAY),
                typo.figures());
        assertEquals("revokedOn", typo.violations().get(0).field());
        assertThrows(ProblemException.class, () -> Revocations.checkEffectiveDate(LocalDate.of(2028, 9, 2), issued, TODAY));
    }

    @Test
    void aRevocationIsRecordedOnceAndAmendedOnlyWhilePending() {
        assertDoesNotThrow(() -> Revocations.refuseIfRecorded(certificate(null), TODAY));
        ProblemException pending = assertThrows(ProblemException.class,
                () -> Revocations.refuseIfRecorded(certificate(TODAY.plusDays(3)), TODAY));
        assertEquals(409, pending.status());
        assertEquals("already-revoked", pending.slug());
        assertTrue(pending.getMessage().contains("until then its date or reason can be corrected with PUT"),
                pending.getMessage());
        ProblemException inEffect = assertThrows(ProblemException.class,
                () -> Revocations.refuseIfRecorded(certificate(TODAY), TODAY));
        assertEquals("already-revoked", inEffect.slug());
        assertFalse(inEffect.getMessage().contains("PUT"), inEffect.getMessage());

        assertDoesNotThrow(() -> Revocations.checkAmendable(certificate(TODAY.plusDays(1)), TODAY));
        assertEquals("not-revoked", assertThrows(ProblemException.class,
                () -> Revocations.checkAmendable(certificate(null), TODAY)).slug());
        ProblemException finalOnItsDay = assertThrows(ProblemException.class,
                () -> Revocations.checkAmendable(certificate(TODAY), TODAY));
        assertEquals(409, finalOnItsDay.status());
        assertEquals("revocation-in-effect", finalOnItsDay.slug());
        assertEquals("revocation-in-effect", assertThrows(ProblemException.class,
                () -> Revocations.checkAmendable(certificate(TODAY.minusDays(30)), TODAY)).slug());
    }
}
