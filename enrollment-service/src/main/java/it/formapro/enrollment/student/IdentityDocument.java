package it.formapro.enrollment.student;

import it.formapro.common.problem.Problem;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * A student's identity document as stored and compared: its type, the country that issued it (ISO 3166-1 alpha-2, upper
 * case) and its number (upper case, without blanks). Passports of different countries may carry the same number, so the
 * three together name one document, and one document is one person's, with or without a codice fiscale. {@code country}
 * is null only for a document recorded before the country was asked (V10): such a document stands for its type and
 * number with any country, as it did before. Plain Java.
 */
public record IdentityDocument(IdentifierType type, String country, String number) {

    /**
     * Kosovo's code: user-assigned in ISO 3166-1, but the one the EU, Italy's residence permits and Kosovo's own
     * identity documents use; Kosovo passports (MRZ code RKS) are valid travel documents in Italy, so a Kosovar
     * applicant without a codice fiscale must be recordable with the document they hold.
     */
    static final String KOSOVO = "XK";

    /** The officially assigned ISO 3166-1 alpha-2 codes the JDK knows (249 in Java 17), and Kosovo's. */
    private static final Set<String> COUNTRIES = countries();
    private static final Map<String, String> ALPHA2_BY_ALPHA3 = new HashMap<>();

    static {
        for (String code : Locale.getISOCountries()) {
            ALPHA2_BY_ALPHA3.put(new Locale("", code).getISO3Country(), code);
        }
        ALPHA2_BY_ALPHA3.put("RKS", KOSOVO);
    }

    private static Set<String> countries() {
        Set<String> codes = new java.util.HashSet<>(Set.of(Locale.getISOCountries()));
        codes.add(KOSOVO);
        return Set.copyOf(codes);
    }

    /** An identity document's number as compared and stored: upper case, without blanks ("ya 123 4" = "YA1234"). */
    public static String normalizeNumber(String value) {
        if (value == null) {
            return null;
        }
        String v = value.replaceAll("\\s+", "").toUpperCase(Locale.ROOT);
        return v.isEmpty() ? null : v;
    }

    /** A country code as stored: trimmed, upper case ("ma" = "MA"); null when blank. */
    public static String normalizeCountry(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        return value.trim().toUpperCase(Locale.ROOT);
    }

    /**
     * Why the (normalised) code is not an ISO 3166-1 alpha-2 country code, or empty when it is. An alpha-3 code (the
     * one printed in a passport's machine-readable zone) is answered with its alpha-2 code.
     */
    public static Optional<String> countryProblem(String code) {
        if (code == null || COUNTRIES.contains(code)) {
            return Optional.empty();
        }
        String alpha2 = ALPHA2_BY_ALPHA3.get(code);
        return Optional.of("is not an ISO 3166-1 alpha-2 country code (two letters, e.g. MA for Morocco, UA for Ukraine, "
                + "XK for Kosovo)"
                + (alpha2 == null ? "" : ": " + code + " is the alpha-3 code of " + alpha2 + ", send " + alpha2));
    }

    /**
     * What a student's input lacks to give a whole document, or empty. A number needs its type and its issuing
     * country; a country needs a number. On an update ({@code onFile} the document on file) an omitted country keeps
     * the one on file while type and number stay as they are: a client that does not send the country loses nothing,
     * and a document recorded before V10 may stay without one until the front desk adds it. A new or changed document
     * always names its country (README "Readings"). Field names are relative to the student's input.
     */
    public static Optional<Problem.Violation> incomplete(IdentifierType type, String country, String number,
                                                         IdentityDocument onFile) {
        String n = normalizeNumber(number);
        String c = normalizeCountry(country);
        if (n == null) {
            return c == null ? Optional.empty() : Optional.of(new Problem.Violation("otherIdCountry", "an issuing "
                    + "country without a document: give the document's type and number too (otherIdType, otherIdValue)"));
        }
        if (type == null) {
            return Optional.of(new Problem.Violation("otherIdType",
                    "the type of the identity document is required with its number"));
        }
        if (c == null && !(onFile != null && onFile.type() == type && n.equals(onFile.number()))) {
            return Optional.of(new Problem.Violation("otherIdCountry", "the country that issued the identity document is "
                    + "required with its number (ISO 3166-1 alpha-2, e.g. MA for a Moroccan passport): passports of "
                    + "different countries may carry the same number"));
        }
        return Optional.empty();
    }

    /** The document an input gives, complete as {@link #incomplete} checked it, or null for none. */
    public static IdentityDocument of(IdentifierType type, String country, String number, IdentityDocument onFile) {
        String n = normalizeNumber(number);
        if (n == null || type == null) {
            return null;
        }
        String c = normalizeCountry(country);
        return new IdentityDocument(type, c != null ? c : onFile == null ? null : onFile.country(), n);
    }

    /** Whether the two are one document: type and number, and the same country or one not recorded on either. */
    public boolean sameAs(IdentityDocument other) {
        return other != null && type == other.type && number.equals(other.number)
                && (country == null || other.country == null || country.equals(other.country));
    }

    /**
     * Of the records listed (those of the document's type and number, in the caller's order of preference), the one
     * holding this document ({@link #sameAs}): one with the same recorded country first, else one whose country (or
     * this document's) is not recorded.
     */
    public static <T> Optional<T> holder(IdentityDocument doc, List<T> records,
                                         Function<T, IdentityDocument> documentOf) {
        T unknownCountry = null;
        for (T r : records) {
            IdentityDocument held = documentOf.apply(r);
            if (doc.sameAs(held)) {
                if (doc.country != null && doc.country.equals(held.country)) {
                    return Optional.of(r);
                }
                unknownCountry = unknownCountry == null ? r : unknownCountry;
            }
        }
        return Optional.ofNullable(unknownCountry);
    }

    /** The document in words, without its number (a detail never echoes it). */
    public String describe() {
        return type + (country == null ? ", issuing country not recorded" : " issued by " + country)
                + ", the number compared without blanks, in upper case";
    }

    /**
     * Why a student may not hold {@code doc} when student {@code otherId} holds {@code held}, the same document
     * ({@link #sameAs}). One document is one person's: with no codice fiscale on either side, or one on one side only,
     * the two records are one person registered twice; two codici fiscali (they differ, else the codice fiscale
     * itself would be the conflict) are two people, so one record holds a document, or a codice fiscale, that is not
     * its person's. A document without a recorded country stands for every country: the detail says which record to
     * complete so that two people's documents can be told apart.
     */
    public static String conflict(IdentityDocument doc, boolean withFiscalCode, long otherId, IdentityDocument held,
                                  boolean otherWithFiscalCode) {
        String other = "Another student (id " + otherId + ")";
        if (held.country == null && doc.country != null) {
            return other + " holds a " + held.type + " with this number whose issuing country was not recorded (registered "
                    + "before it was asked), which stands for this document of every country: if it is the same person, "
                    + "read or update student " + otherId + " instead; if it is another person's, record its issuing country "
                    + "first (otherIdCountry, PUT /students/" + otherId + "), then save this one again";
        }
        if (doc.country == null) {
            return other + " holds a document (" + held.describe() + ") that this student's own, recorded without an "
                    + "issuing country, may be: give this student's issuing country (otherIdCountry) to tell them apart; if "
                    + "it is the same document, the same person is one student: keep student " + otherId + " and erase this record";
        }
        if (withFiscalCode && otherWithFiscalCode) {
            return other + ", with another codice fiscale, already holds this identity document (" + doc.describe() + "): "
                    + "two codici fiscali are two people and a document is one person's, so one of the two records holds "
                    + "a document (or a codice fiscale) that is not its person's; check the document and correct the "
                    + "record that is wrong (PUT /students/" + otherId + " if it is that one)";
        }
        return other + (otherWithFiscalCode ? " with a codice fiscale" : " without a codice fiscale")
                + " already has this identity document (" + doc.describe() + "): one person is one student, so the "
                + "same person is not registered twice; read or update student " + otherId + " instead"
                + (withFiscalCode ? " (add the codice fiscale to it)" : "");
    }
}
