package it.formapro.enrollment.student;

import static it.formapro.enrollment.student.IdentifierType.IDENTITY_CARD;
import static it.formapro.enrollment.student.IdentifierType.PASSPORT;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

class IdentityDocumentTest {

    static IdentityDocument doc(IdentifierType type, String country, String number) {
        return new IdentityDocument(type, country, number);
    }

    @Test
    void numbersAndCountriesAreComparedAsPeopleTypeThem() {
        assertEquals("YA1234", IdentityDocument.normalizeNumber(" ya 12\t34 "));
        assertNull(IdentityDocument.normalizeNumber("   "));
        assertEquals("MA", IdentityDocument.normalizeCountry(" ma "));
        assertNull(IdentityDocument.normalizeCountry(" "));
    }

    @Test
    void aCountryIsAnIsoAlpha2CodeTheJdkKnows() {
        // XK (Kosovo) is user-assigned in ISO 3166-1 but is the code Kosovo's documents and Italy's permits use
        for (String code : List.of("IT", "FR", "MA", "UA", "GB", "SS", "AL", "XK")) {
            assertEquals(Optional.empty(), IdentityDocument.countryProblem(code), code);
        }
        // EL (the EU's code for Greece), UK (not GB) and other user-assigned codes are not ISO 3166-1 alpha-2 codes
        for (String code : List.of("XX", "XA", "EL", "UK", "F", "F1", "ITALIA")) {
            assertTrue(IdentityDocument.countryProblem(code).orElseThrow().contains("ISO 3166-1 alpha-2"), code);
        }
        // the alpha-3 code a passport's machine-readable zone prints is answered with its alpha-2 code
        assertTrue(IdentityDocument.countryProblem("MAR").orElseThrow().endsWith("MAR is the alpha-3 code of MA, send MA"));
        assertTrue(IdentityDocument.countryProblem("RKS").orElseThrow().endsWith("RKS is the alpha-3 code of XK, send XK"),
                "a Kosovo passport's machine-readable zone prints RKS");
        assertFalse(IdentityDocument.countryProblem("ZZZ").orElseThrow().contains("alpha-3"));
        assertEquals(Optional.empty(), IdentityDocument.countryProblem(null), "no country is not a wrong one");
    }

    @Test
    void aNumberNeedsItsTypeAndIssuingCountryOnRegistration() {
        assertEquals("otherIdCountry", IdentityDocument.incomplete(PASSPORT, null, "YA1", null).orElseThrow().field());
        assertTrue(IdentityDocument.incomplete(PASSPORT, " ", "YA1", null).orElseThrow().message().contains("same number"));
        assertEquals("otherIdType", IdentityDocument.incomplete(null, "MA", "YA1", null).orElseThrow().field());
        assertEquals("otherIdCountry", IdentityDocument.incomplete(PASSPORT, "MA", " ", null).orElseThrow().field(),
                "a country without a number");
        assertEquals(Optional.empty(), IdentityDocument.incomplete(PASSPORT, "MA", "YA1", null));
        assertEquals(Optional.empty(), IdentityDocument.incomplete(null, null, null, null), "no document at all");
        assertEquals(Optional.empty(), IdentityDocument.incomplete(PASSPORT, null, null, null), "a type alone is no document");
        assertEquals(doc(PASSPORT, "MA", "YA1"), IdentityDocument.of(PASSPORT, "ma", " ya 1", null));
        assertNull(IdentityDocument.of(PASSPORT, null, null, null));
    }

    @Test
    void anUpdateKeepingTypeAndNumberKeepsTheCountryOnFileWhenItLeavesItOut() {
        IdentityDocument recorded = doc(PASSPORT, "FR", "YA1");
        IdentityDocument legacy = doc(PASSPORT, null, "YA1");
        assertEquals(Optional.empty(), IdentityDocument.incomplete(PASSPORT, null, "ya 1", recorded));
        assertEquals(recorded, IdentityDocument.of(PASSPORT, null, "ya 1", recorded));
        // a document recorded before the country was asked stays without one until the front desk gives it
        assertEquals(Optional.empty(), IdentityDocument.incomplete(PASSPORT, null, "YA1", legacy));
        assertEquals(legacy, IdentityDocument.of(PASSPORT, null, "YA1", legacy));
        assertEquals(doc(PASSPORT, "MA", "YA1"), IdentityDocument.of(PASSPORT, "MA", "YA1", legacy));
        // another number or another type is another document: its country is asked again
        assertEquals("otherIdCountry", IdentityDocument.incomplete(PASSPORT, null, "YA2", recorded).orElseThrow().field());
        assertEquals("otherIdCountry", IdentityDocument.incomplete(IDENTITY_CARD, null, "YA1", recorded).orElseThrow().field());
    }

    @Test
    void oneDocumentIsTypeCountryAndNumberAndAnUnrecordedCountryStandsForAny() {
        IdentityDocument french = doc(PASSPORT, "FR", "YA1");
        assertTrue(french.sameAs(doc(PASSPORT, "FR", "YA1")));
        assertFalse(french.sameAs(doc(PASSPORT, "MA", "YA1")), "two countries' passports sharing a number");
        assertFalse(french.sameAs(doc(IDENTITY_CARD, "FR", "YA1")));
        assertFalse(french.sameAs(doc(PASSPORT, "FR", "YA2")));
        assertFalse(french.sameAs(null));
        assertTrue(french.sameAs(doc(PASSPORT, null, "YA1")));
        assertTrue(doc(PASSPORT, null, "YA1").sameAs(french));
    }

    @Test
    void theHolderIsTheSameCountryFirstThenOneWhoseCountryIsNotRecorded() {
        record Row(String name, IdentityDocument doc) {
        }
        Function<Row, IdentityDocument> docOf = Row::doc;
        Row moroccan = new Row("moroccan", doc(PASSPORT, "MA", "YA1"));
        Row legacy = new Row("legacy", doc(PASSPORT, null, "YA1"));
        Row french = new Row("french", doc(PASSPORT, "FR", "YA1"));
        IdentityDocument wanted = doc(PASSPORT, "FR", "YA1");
        assertEquals(Optional.of(french), IdentityDocument.holder(wanted, List.of(moroccan, legacy, french), docOf));
        assertEquals(Optional.of(legacy), IdentityDocument.holder(wanted, List.of(moroccan, legacy), docOf));
        assertEquals(Optional.empty(), IdentityDocument.holder(wanted, List.of(moroccan), docOf));
        // a document without a recorded country is held by the first listed of any country
        assertEquals(Optional.of(moroccan), IdentityDocument.holder(doc(PASSPORT, null, "YA1"), List.of(moroccan, french), docOf));
    }

    @Test
    void theConflictSaysWhichRecordToCorrectAndNeverTheNumber() {
        IdentityDocument french = doc(PASSPORT, "FR", "YA123");
        String noCodes = IdentityDocument.conflict(french, false, 4, french, false);
        assertTrue(noCodes.startsWith("Another student (id 4) without a codice fiscale already has this identity document "
                + "(PASSPORT issued by FR"), noCodes);
        assertTrue(noCodes.contains("read or update student 4 instead"), noCodes);
        String addTheCode = IdentityDocument.conflict(french, true, 4, french, false);
        assertTrue(addTheCode.endsWith("(add the codice fiscale to it)"), addTheCode);
        assertTrue(IdentityDocument.conflict(french, false, 4, french, true).contains("(id 4) with a codice fiscale already has"));
        // two codici fiscali are two people: one record holds a document that is not its person's
        String twoPeople = IdentityDocument.conflict(french, true, 4, french, true);
        assertTrue(twoPeople.contains("with another codice fiscale, already holds this identity document"), twoPeople);
        assertTrue(twoPeople.contains("one of the two records holds a document (or a codice fiscale) that is not its person's"), twoPeople);
        // a document on file without a country: record it first if it is another person's
        String legacyOnFile = IdentityDocument.conflict(french, false, 4, doc(PASSPORT, null, "YA123"), false);
        assertTrue(legacyOnFile.contains("whose issuing country was not recorded"), legacyOnFile);
        assertTrue(legacyOnFile.contains("record its issuing country first (otherIdCountry, PUT /students/4)"), legacyOnFile);
        String legacySaved = IdentityDocument.conflict(doc(PASSPORT, null, "YA123"), false, 4, french, false);
        assertTrue(legacySaved.contains("give this student's issuing country (otherIdCountry)"), legacySaved);
        for (String detail : List.of(noCodes, addTheCode, twoPeople, legacyOnFile, legacySaved)) {
            assertFalse(detail.contains("YA123"), detail);
        }
    }
}
