package it.formapro.exam.certificate;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.client.j2se.MatrixToImageWriter;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Image;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Renders a {@link DocumentContent} as PDF (OpenPDF) with a QR code (ZXing) of its verification URL. */
public final class DocumentPdf {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final Font TITLE = new Font(Font.HELVETICA, 18, Font.BOLD);
    private static final Font HEADING = new Font(Font.HELVETICA, 12, Font.BOLD);
    private static final Font BODY = new Font(Font.HELVETICA, 10);
    private static final Font SMALL = new Font(Font.HELVETICA, 8);

    private DocumentPdf() {
    }

    public static byte[] render(DocumentContent c) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document doc = new Document(PageSize.A4, 50, 50, 40, 40);
        try {
            PdfWriter.getInstance(doc, out);
            doc.addTitle(c.title() + " " + c.number());
            doc.addCreator("FormaPro exam-service");
            doc.open();
            Paragraph region = new Paragraph("Regione " + nz(c.authority().region()), HEADING);
            region.setAlignment(Element.ALIGN_CENTER);
            doc.add(region);
            Paragraph title = new Paragraph(c.title(), TITLE);
            title.setAlignment(Element.ALIGN_CENTER);
            title.setSpacingBefore(8);
            doc.add(title);
            Paragraph basis = new Paragraph("ai sensi del " + c.legalBasis(), SMALL);
            basis.setAlignment(Element.ALIGN_CENTER);
            doc.add(basis);
            Paragraph number = new Paragraph("N. " + c.number() + "  -  rilasciato il " + DATE.format(c.issuedOn()), HEADING);
            number.setAlignment(Element.ALIGN_CENTER);
            number.setSpacingBefore(6);
            number.setSpacingAfter(10);
            doc.add(number);

            section(doc, "Titolare");
            table(doc, holder(c.holder()));

            section(doc, "Qualificazione");
            table(doc, List.of(
                    row("Titolo", c.qualification().title()),
                    row("Livello EQF", c.qualification().eqfLevel() == null ? "-" : c.qualification().eqfLevel().toString()),
                    row("Codici ATECO", join(c.qualification().atecoCodes())),
                    row("Codici ISTAT CP2011", join(c.qualification().istatCodes())),
                    row("Repertorio", repertory(c.authority())),
                    row("Ente di formazione", nz(c.authority().provider())),
                    // D.lgs 13/2013 art. 6: the accredited provider "with the references of its accreditation"
                    row("Accreditamento dell'ente", nz(c.authority().providerAccreditation()))));

            section(doc, c.kind() == IssuedDocument.Kind.CERTIFICATE ? "Unita' di competenza certificate"
                    : "Unita' di competenza e apprendimenti");
            if (c.leaving() != null && c.competenceUnits().isEmpty()) {
                doc.add(new Paragraph("Nessuna unita' di competenza valutata: nessun esame finale sostenuto.", BODY));
            } else {
                units(doc, c.competenceUnits());
            }
            if (c.trainingUnitsPassed() != null && !c.trainingUnitsPassed().isEmpty()) {
                doc.add(new Paragraph("Unita' formative con verifica superata: " + String.join(", ",
                        c.trainingUnitsPassed().stream().map(u -> u.code() + " " + nz(u.title())).toList()), BODY));
            }

            section(doc, "Percorso formativo");
            table(doc, List.of(
                    row("Corso", nz(c.course().editionTitle())),
                    row("Date", date(c.course()) ),
                    row("Ore previste", hours(c.course().plannedHours())),
                    row("Ore effettivamente frequentate", hours(c.course().hoursAttended())),
                    row("Ore di tirocinio", hours(c.course().internshipHours()))));

            section(doc, "Valutazione");
            if (c.leaving() != null) {
                // a learning record issued on leaving the course: no exam, no board, no outcome
                table(doc, List.of(
                        row("Esame finale", "Nessuna valutazione svolta"),
                        row("Ritiro dal corso", c.leaving().withdrawnOn() == null ? "-"
                                : DATE.format(c.leaving().withdrawnOn()))));
                doc.add(new Paragraph(c.leaving().statement(), BODY));
            } else {
                table(doc, List.of(
                        row("Esame finale", c.assessment().examDate() == null ? "-" : DATE.format(c.assessment().examDate())
                                + " - " + nz(c.assessment().place())),
                        row("Esito", italian(c.assessment().outcome())),
                        row("Commissione", String.join("; ", c.assessment().board().stream()
                                .map(m -> m.role() + ": " + m.fullName() + " (" + ("REGION".equals(m.appointedBy())
                                        ? "nominato dalla Regione" : "rappresentante dell'ente") + ")").toList()))));
            }

            section(doc, "Verifica");
            PdfPTable verify = new PdfPTable(new float[] {1.3f, 4f});
            verify.setWidthPercentage(100);
            Image qr = Image.getInstance(qrPng(c.verificationUrl(), 300));
            qr.scaleAbsolute(110, 110);
            PdfPCell qrCell = new PdfPCell(qr, false);
            qrCell.setBorder(0);
            verify.addCell(qrCell);
            PdfPCell text = new PdfPCell();
            text.setBorder(0);
            text.addElement(new Paragraph("Codice di verifica: " + c.verificationCode(), HEADING));
            text.addElement(new Paragraph("Verifica online: " + c.verificationUrl(), BODY));
            text.addElement(new Paragraph("La verifica restituisce validita', data, numero e l'impronta SHA-256 di "
                    + "questo documento.", SMALL));
            verify.addCell(text);
            doc.add(verify);
            doc.close();
        } catch (DocumentException | IOException e) {
            throw new IllegalStateException("cannot render " + c.number(), e);
        }
        return out.toByteArray();
    }

    /**
     * The holder's rows: name, birth, and what identifies them (D.lgs 13/2013 art. 6): the codice fiscale, or for a
     * holder without one the identity document the content carries ("Codice fiscale: -" only when neither is there: a
     * pseudonymised holder, or one issued before the document was carried).
     */
    static List<String[]> holder(DocumentContent.Holder h) {
        List<String[]> rows = new ArrayList<>();
        rows.add(row("Cognome e nome", h.lastName() + " " + h.firstName()));
        rows.add(row("Nato/a a", nz(h.birthPlace()) + (h.birthDate() == null ? "" : " il " + DATE.format(h.birthDate()))));
        if (h.fiscalCode() != null || h.identityDocument() == null) {
            rows.add(row("Codice fiscale", nz(h.fiscalCode())));
        }
        if (h.identityDocument() != null) {
            rows.add(row("Documento di identita'", identityDocument(h.identityDocument())));
        }
        return rows;
    }

    /** "Passaporto n. YA1234567 (AL)": the type in Italian, the number, the issuing country when it was recorded. */
    static String identityDocument(DocumentContent.HolderDocument d) {
        String type = d.type() == null ? "Documento" : switch (d.type()) {
            case "PASSPORT" -> "Passaporto";
            case "IDENTITY_CARD" -> "Carta d'identita'";
            case "RESIDENCE_PERMIT_NUMBER" -> "Permesso di soggiorno";
            case "OTHER" -> "Altro documento";
            default -> d.type();
        };
        return type + " n. " + nz(d.number()) + (d.country() == null ? "" : " (" + d.country() + ")");
    }

    private static void units(Document doc, List<DocumentContent.Unit> competenceUnits) throws DocumentException {
        PdfPTable units = new PdfPTable(new float[] {1.2f, 5f, 1f, 1.6f});
        units.setWidthPercentage(100);
        for (String h : List.of("Codice", "Unita' di competenza", "EQF", "Esito")) {
            units.addCell(cell(h, HEADING));
        }
        for (DocumentContent.Unit u : competenceUnits) {
            units.addCell(cell(u.code(), BODY));
            units.addCell(cell(nz(u.title()), BODY));
            units.addCell(cell(u.eqfLevel() == null ? "-" : u.eqfLevel().toString(), BODY));
            units.addCell(cell(italian(u.result()), BODY));
        }
        doc.add(units);
    }

    /** The QR code of a URL, as PNG. */
    static byte[] qrPng(String content, int size) throws IOException {
        try {
            BitMatrix matrix = new QRCodeWriter().encode(content, BarcodeFormat.QR_CODE, size, size,
                    Map.of(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M, EncodeHintType.MARGIN, 2));
            ByteArrayOutputStream png = new ByteArrayOutputStream();
            MatrixToImageWriter.writeToStream(matrix, "PNG", png);
            return png.toByteArray();
        } catch (WriterException e) {
            throw new IOException("cannot encode the QR code", e);
        }
    }

    private static void section(Document doc, String name) throws DocumentException {
        Paragraph p = new Paragraph(name, HEADING);
        p.setSpacingBefore(10);
        p.setSpacingAfter(4);
        doc.add(p);
    }

    private static String[] row(String label, String value) {
        return new String[] {label, value};
    }

    private static void table(Document doc, List<String[]> rows) throws DocumentException {
        PdfPTable table = new PdfPTable(new float[] {2f, 5f});
        table.setWidthPercentage(100);
        for (String[] r : rows) {
            table.addCell(cell(r[0], BODY));
            table.addCell(cell(r[1], BODY));
        }
        doc.add(table);
    }

    private static PdfPCell cell(String text, Font font) {
        PdfPCell cell = new PdfPCell(new Phrase(new Chunk(nz(text), font)));
        cell.setPadding(4);
        return cell;
    }

    private static String italian(String result) {
        if (result == null) {
            return "-";
        }
        return switch (result) {
            case "PASSED" -> "Superato";
            case "FAILED" -> "Non superato";
            case "NOT_ASSESSED" -> "Non valutato";
            default -> result;
        };
    }

    private static String date(DocumentContent.Course course) {
        return (course.startDate() == null ? "?" : DATE.format(course.startDate())) + " - "
                + (course.endDate() == null ? "?" : DATE.format(course.endDate()));
    }

    private static String hours(BigDecimal h) {
        return h == null ? "-" : h.stripTrailingZeros().toPlainString() + " h";
    }

    private static String join(List<String> values) {
        return values == null || values.isEmpty() ? "-" : String.join(", ", values);
    }

    /** The repertorio as the catalogue names it, with the approving act where there is one. */
    private static String repertory(DocumentContent.Authority a) {
        String act = a.act() == null ? "" : " (" + a.act() + ")";
        return a.repertory() != null ? a.repertory() + act : nz(a.act()) + " - Regione " + nz(a.region());
    }

    private static String nz(String s) {
        return s == null ? "-" : s;
    }
}
