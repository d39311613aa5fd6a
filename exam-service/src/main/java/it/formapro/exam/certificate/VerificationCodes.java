package it.formapro.exam.certificate;

import java.security.SecureRandom;

/**
 * Verification codes: 16 base32 characters = 80 random bits from SecureRandom, so guessing a valid code among the
 * 2^80 possible ones is hopeless even without the rate limit. Base32 (RFC 4648 alphabet, no 0/1/8/9) avoids
 * characters a reader confuses when typing a code from paper.
 */
public final class VerificationCodes {

    static final String ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
    public static final int LENGTH = 16;
    private static final SecureRandom RANDOM = new SecureRandom();

    private VerificationCodes() {
    }

    public static String next() {
        byte[] bytes = new byte[LENGTH * 5 / 8];
        RANDOM.nextBytes(bytes);
        StringBuilder code = new StringBuilder(LENGTH);
        int buffer = 0;
        int bits = 0;
        for (byte b : bytes) {
            buffer = (buffer << 8) | (b & 0xff);
            bits += 8;
            while (bits >= 5) {
                code.append(ALPHABET.charAt((buffer >> (bits - 5)) & 31));
                bits -= 5;
            }
        }
        return code.toString();
    }

    /** A syntactically valid code: anything else is answered UNKNOWN without touching the database. */
    public static boolean wellFormed(String code) {
        if (code == null || code.length() != LENGTH) {
            return false;
        }
        return code.chars().allMatch(c -> ALPHABET.indexOf(c) >= 0);
    }

    /** "Mario", "De Rossi" -> "M. D."; what the anonymous verification may show of the holder. */
    public static String initials(String firstName, String lastName) {
        return initial(firstName) + " " + initial(lastName);
    }

    private static String initial(String name) {
        String trimmed = name == null ? "" : name.trim();
        return trimmed.isEmpty() ? "?" : Character.toUpperCase(trimmed.charAt(0)) + ".";
    }
}
