package it.formapro.exam.privacy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.formapro.common.privacy.Pseudonym;
import it.formapro.exam.certificate.DocumentContent;
import it.formapro.exam.certificate.DocumentPdf;
import it.formapro.exam.certificate.IssuedDocument;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/** The pseudonymisation of the records kept after an erasure: plain Java, no HTTP, no database. */
class PseudonymisationTest {

    static final DocumentContent ISSUED = new DocumentContent(IssuedDocument.Kind.CERTIFICATE,
            "Certificato di qualificazione professionale", "D.lgs 16 gennaio 2013, n. 13, art. 6", "CQP-2027-000042",
            "K7QF3M2XWPA4ZC5N", "http://localhost:8084/certificates/verify/K7QF3M2XWPA4ZC5N", LocalDate.of(2027, 7, 12),
            new DocumentContent.Holder("Mario", "Rossi", LocalDate.of(1990, 4, 12), "Pescara", "RSSMRA90D12G482X", null),
            new DocumentContent.Authority("Abruzzo", "DD n. 61/DPG025 (19-04-2023)", "Ente Formazione Demo",
                    "Regione Abruzzo, accreditamento DD n. 123/DPG010 del 2024, codice ente A0123",
                    "Repertorio delle qualificazioni della Regione Abruzzo"),
            new DocumentContent.Qualification("001", 1, "Addetto al servizio clienti", 3, List.of("82.20.00"),
                    List.of("4.2.2.1.0"), "Standard 001"),
            List.of(new DocumentContent.Unit("UC1", "Accoglienza e informazione al cliente", 3, "PASSED")), List.of(),
            new DocumentContent.Course(12, "Addetto al servizio clienti - Pescara 2027", LocalDate.of(2027, 1, 11),
                    LocalDate.of(2027, 6, 30), new BigDecimal("208"), new BigDecimal("180.00"), new BigDecimal("80.00"), false),
            new DocumentContent.Assessment(3, LocalDate.of(2027, 7, 10), "Pescara",
                    List.of(new DocumentContent.BoardMember("PRESIDENT", "Anna Ferri", "REGION")), "PASSED"), null);

    @Test
    void theHolderBecomesThePseudonymAndNothingElseChanges() {
        DocumentContent p = Pseudonymisation.content(ISSUED, 5);
        assertEquals(new DocumentContent.Holder(Pseudonym.FIRST_NAME, Pseudonym.lastName(5), null, null, null, null),
                p.holder());
        assertEquals(new DocumentContent.Holder("Anonimo", "ANON-5", null, null, null, null), p.holder());
        DocumentContent sameHolder = new DocumentContent(ISSUED.kind(), ISSUED.title(), ISSUED.legalBasis(),
                ISSUED.number(), ISSUED.verificationCode(), ISSUED.verificationUrl(), ISSUED.issuedOn(), p.holder(),
                ISSUED.authority(), ISSUED.qualification(), ISSUED.competenceUnits(), ISSUED.trainingUnitsPassed(),
                ISSUED.course(), ISSUED.assessment(), ISSUED.leaving());
        assertEquals(sameHolder, p);
        assertEquals(p, Pseudonymisation.content(p, 5), "idempotent");
        assertEquals("A. A.", Pseudonymisation.holderInitials(5));
    }

    @Test
    void thePdfRenderedFromThePseudonymisedContentCarriesNoPersonalData() throws Exception {
        byte[] pdf = DocumentPdf.render(Pseudonymisation.content(ISSUED, 5));
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(doc);
            for (String personal : List.of("Mario", "Rossi", "RSSMRA90D12G482X", "12/04/1990")) {
                assertFalse(text.contains(personal), personal + " in " + text);
            }
            assertTrue(text.contains("ANON-5 Anonimo"), text);
            assertTrue(text.contains("CQP-2027-000042") && text.contains("K7QF3M2XWPA4ZC5N"), text);
            assertTrue(text.contains("Anna Ferri"), "the board stays: " + text);
        }
    }

    @Test
    void aLearningRecordIssuedOnLeavingKeepsItsLeavingAndThePdfStillSaysSo() throws Exception {
        DocumentContent.Leaving leaving = new DocumentContent.Leaving(LocalDate.of(2027, 3, 15),
                "Documento rilasciato all'uscita anticipata dal percorso formativo (ritiro il 15/03/2027).");
        DocumentContent onLeaving = new DocumentContent(IssuedDocument.Kind.LEARNING_RECORD,
                IssuedDocument.Kind.LEARNING_RECORD.italianTitle, ISSUED.legalBasis(), "DFA-2027-000007",
                ISSUED.verificationCode(), ISSUED.verificationUrl(), ISSUED.issuedOn(), ISSUED.holder(),
                ISSUED.authority(), ISSUED.qualification(), List.of(),
                List.of(new DocumentContent.Unit("1", "Sicurezza sul lavoro", null, "PASSED")), ISSUED.course(),
                null, leaving);
        DocumentContent p = Pseudonymisation.content(onLeaving, 5);
        assertEquals(leaving, p.leaving());
        assertEquals(null, p.assessment());
        assertEquals(onLeaving.trainingUnitsPassed(), p.trainingUnitsPassed());
        try (PDDocument doc = Loader.loadPDF(DocumentPdf.render(p))) {
            String text = new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
            assertTrue(text.contains("ANON-5 Anonimo"), text);
            assertTrue(text.contains("uscita anticipata dal percorso formativo (ritiro il 15/03/2027)"), text);
            assertTrue(text.contains("Nessuna valutazione svolta"), text);
            assertFalse(text.contains("Rossi") || text.contains("RSSMRA90D12G482X"), text);
        }
    }

    /**
     * A holder without a codice fiscale is identified by an identity document: the erasure takes it away like the
     * codice fiscale, from the content and from the PDF re-rendered from it.
     */
    @Test
    void theIdentityDocumentGoesLikeTheCodiceFiscale() throws Exception {
        DocumentContent byDocument = ISSUED.withHolder(new DocumentContent.Holder("Arben", "Hoxha",
                LocalDate.of(1994, 3, 8), "Tirana (Albania)", null,
                new DocumentContent.HolderDocument("PASSPORT", "AL", "YA1234567")));
        try (PDDocument doc = Loader.loadPDF(DocumentPdf.render(byDocument))) {
            assertTrue(new PDFTextStripper().getText(doc).contains("YA1234567"), "issued with the document");
        }
        DocumentContent p = Pseudonymisation.content(byDocument, 71);
        assertEquals(new DocumentContent.Holder("Anonimo", "ANON-71", null, null, null, null), p.holder());
        assertEquals(byDocument.withHolder(p.holder()), p, "nothing else changes");
        try (PDDocument doc = Loader.loadPDF(DocumentPdf.render(p))) {
            String text = new PDFTextStripper().getText(doc);
            for (String personal : List.of("Arben", "Hoxha", "YA1234567", "Passaporto", "Tirana", "08/03/1994")) {
                assertFalse(text.contains(personal), personal + " in " + text);
            }
            assertTrue(text.contains("ANON-71 Anonimo"), text);
        }
    }

    static final String ENTRY = "{\"studentId\":5,\"enrollmentId\":105,\"firstName\":\"Mario\",\"lastName\":\"Rossi\","
            + "\"decision\":\"EXCLUDED\",\"withdrawn\":false,\"reasons\":[{\"code\":\"BELOW_THRESHOLD\","
            + "\"message\":\"attended 150.0 of 208.0 h = 72.1 %, below 80 % (Standard 000)\",\"source\":\"Standard 000\"}],"
            + "\"figures\":{\"attendedHours\":150.00,\"requiredHours\":208.00,\"attendancePercent\":72.1,"
            + "\"thresholdPercent\":80,\"internshipHours\":0.00,\"internshipMin\":null,\"creditHours\":1E+1},"
            + "\"unitChecks\":[{\"unitCode\":\"1\",\"title\":\"Sicurezza sul lavoro\",\"result\":\"PASSED\","
            + "\"checkDate\":\"2027-02-01\"}]}";

    @Test
    void anAdmissionEntryKeepsEveryByteButTheNames() {
        Optional<String> edited = Pseudonymisation.admissionEntry(ENTRY, 5);
        assertEquals(Optional.of(ENTRY.replace("\"Mario\"", "\"Anonimo\"").replace("\"Rossi\"", "\"ANON-5\"")), edited);
        assertEquals(Optional.empty(), Pseudonymisation.admissionEntry(edited.get(), 5), "already pseudonymised: no change");
        // the pseudonym is per student: another id's pseudonym is not this one's
        assertTrue(Pseudonymisation.admissionEntry(edited.get(), 6).isPresent());
    }

    @Test
    void anEntryWithoutNamesGetsThePseudonymToo() {
        assertEquals(Optional.of("{\"studentId\":7,\"firstName\":\"Anonimo\",\"lastName\":\"ANON-7\"}"),
                Pseudonymisation.admissionEntry("{\"studentId\":7,\"firstName\":null}", 7));
        assertThrows(IllegalStateException.class, () -> Pseudonymisation.admissionEntry("[1]", 7));
        assertThrows(IllegalStateException.class, () -> Pseudonymisation.admissionEntry("{not json", 7));
    }
}
