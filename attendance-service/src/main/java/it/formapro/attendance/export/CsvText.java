package it.formapro.attendance.export;

/**
 * A text cell of a CSV the service writes, made safe to open in a spreadsheet (OWASP, "CSV Injection"): Excel,
 * LibreOffice and Google Sheets read a cell starting with {@code = + - @}, a tab or a carriage return as a formula
 * ({@code =HYPERLINK(...)} sending the sheet's data elsewhere, a DDE command), so such a cell is written with a leading
 * single quote, which the spreadsheet shows as the text it is. Names come from third-party portals and the front desk
 * and teachers from whoever plans the calendar: any text. Every other cell is written as given (D'Amico, Anna-Maria).
 * Numbers, dates and booleans are not text and are written as they are.
 */
public final class CsvText {

    /** The characters that make a spreadsheet read a cell as a formula when it starts with one (OWASP). */
    static final String FORMULA_START = "=+-@\t\r";

    private CsvText() {
    }

    /** The cell for {@code text}: itself, or with a leading single quote if a spreadsheet would read it as a formula; null stays null. */
    public static String cell(Object text) {
        if (text == null) {
            return null;
        }
        String s = text.toString();
        return !s.isEmpty() && FORMULA_START.indexOf(s.charAt(0)) >= 0 ? "'" + s : s;
    }
}
