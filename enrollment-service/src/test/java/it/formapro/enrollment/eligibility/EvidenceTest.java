package it.formapro.enrollment.eligibility;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class EvidenceTest {

    static final Evidence ON_FILE = new Evidence(
            new Evidence.EducationTitle(EducationKind.UPPER_SECONDARY, 4, TitleOrigin.ABROAD, true, null),
            new Evidence.LanguageCertificate(CefrLevel.B1, "CILS", LocalDate.of(2024, 5, 2)), null,
            new Evidence.ResidencePermit(LocalDate.of(2027, 1, 31)), null, null, null);

    @Test
    void presentedDocumentsReplaceThoseOfTheSameKindAndTheOthersStay() {
        Evidence sent = new Evidence(null, null, new Evidence.EntryTest(CefrLevel.B2, LocalDate.of(2026, 11, 2)),
                new Evidence.ResidencePermit(LocalDate.of(2029, 1, 31)), null, true, null);
        Evidence merged = ON_FILE.updatedWith(sent);
        assertEquals(ON_FILE.educationTitle(), merged.educationTitle());
        assertEquals(ON_FILE.italianCertificate(), merged.italianCertificate());
        assertEquals(sent.italianEntryTest(), merged.italianEntryTest());
        assertEquals(LocalDate.of(2029, 1, 31), merged.residencePermit().expiresOn());
        assertEquals(Boolean.TRUE, merged.rightDutyFulfilled());
        assertEquals(List.of("italianEntryTest", "residencePermit", "rightDutyFulfilled"), sent.presented());
    }

    @Test
    void nothingPresentedChangesNothing() {
        assertSame(ON_FILE, ON_FILE.updatedWith(null));
        assertEquals(ON_FILE, ON_FILE.updatedWith(Evidence.none()));
        assertEquals(List.of(), Evidence.none().presented());
    }
}
