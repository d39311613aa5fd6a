package it.formapro.attendance.support;

import static it.formapro.attendance.support.Api.tutor;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;

/** The register exports as the tests read them: the CSV's rows by their header, the PDF's text. */
public final class Exports {

    private Exports() {
    }

    /** The rows of a register CSV, read by the header. */
    public static List<CSVRecord> csvRows(String csv) {
        try {
            return CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get()
                    .parse(new StringReader(csv)).getRecords();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The edition's register CSV, as a tutor downloads it. */
    public static List<CSVRecord> csv(long edition) {
        return csvRows(tutor().when().get("/editions/{e}/register.csv", edition).then().statusCode(200)
                .contentType("text/csv").extract().asString());
    }

    /** The first row of a student (in the calendar's order). */
    public static CSVRecord row(List<CSVRecord> rows, long studentId) {
        return rows.stream().filter(r -> r.get("student_id").equals(String.valueOf(studentId))).findFirst().orElseThrow();
    }

    /** The text of the edition's register PDF, as a tutor downloads it. */
    public static String pdfText(long edition) throws IOException {
        byte[] pdf = tutor().when().get("/editions/{e}/register.pdf", edition).then().statusCode(200)
                .contentType("application/pdf").extract().asByteArray();
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(doc);
        }
    }
}
