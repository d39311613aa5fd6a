package it.formapro.common.web;

import java.util.Locale;

/**
 * The {@code Prefer} request header of RFC 7240, as far as the services honour it: {@code return=minimal} asks a
 * write to answer {@code 204 No Content} instead of echoing the resource (RFC 7240 section 4.2), for bulk clients that
 * do not read the echo. Preferences are comma-separated, may carry parameters after {@code ;} and are optional: an
 * unknown or malformed one is ignored, never an error (section 2).
 */
public final class Prefer {

    /** The header to send back once the preference has been honoured (RFC 7240 section 3). */
    public static final String APPLIED = "Preference-Applied";
    public static final String RETURN_MINIMAL = "return=minimal";

    private Prefer() {
    }

    /** True if the header value (null when absent) asks for {@code return=minimal}. */
    public static boolean returnMinimal(String header) {
        if (header == null) {
            return false;
        }
        for (String preference : header.split(",")) {
            String token = preference.split(";", 2)[0].replace(" ", "").replace("\t", "").toLowerCase(Locale.ROOT);
            if (token.equals(RETURN_MINIMAL) || token.equals("return=\"minimal\"")) {
                return true;
            }
        }
        return false;
    }
}
