package it.formapro.e2e;

/**
 * Builds syntactically valid codici fiscali (DM 23/12/1976) for demo students: the 15-character body from the
 * usual rules, then the check character computed from the official odd/even tables.
 */
final class FiscalCodes {

    private static final String MONTHS = "ABCDEHLMPRST";
    private static final int[] ODD = {1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23};

    private FiscalCodes() {
    }

    static String of(String firstName, String lastName, java.time.LocalDate birthDate, boolean female, String placeCode) {
        String body = surname(lastName) + name(firstName)
                + String.format("%02d", birthDate.getYear() % 100)
                + MONTHS.charAt(birthDate.getMonthValue() - 1)
                + String.format("%02d", birthDate.getDayOfMonth() + (female ? 40 : 0))
                + placeCode;
        return body + checkCharacter(body);
    }

    static char checkCharacter(String body) {
        int sum = 0;
        for (int i = 0; i < body.length(); i++) {
            char c = body.charAt(i);
            int value = Character.isDigit(c) ? c - '0' : c - 'A';
            // positions are counted from 1: odd positions use the conversion table, even ones the plain value
            sum += (i % 2 == 0) ? ODD[value] : value;
        }
        return (char) ('A' + sum % 26);
    }

    private static String surname(String s) {
        return pad(consonants(s) + vowels(s));
    }

    private static String name(String s) {
        String c = consonants(s);
        return c.length() >= 4 ? "" + c.charAt(0) + c.charAt(2) + c.charAt(3) : pad(c + vowels(s));
    }

    private static String consonants(String s) {
        return s.toUpperCase().replaceAll("[^B-DF-HJ-NP-TV-Z]", "");
    }

    private static String vowels(String s) {
        return s.toUpperCase().replaceAll("[^AEIOU]", "");
    }

    private static String pad(String s) {
        return (s + "XXX").substring(0, 3);
    }
}
