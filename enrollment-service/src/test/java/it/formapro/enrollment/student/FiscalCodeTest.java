package it.formapro.enrollment.student;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.time.LocalDate;
import java.util.Optional;
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

    /** The first 15 characters followed by their check character. */
    private static String withCheck(String first15) {
        return first15 + FiscalCode.checkCharacter(first15);
    }

    @Test
    void aBirthDateAgreesWhenDayMonthAndTheYearsLastTwoDigitsDo() {
        // RSSMRA 85 T 10: born on 10 December '85 (T = December)
        assertEquals(Optional.empty(), FiscalCode.birthDateProblem("RSSMRA85T10A562S", LocalDate.of(1985, 12, 10)));
        assertEquals(Optional.empty(), FiscalCode.birthDateProblem("rssmra 85t10 a562s", LocalDate.of(1985, 12, 10)), "normalized");
        // the century is not encoded: 1885 and 2085 agree as well
        assertEquals(Optional.empty(), FiscalCode.birthDateProblem("RSSMRA85T10A562S", LocalDate.of(1885, 12, 10)));
        assertEquals(Optional.empty(), FiscalCode.birthDateProblem("RSSMRA85T10A562S", LocalDate.of(2085, 12, 10)));
    }

    @Test
    void aBirthDateThatDisagreesSaysWhichPartWithoutEchoingTheCode() {
        String code = "RSSMRA85T10A562S";
        assertEquals("the birth date does not agree with the codice fiscale, which encodes another day (characters 10-11) "
                + "of birth (DM 23/12/1976)", FiscalCode.birthDateProblem(code, LocalDate.of(1985, 12, 11)).orElseThrow());
        assertEquals("the birth date does not agree with the codice fiscale, which encodes another month (character 9) "
                + "of birth (DM 23/12/1976)", FiscalCode.birthDateProblem(code, LocalDate.of(1985, 11, 10)).orElseThrow());
        assertEquals("the birth date does not agree with the codice fiscale, which encodes another year (characters 7-8) "
                + "of birth (DM 23/12/1976)", FiscalCode.birthDateProblem(code, LocalDate.of(1986, 12, 10)).orElseThrow());
        String all = FiscalCode.birthDateProblem(code, LocalDate.of(1990, 5, 1)).orElseThrow();
        assertEquals("the birth date does not agree with the codice fiscale, which encodes another day (characters 10-11), "
                + "month (character 9) and year (characters 7-8) of birth (DM 23/12/1976)", all);
        for (String secret : new String[] {code, "RSSMRA", "85T10", "1985", "12-10"}) {
            assertFalse(all.contains(secret), secret);
        }
    }

    @Test
    void aWomansDayCarriesFortyMore() {
        // BNCLRA 90 A 50: a woman born on 10 January '90
        String woman = withCheck("BNCLRA90A50F205");
        assertEquals(Optional.empty(), FiscalCode.birthDateProblem(woman, LocalDate.of(1990, 1, 10)));
        assertTrue(FiscalCode.birthDateProblem(woman, LocalDate.of(1990, 1, 20)).orElseThrow().contains("another day"));
        // day 71 = 31 for a woman
        assertEquals(Optional.empty(), FiscalCode.birthDateProblem(withCheck("BNCLRA90A71F205"), LocalDate.of(1990, 1, 31)));
    }

    @Test
    void omocodiaLettersAreReadAsTheirDigits() {
        // year 85 -> U R, day 10 -> M L (L M N P Q R S T U V stand for 0-9)
        String omocode = withCheck("RSSMRAURTMLA562");
        assertTrue(FiscalCode.isValid(omocode), omocode);
        assertEquals(Optional.empty(), FiscalCode.birthDateProblem(omocode, LocalDate.of(1985, 12, 10)));
        assertTrue(FiscalCode.birthDateProblem(omocode, LocalDate.of(1985, 12, 11)).isPresent());
        assertTrue(FiscalCode.birthDateProblem(omocode, LocalDate.of(1988, 12, 10)).orElseThrow().contains("another year"));
        // a woman's day 50 -> R L
        String woman = withCheck("BNCLRA90ARLF205");
        assertEquals(Optional.empty(), FiscalCode.birthDateProblem(woman, LocalDate.of(1990, 1, 10)));
        assertNotEquals(Optional.empty(), FiscalCode.birthDateProblem(woman, LocalDate.of(1990, 2, 10)));
    }

    @Test
    void nothingToCompareWithoutABirthDateOrWithAnInvalidCode() {
        assertEquals(Optional.empty(), FiscalCode.birthDateProblem("RSSMRA85T10A562S", null));
        // the format check reports an invalid code; no second, misleading message about the date
        assertEquals(Optional.empty(), FiscalCode.birthDateProblem("RSSMRA85T10A562T", LocalDate.of(2000, 1, 1)));
        assertEquals(Optional.empty(), FiscalCode.birthDateProblem(null, LocalDate.of(2000, 1, 1)));
    }
}
