package it.formapro.common.text;

/**
 * An optional free text as the services store it: absent when the caller sent nothing but blanks, otherwise without
 * the blanks around it. One rule for every such field, so "  " never lands in a column where null means "not given".
 */
public final class OptionalText {

    private OptionalText() {
    }

    /** Null for null or blank (Unicode whitespace only); otherwise the text stripped of leading and trailing blanks. */
    public static String strippedOrNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
