package it.formapro.common.text;

import java.util.Locale;

/**
 * A free-text search as a SQL LIKE pattern: the text anywhere, in lower case (compare it with {@code lower(column)}),
 * and the LIKE wildcards it contains taken literally, so a search for "%" or "_" finds that character and not
 * everything. Escaped with backslash, PostgreSQL's default LIKE escape.
 */
public final class LikePattern {

    private LikePattern() {
    }

    /** "%" + the text in lower case with {@code \ % _} escaped + "%". */
    public static String containing(String text) {
        return "%" + text.toLowerCase(Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }
}
