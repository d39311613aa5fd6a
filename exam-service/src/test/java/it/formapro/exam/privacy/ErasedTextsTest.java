package it.formapro.exam.privacy;

import static it.formapro.exam.privacy.ErasedTexts.CLEARED;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class ErasedTextsTest {

    static final String NUMBER = "CQP-2027-000042";

    @Test
    void aRevocationKeepsItsDateAndLosesItsReason() {
        assertEquals(Optional.of(NUMBER + " revoked on 2027-07-30: " + CLEARED), ErasedTexts.auditDetail(
                "CERTIFICATE_REVOKED", NUMBER, NUMBER + " revoked on 2027-07-30: Logbook forged, said Mr Ferrante"));
        assertEquals(Optional.of(NUMBER + " revoked on 2027-07-30: " + CLEARED), ErasedTexts.auditDetail(
                "LEARNING_RECORD_REVOKED", NUMBER, NUMBER + " revoked on 2027-07-30: two\nlines: and a colon"));
    }

    @Test
    void anAmendmentKeepsBothDatesAndLosesItsThreeTexts() {
        String detail = NUMBER + " revocation amended: takes effect on 2027-07-20, reason 'Logbook forged (Ferrante)' "
                + "(was: takes effect on 2027-07-30, reason 'Logbook forged, said Mr Ferrante'); why: Ferrante's hearing";
        assertEquals(Optional.of(NUMBER + " revocation amended: takes effect on 2027-07-20, reason '" + CLEARED
                        + "' (was: takes effect on 2027-07-30, reason '" + CLEARED + "'); why: " + CLEARED),
                ErasedTexts.auditDetail("CERTIFICATE_REVOCATION_AMENDED", NUMBER, detail));
    }

    @Test
    void aReasonMimickingTheShapeLeavesNothingOfItself() {
        String detail = NUMBER + " revocation amended: takes effect on 2027-07-20, reason 'Rossi' (was: takes effect on "
                + "2027-01-01, reason 'Bianchi'); why: Verdi' (was: takes effect on 2027-07-30, reason 'Neri'); why: Gialli";
        String cleared = ErasedTexts.auditDetail("CERTIFICATE_REVOCATION_AMENDED", NUMBER, detail).orElseThrow();
        for (String name : new String[] {"Rossi", "Bianchi", "Verdi", "Neri", "Gialli"}) {
            assertFalse(cleared.contains(name), cleared);
        }
    }

    @Test
    void aDetailOfAnotherShapeIsClearedWholeButForTheNumber() {
        assertEquals(Optional.of(NUMBER + " revoked: " + CLEARED),
                ErasedTexts.auditDetail("CERTIFICATE_REVOKED", NUMBER, "revoked because of Mr Ferrante"));
        assertEquals(Optional.of(NUMBER + " revocation amended: " + CLEARED),
                ErasedTexts.auditDetail("CERTIFICATE_REVOCATION_AMENDED", NUMBER, NUMBER + " amended for Ferrante"));
    }

    @Test
    void theReasonForCorrectingAnAbsentIsCleared() {
        String prefix = "student 64: ABSENT (did not sit the exam) -> PASSED (UC1 passed, UC2 passed) (session CLOSED; "
                + "corrects an ABSENT recorded by mistake: ";
        assertEquals(Optional.of(prefix + CLEARED + ")"), ErasedTexts.auditDetail("OUTCOME_CHANGED", null,
                prefix + "late after a hospital visit (Ms Bellini: corrects an ABSENT recorded by mistake: x))"));
    }

    @Test
    void eventsWithoutFreeTextAndClearedOnesAreLeftAsTheyAre() {
        assertEquals(Optional.empty(), ErasedTexts.auditDetail("OUTCOME_CHANGED", null,
                "student 64: PASSED (UC1 passed, UC2 passed) -> FAILED (UC1 passed, UC2 failed) (session CLOSED; "
                        + "corrects revoked " + NUMBER + ")"));
        assertEquals(Optional.empty(), ErasedTexts.auditDetail("OUTCOME_RECORDED", null, "student 64: ABSENT (did not "
                + "sit the exam)"));
        assertEquals(Optional.empty(), ErasedTexts.auditDetail("CERTIFICATE_ISSUED", NUMBER, NUMBER + " to student 64"));
        for (String[] event : new String[][] {
                {"CERTIFICATE_REVOKED", NUMBER + " revoked on 2027-07-30: " + CLEARED},
                {"CERTIFICATE_REVOCATION_AMENDED", NUMBER + " revocation amended: takes effect on 2027-07-20, reason '"
                        + CLEARED + "' (was: takes effect on 2027-07-30, reason '" + CLEARED + "'); why: " + CLEARED},
                {"CERTIFICATE_REVOKED", NUMBER + " revoked: " + CLEARED},
                {"OUTCOME_CHANGED", "student 64: ABSENT (did not sit the exam) -> PASSED (UC1 passed, UC2 passed) "
                        + "(session CLOSED; corrects an ABSENT recorded by mistake: " + CLEARED + ")"}}) {
            assertEquals(Optional.empty(), ErasedTexts.auditDetail(event[0], NUMBER, event[1]), event[1]);
        }
    }

    @Test
    void aRevocationsTextsAreClearedAndAnAbsentAmendmentReasonStaysAbsent() {
        assertEquals(CLEARED, ErasedTexts.cleared("Logbook forged, said Mr Ferrante"));
        assertNull(ErasedTexts.cleared(null));
    }
}
