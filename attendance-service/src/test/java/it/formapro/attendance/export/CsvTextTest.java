package it.formapro.attendance.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class CsvTextTest {

    @Test
    void aCellASpreadsheetWouldReadAsAFormulaGetsALeadingQuote() {
        assertEquals("'=HYPERLINK(\"http://evil.example\",\"x\")", CsvText.cell("=HYPERLINK(\"http://evil.example\",\"x\")"));
        assertEquals("'+39 333 1234567", CsvText.cell("+39 333 1234567"));
        assertEquals("'-2+3", CsvText.cell("-2+3"));
        assertEquals("'@SUM(A1:A9)", CsvText.cell("@SUM(A1:A9)"));
        assertEquals("'\t=1+1", CsvText.cell("\t=1+1"));
        assertEquals("'\r=1+1", CsvText.cell("\r=1+1"));
        assertEquals("'=", CsvText.cell("="));
    }

    @Test
    void everyOtherCellIsWrittenAsGiven() {
        assertEquals("D'Amico", CsvText.cell("D'Amico"));
        assertEquals("Anna-Maria", CsvText.cell("Anna-Maria"));
        assertEquals("Rossi = Bianchi", CsvText.cell("Rossi = Bianchi"));
        assertEquals("'quoted already", CsvText.cell("'quoted already"));
        assertEquals(" =1+1", CsvText.cell(" =1+1"));
        assertEquals("", CsvText.cell(""));
        assertEquals("09:00-10:00 10:20-13:00", CsvText.cell("09:00-10:00 10:20-13:00"));
        assertEquals("CLASSROOM", CsvText.cell(it.formapro.attendance.lesson.Modality.CLASSROOM));
        assertNull(CsvText.cell(null));
    }
}
