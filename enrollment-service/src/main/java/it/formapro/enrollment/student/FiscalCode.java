package it.formapro.enrollment.student;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The Italian codice fiscale of a natural person (DM 23/12/1976, DPR 605/1973): 16 characters, format
 * {@code LLLLLL NN L NN L NNN C}, the last one a check character computed from the first 15. The digits may be
 * replaced by the letters L M N P Q R S T U V (omocodia: the Agenzia delle Entrate substitutes digits when two
 * people would otherwise share a code), so those positions accept either. Characters 7-11 encode the birth day:
 * year modulo 100, a month letter, the day of the month (+40 for women).
 */
public final class FiscalCode {

    private static final String OMOCODIA = "LMNPQRSTUV";
    private static final String MONTHS = "ABCDEHLMPRST";
    /** Positions (0-based) that hold digits, or their omocodia letters. */
    private static final int[] DIGIT_POSITIONS = {6, 7, 9, 10, 12, 13, 14};
    /** Values of the characters in odd positions (1st, 3rd, ...), indexed by digit or letter. */
    private static final int[] ODD_VALUES = {1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16,
            10, 22, 25, 24, 23};

    private FiscalCode() {
    }

    /** Upper-cases and strips spaces, as people type them. */
    public static String normalize(String code) {
        return code == null ? null : code.replace(" ", "").toUpperCase(Locale.ROOT);
    }

    /** Why the (normalized) code is not valid, or empty when it is. Never echoes the code (it is personal data). */
    public static Optional<String> problem(String code) {
        if (code == null || code.length() != 16) {
            return Optional.of("a codice fiscale has 16 characters");
        }
        for (int i = 0; i < 16; i++) {
            char c = code.charAt(i);
            boolean digitPosition = isDigitPosition(i);
            boolean ok = digitPosition ? Character.isDigit(c) || OMOCODIA.indexOf(c) >= 0 : c >= 'A' && c <= 'Z';
            if (!ok) {
                return Optional.of("character " + (i + 1) + " must be " + (digitPosition ? "a digit (or an omocodia letter)" : "a letter"));
            }
        }
        if (MONTHS.indexOf(code.charAt(8)) < 0) {
            return Optional.of("character 9 must be a month letter (" + MONTHS + ")");
        }
        int day = encodedDay(code);
        if (!(day >= 1 && day <= 31) && !(day >= 41 && day <= 71)) {
            return Optional.of("characters 10-11 must be a day of birth (01-31, or 41-71 for women)");
        }
        if (checkCharacter(code.substring(0, 15)) != code.charAt(15)) {
            return Optional.of("the check character (carattere di controllo) does not match");
        }
        return Optional.empty();
    }

    public static boolean isValid(String code) {
        return problem(normalize(code)).isEmpty();
    }

    /**
     * Why a birth date disagrees with the birth day a valid code encodes, or empty when it agrees. The code
     * does not encode the century, so a date agrees when its day of month, month and year modulo 100 do. Names only
     * which parts differ: never the code nor the day it encodes (personal data).
     */
    public static Optional<String> birthDateProblem(String fiscalCode, LocalDate birthDate) {
        String code = normalize(fiscalCode);
        if (birthDate == null || problem(code).isPresent()) {
            return Optional.empty(); // nothing to compare: the format check speaks for an invalid code
        }
        int encodedDay = encodedDay(code);
        List<String> differ = new ArrayList<>();
        if ((encodedDay > 40 ? encodedDay - 40 : encodedDay) != birthDate.getDayOfMonth()) {
            differ.add("day (characters 10-11)");
        }
        if (MONTHS.indexOf(code.charAt(8)) + 1 != birthDate.getMonthValue()) {
            differ.add("month (character 9)");
        }
        if (Integer.parseInt(digits(code.substring(6, 8))) != birthDate.getYear() % 100) {
            differ.add("year (characters 7-8)");
        }
        if (differ.isEmpty()) {
            return Optional.empty();
        }
        String last = differ.remove(differ.size() - 1);
        return Optional.of("the birth date does not agree with the codice fiscale, which encodes another "
                + (differ.isEmpty() ? last : String.join(", ", differ) + " and " + last) + " of birth (DM 23/12/1976)");
    }

    /** Characters 10-11: the day of birth, plus 40 for women (omocodia letters read as digits). */
    private static int encodedDay(String code) {
        return Integer.parseInt(digits(code.substring(9, 11)));
    }

    /** The check character of the first 15 characters of a code. */
    public static char checkCharacter(String first15) {
        int sum = 0;
        for (int i = 0; i < 15; i++) {
            char c = first15.charAt(i);
            int index = Character.isDigit(c) ? c - '0' : c - 'A';
            // positions are counted from 1 in the specification: index 0 is "odd"
            sum += i % 2 == 0 ? ODD_VALUES[index] : index;
        }
        return (char) ('A' + sum % 26);
    }

    private static boolean isDigitPosition(int i) {
        for (int p : DIGIT_POSITIONS) {
            if (p == i) {
                return true;
            }
        }
        return false;
    }

    private static String digits(String s) {
        StringBuilder b = new StringBuilder();
        for (char c : s.toCharArray()) {
            b.append(Character.isDigit(c) ? c : (char) ('0' + OMOCODIA.indexOf(c)));
        }
        return b.toString();
    }
}
