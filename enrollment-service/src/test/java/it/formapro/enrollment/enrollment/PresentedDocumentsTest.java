package it.formapro.enrollment.enrollment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.formapro.common.problem.ProblemException;
import it.formapro.enrollment.catalog.EditionRules;
import it.formapro.enrollment.eligibility.ApplicantFacts;
import it.formapro.enrollment.eligibility.CefrLevel;
import it.formapro.enrollment.eligibility.Citizenship;
import it.formapro.enrollment.eligibility.EducationKind;
import it.formapro.enrollment.eligibility.EligibilityEngine;
import it.formapro.enrollment.eligibility.Evidence;
import it.formapro.enrollment.eligibility.Evidence.EducationTitle;
import it.formapro.enrollment.eligibility.Evidence.LanguageCertificate;
import it.formapro.enrollment.eligibility.Evidence.ResidencePermit;
import it.formapro.enrollment.eligibility.TitleOrigin;
import it.formapro.enrollment.support.SeedStandards;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The decisions on documents a portal presented, and what accepting them would meet: plain Java. */
class PresentedDocumentsTest {

    static final LocalDate START = LocalDate.of(2031, 1, 13);
    static final LocalDate END = LocalDate.of(2031, 6, 30);
    static final EditionRules S000 = SeedStandards.edition(1, "000", START, END, 250, 20, "OPEN");
    static final OffsetDateTime AT = OffsetDateTime.of(2030, 12, 1, 10, 0, 0, 0, ZoneOffset.UTC);
    static final LanguageCertificate B1 = new LanguageCertificate(CefrLevel.B1, "CILS", START.minusMonths(3));
    static final EducationTitle FOREIGN_DIPLOMA = new EducationTitle(EducationKind.UPPER_SECONDARY, 4, TitleOrigin.ABROAD, true, null);

    static Evidence certificateOnly() {
        return new Evidence(null, B1, null, null, null, null, null);
    }

    static PresentedDocuments presented(Evidence evidence) {
        PresentedDocuments p = PresentedDocuments.of(new ApplicantFacts(LocalDate.of(1990, 1, 1), Citizenship.NON_EU, evidence), AT);
        p.enrollmentId = 7L;
        return p;
    }

    @Test
    void documentsArePendingUntilDecidedAndNothingPresentedIsNothingToDecide() {
        assertEquals(PresentedDocuments.Status.PENDING, presented(certificateOnly()).status);
        assertEquals(List.of("italianCertificate"), presented(certificateOnly()).kinds());
        PresentedDocuments none = presented(null);
        assertNull(none.status);
        assertEquals(List.of(), none.kinds());
        assertThrows(IllegalStateException.class, () -> none.accept("fd", AT));
    }

    @Test
    void anAcceptanceIsIdempotentAndFinal() {
        PresentedDocuments p = presented(certificateOnly());
        assertTrue(p.accept("frontdesk-anna", AT));
        assertFalse(p.accept("frontdesk-marco", AT.plusDays(1)), "accepted once: nothing to record again");
        assertEquals("frontdesk-anna", p.decidedBy);
        assertEquals(AT, p.decidedAt);
        ProblemException refused = assertThrows(ProblemException.class, () -> p.reject("frontdesk-marco", AT, "late"));
        assertEquals(409, refused.status());
        assertEquals("presented-documents-decided", refused.slug());
        assertEquals(PresentedDocuments.Status.ACCEPTED, p.status);
        assertNull(p.rejectionReason);
    }

    @Test
    void aRejectionKeepsItsFirstReasonAndTheRejectedDocumentsNoLongerCount() {
        PresentedDocuments p = presented(certificateOnly());
        assertEquals(certificateOnly(), p.sentFacts().evidence());
        assertTrue(p.reject("frontdesk-anna", AT, "not genuine"));
        assertFalse(p.reject("frontdesk-anna", AT, "another reason"));
        assertEquals("not genuine", p.rejectionReason);
        assertEquals(Evidence.none(), p.sentFacts().evidence());
        assertEquals(LocalDate.of(1990, 1, 1), p.sentFacts().birthDate());
        assertThrows(ProblemException.class, () -> p.accept("frontdesk-anna", AT));
    }

    @Test
    void theHeldDocumentsWouldMeetOnlyTheRulesTheyMakePass() {
        EligibilityEngine engine = new EligibilityEngine();
        LocalDate today = START.minusMonths(1);
        // on file: a foreign diploma, no certificate, a permit ending before the course does
        Evidence onFile = new Evidence(FOREIGN_DIPLOMA, null, null, new ResidencePermit(END.minusDays(1)), null, null, null);
        ApplicantFacts file = new ApplicantFacts(LocalDate.of(1990, 1, 1), Citizenship.NON_EU, onFile);
        var report = engine.evaluateDocumentedBy(file, S000, START, today);
        // the certificate meets the language rule; the permit rule stays failed
        var withCertificate = engine.evaluateDocumentedBy(new ApplicantFacts(file.birthDate(), file.citizenship(),
                onFile.updatedWith(certificateOnly())), S000, START, today);
        assertEquals(List.of(EligibilityEngine.ITALIAN_LANGUAGE), PresentedDocuments.wouldMeet(report, withCertificate));
        // a certificate below the level meets nothing
        Evidence a2 = new Evidence(null, new LanguageCertificate(CefrLevel.A2, "CILS", START.minusMonths(3)), null, null, null, null, null);
        var withA2 = engine.evaluateDocumentedBy(new ApplicantFacts(file.birthDate(), file.citizenship(), onFile.updatedWith(a2)),
                S000, START, today);
        assertEquals(List.of(), PresentedDocuments.wouldMeet(report, withA2));
    }

    @Test
    void aPresentedDocumentOlderThanTheOneOnFileIsNamedAndUndatedOnesAreNot() {
        LocalDate permitOnFile = END.plusYears(1);
        Evidence onFile = new Evidence(FOREIGN_DIPLOMA, B1, null, new ResidencePermit(permitOnFile), null, true, null);
        Evidence presented = new Evidence(FOREIGN_DIPLOMA, new LanguageCertificate(CefrLevel.B2, "CILS", START.minusMonths(2)),
                null, new ResidencePermit(END), null, false, null);
        // the permit on file expires later; the certificate presented is the more recent; titles and rightDuty undated
        assertEquals(List.of(new PresentedDocuments.NewerOnFile("residencePermit", permitOnFile, END)),
                PresentedDocuments.newerOnFile(onFile, presented));
        assertEquals(List.of(), PresentedDocuments.newerOnFile(Evidence.none(), presented));
        assertEquals(List.of("educationTitle", "italianCertificate", "residencePermit", "rightDutyFulfilled"),
                PresentedDocuments.replacing(onFile, presented));
        assertEquals(List.of(), PresentedDocuments.replacing(Evidence.none(), presented));
    }

    @Test
    void rejectedDocumentsAreNotKept() {
        PresentedDocuments held = PresentedDocuments.of(new ApplicantFacts(LocalDate.of(1990, 1, 1), Citizenship.NON_EU,
                certificateOnly()), AT);
        assertTrue(held.reject("frontdesk-user", AT, "not genuine"));
        assertEquals(List.of(), held.kinds());
        assertEquals(Evidence.none(), held.evidence);
        assertFalse(held.reject("frontdesk-user", AT, "again"));
        assertEquals("not genuine", held.rejectionReason);
    }
}
