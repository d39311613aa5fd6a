package it.formapro.enrollment.student;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class FiscalCodeTest {

    @Test
    void acceptsAWellKnownValidCode() {
        assertTrue(FiscalCode.isValid("RSSMRA85T10A562S"));
        assertTrue(FiscalCode.isValid("rssmra85t10a562s"), "lower case is normalized");
        assertTrue(FiscalCode.isValid("RSSMRA 85T10 A562S"), "spaces are stripped");
    }

    @Test
    void computesTheCheckCharacter() {
        assertEquals('S', FiscalCode.checkCharacter("RSSMRA85T10A562"));
    }

    @Test
    void refusesAWrongCheckCharacter() {
        assertFalse(FiscalCode.isValid("RSSMRA85T10A562T"));
        assertEquals("the check character (carattere di controllo) does not match",
                FiscalCode.problem("RSSMRA85T10A562T").orElseThrow());
    }

    @Test
    void refusesABadFormat() {
        assertFalse(FiscalCode.isValid("RSSMRA85T10A562"));
        assertFalse(FiscalCode.isValid("RSSMRA8XT10A562S"));
        assertFalse(FiscalCode.isValid("RSSMRA85Z10A562S"), "Z is no month letter");
        assertFalse(FiscalCode.isValid("RSSMRA85T35A562S"), "day 35 does not exist");
        assertFalse(FiscalCode.isValid(null));
    }

    @Test
    void acceptsOmocodiaLettersWithTheirCheckCharacter() {
        // last digit 2 -> N (omocodia), check recomputed
        String base = "RSSMRA85T10A56N";
        String omocode = base + FiscalCode.checkCharacter(base);
        assertTrue(FiscalCode.isValid(omocode), omocode);
        assertFalse(FiscalCode.isValid(base + "S"));
        // a woman born on the 10th: day + 40
        String woman = "BNCLRA90A50F205";
        assertTrue(FiscalCode.isValid(woman + FiscalCode.checkCharacter(woman)));
    }
}
