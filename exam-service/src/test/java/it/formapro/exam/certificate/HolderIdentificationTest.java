package it.formapro.exam.certificate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import it.formapro.exam.enrollment.StudentIdentity;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * How a document identifies its holder (D.lgs 13/2013 art. 6): by the codice fiscale, or without one by the identity
 * document enrollment-service has on file. Plain Java: no HTTP, no database.
 */
class HolderIdentificationTest {

    static final StudentIdentity.Document PASSPORT = new StudentIdentity.Document("PASSPORT", "AL", "YA1234567");

    static StudentIdentity identity(String fiscalCode, StudentIdentity.Document document) {
        return new StudentIdentity(71, "Arben", "Hoxha", LocalDate.of(1994, 3, 8), "Tirana (Albania)", fiscalCode, document);
    }

    @Test
    void withoutACodiceFiscaleTheHolderCarriesTheIdentityDocument() {
        DocumentContent.Holder h = DocumentIssuance.holder(identity(null, PASSPORT));
        assertEquals(new DocumentContent.Holder("Arben", "Hoxha", LocalDate.of(1994, 3, 8), "Tirana (Albania)", null,
                new DocumentContent.HolderDocument("PASSPORT", "AL", "YA1234567")), h);
    }

    @Test
    void aCodiceFiscaleIdentifiesTheHolderAloneAndNeitherLeavesBothOut() {
        assertNull(DocumentIssuance.holder(identity("HXHRBN94C08Z100X", PASSPORT)).identityDocument());
        assertEquals("HXHRBN94C08Z100X", DocumentIssuance.holder(identity("HXHRBN94C08Z100X", PASSPORT)).fiscalCode());
        DocumentContent.Holder neither = DocumentIssuance.holder(identity(null, null));
        assertNull(neither.fiscalCode());
        assertNull(neither.identityDocument());
    }

    @Test
    void theDocumentIsPrintedInItalianWithItsNumberAndCountry() {
        assertEquals("Passaporto n. YA1234567 (AL)", print("PASSPORT", "AL", "YA1234567"));
        assertEquals("Carta d'identita' n. CA00000AA (IT)", print("IDENTITY_CARD", "IT", "CA00000AA"));
        assertEquals("Permesso di soggiorno n. I0AB12345 (IT)", print("RESIDENCE_PERMIT_NUMBER", "IT", "I0AB12345"));
        assertEquals("Altro documento n. 123 (MA)", print("OTHER", "MA", "123"));
        // recorded before the issuing country was asked: none printed
        assertEquals("Passaporto n. YA1234567", print("PASSPORT", null, "YA1234567"));
        // a type enrollment-service adds later is printed as it comes rather than failing the issue
        assertEquals("DRIVING_LICENCE n. U1234 (FR)", print("DRIVING_LICENCE", "FR", "U1234"));
    }

    @Test
    void theHolderRowsNameTheDocumentWhereTheCodiceFiscaleWouldBe() {
        DocumentContent.Holder byDocument = DocumentIssuance.holder(identity(null, PASSPORT));
        assertEquals(List.of("Cognome e nome: Hoxha Arben", "Nato/a a: Tirana (Albania) il 08/03/1994",
                "Documento di identita': Passaporto n. YA1234567 (AL)"), rows(byDocument));
        assertEquals(List.of("Cognome e nome: Hoxha Arben", "Nato/a a: Tirana (Albania) il 08/03/1994",
                "Codice fiscale: HXHRBN94C08Z100X"), rows(DocumentIssuance.holder(identity("HXHRBN94C08Z100X", PASSPORT))));
        // neither (pseudonymised, or issued before the document was carried): the row says there is none
        assertEquals(List.of("Cognome e nome: Hoxha Arben", "Nato/a a: Tirana (Albania) il 08/03/1994",
                "Codice fiscale: -"), rows(DocumentIssuance.holder(identity(null, null))));
        // a content carrying both prints both
        DocumentContent.Holder both = new DocumentContent.Holder("Arben", "Hoxha", null, null, "HXHRBN94C08Z100X",
                byDocument.identityDocument());
        assertEquals(List.of("Cognome e nome: Hoxha Arben", "Nato/a a: -", "Codice fiscale: HXHRBN94C08Z100X",
                "Documento di identita': Passaporto n. YA1234567 (AL)"), rows(both));
    }

    private static String print(String type, String country, String number) {
        return DocumentPdf.identityDocument(new DocumentContent.HolderDocument(type, country, number));
    }

    private static List<String> rows(DocumentContent.Holder h) {
        return DocumentPdf.holder(h).stream().map(r -> String.join(": ", Arrays.asList(r))).toList();
    }
}
