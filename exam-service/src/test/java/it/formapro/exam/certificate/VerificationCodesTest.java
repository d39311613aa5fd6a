package it.formapro.exam.certificate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class VerificationCodesTest {

    @Test
    void codesAre16Base32CharactersAndDoNotRepeat() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 20_000; i++) {
            String code = VerificationCodes.next();
            assertEquals(16, code.length());
            assertTrue(VerificationCodes.wellFormed(code), code);
            assertTrue(seen.add(code), "duplicate " + code);
        }
        // 16 characters x 5 bits = 80 bits of entropy
        assertEquals(80, VerificationCodes.LENGTH * 5);
    }

    @Test
    void malformedCodesAreRecognisedWithoutADatabase() {
        assertFalse(VerificationCodes.wellFormed("ABC"));
        assertFalse(VerificationCodes.wellFormed("ABCDEFGHIJKLMNO1"));
        assertFalse(VerificationCodes.wellFormed(null));
    }

    @Test
    void initialsOnly() {
        assertEquals("M. R.", VerificationCodes.initials("Mario", "Rossi"));
        assertEquals("A. D.", VerificationCodes.initials(" anna ", "de Luca"));
    }

    @Test
    void numbersAreZeroPaddedPerKindAndYear() {
        assertEquals("CQP-2026-000001", DocumentNumbers.format(IssuedDocument.Kind.CERTIFICATE, 2026, 1));
        assertEquals("DFA-2027-000123", DocumentNumbers.format(IssuedDocument.Kind.LEARNING_RECORD, 2027, 123));
    }
}
