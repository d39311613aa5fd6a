package it.formapro.catalog.edition;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.formapro.catalog.qualification.Qualification;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What a PUT may still change on a CLOSED edition, without a database: only the references its documents carry. */
class ClosedEditionTest {

    static final String ACCREDITATION = "Regione Abruzzo, accreditamento DD n. 123/DPG010 del 2024, codice ente A0123";

    static Qualification qualification(String code, String region) {
        Qualification q = new Qualification();
        q.code = code;
        q.version = 1;
        q.region = region;
        return q;
    }

    static CourseEdition closed001(String accreditation, String issuingRegion) {
        CourseEdition e = new CourseEdition();
        e.qualification = qualification("001", "Abruzzo");
        e.provider = "Ente Formazione Demo";
        e.providerAccreditation = accreditation;
        e.issuingRegion = issuingRegion;
        e.title = "Addetto al servizio clienti - Pescara 2027";
        e.location = "Pescara, via Roma 1";
        e.startDate = LocalDate.of(2027, 1, 11);
        e.endDate = LocalDate.of(2027, 6, 30);
        e.plannedHours = new BigDecimal("208.00");
        e.plannedInternshipHours = new BigDecimal("80.00");
        e.capacity = 20;
        e.status = EditionStatus.CLOSED;
        return e;
    }

    /** The edition as a client read it and sends it back, with the references given. */
    static EditionRequest request(String accreditation, String issuingRegion, String title, int capacity, String hours) {
        return new EditionRequest(" Ente Formazione Demo ", accreditation, issuingRegion, "001", 1, title,
                "Pescara, via Roma 1", LocalDate.of(2027, 1, 11), LocalDate.of(2027, 6, 30), new BigDecimal(hours),
                new BigDecimal("80"), capacity, 3L);
    }

    @Test
    void theEditionSentBackUnchangedChangesNoFrozenFieldWhateverItsReferences() {
        CourseEdition e = closed001(null, null);
        // spelt differently (untrimmed provider, 208 for 208.00): the same values
        assertEquals(List.of(), ClosedEdition.frozenFieldsChanged(e,
                request(ACCREDITATION, "Abruzzo", "Addetto al servizio clienti - Pescara 2027", 20, "208"), 1));
        assertEquals(List.of(), ClosedEdition.referencesRemoved(e, request(ACCREDITATION, null, e.title, 20, "208")));
    }

    @Test
    void namesEveryCourseFieldThatDiffers() {
        CourseEdition e = closed001(ACCREDITATION, null);
        assertEquals(List.of("title", "plannedHours", "capacity"), ClosedEdition.frozenFieldsChanged(e,
                request(ACCREDITATION, null, "Altro titolo", 25, "210"), 1));
        EditionRequest all = new EditionRequest("Altro ente", ACCREDITATION, null, "001", 1, "T", "Chieti",
                LocalDate.of(2027, 2, 1), LocalDate.of(2027, 7, 1), new BigDecimal("209"), null, 21, 3L);
        assertEquals(List.of("provider", "title", "location", "startDate", "endDate", "plannedHours",
                "plannedInternshipHours", "capacity"), ClosedEdition.frozenFieldsChanged(e, all, 1));
    }

    @Test
    void theQualificationIsFrozenToo() {
        CourseEdition e = closed001(ACCREDITATION, null);
        EditionRequest same = request(ACCREDITATION, null, e.title, 20, "208");
        // an omitted version is the latest: a newer one than the edition's is a change
        assertEquals(List.of("qualificationVersion"), ClosedEdition.frozenFieldsChanged(e, same, 2));
        EditionRequest other = new EditionRequest(e.provider, ACCREDITATION, null, "000", null, e.title, e.location,
                e.startDate, e.endDate, e.plannedHours, e.plannedInternshipHours, 20, 3L);
        assertEquals(List.of("qualificationCode"), ClosedEdition.frozenFieldsChanged(e, other, 1));
    }

    @Test
    void referencesMayBeCorrectedButNotRemoved() {
        CourseEdition e = closed001(ACCREDITATION, null);
        assertEquals(List.of(), ClosedEdition.referencesRemoved(e, request("Regione Abruzzo, DD n. 9/2025", null, e.title, 20, "208")));
        assertEquals(List.of("providerAccreditation"), ClosedEdition.referencesRemoved(e, request("  ", null, e.title, 20, "208")));

        // 001 names its Region: leaving issuingRegion out keeps the standard's, nothing is removed
        CourseEdition inherited = closed001(ACCREDITATION, "Abruzzo");
        assertEquals(List.of(), ClosedEdition.referencesRemoved(inherited, request(ACCREDITATION, null, e.title, 20, "208")));

        // 000 names none: the Region the provider recorded is the only one, and cannot go
        CourseEdition e000 = closed001(ACCREDITATION, "Campania");
        e000.qualification = qualification("000", null);
        EditionRequest noRegion = new EditionRequest(e000.provider, ACCREDITATION, " ", "000", 1, e000.title,
                e000.location, e000.startDate, e000.endDate, e000.plannedHours, e000.plannedInternshipHours, 20, 3L);
        assertEquals(List.of("issuingRegion"), ClosedEdition.referencesRemoved(e000, noRegion));
        EditionRequest neither = new EditionRequest(e000.provider, null, null, "000", 1, e000.title,
                e000.location, e000.startDate, e000.endDate, e000.plannedHours, e000.plannedInternshipHours, 20, 3L);
        assertEquals(List.of("providerAccreditation", "issuingRegion"), ClosedEdition.referencesRemoved(e000, neither));
    }

    @Test
    void theRegionTheEditionAlreadyHasIsNoChange() {
        CourseEdition inherits = closed001(ACCREDITATION, null);
        // the view shows the standard's Region: sent back, in any case or as a heading, it is the same
        for (String same : new String[] {null, "Abruzzo", "REGIONE abruzzo"}) {
            assertFalse(ClosedEdition.issuingRegionChanged(inherits, request(ACCREDITATION, same, inherits.title, 20, "208")), same);
        }
        CourseEdition e000 = closed001(ACCREDITATION, null);
        e000.qualification = qualification("000", null);
        assertTrue(ClosedEdition.issuingRegionChanged(e000, request(ACCREDITATION, "Campania", e000.title, 20, "208")));
        e000.issuingRegion = "Campania";
        assertFalse(ClosedEdition.issuingRegionChanged(e000, request(ACCREDITATION, "campania", e000.title, 20, "208")));
        assertTrue(ClosedEdition.issuingRegionChanged(e000, request(ACCREDITATION, "Molise", e000.title, 20, "208")));
    }

    @Test
    void anEditionSaysWhichReferencesItsDocumentsLack() {
        assertEquals(List.of(), closed001(ACCREDITATION, null).missingDocumentReferences());
        assertEquals(List.of("providerAccreditation"), closed001(null, null).missingDocumentReferences());
        CourseEdition e000 = closed001(null, null);
        e000.qualification = qualification("000", null);
        assertEquals(List.of("providerAccreditation", "issuingRegion"), e000.missingDocumentReferences());
        e000.issuingRegion = "Campania";
        assertEquals(List.of("providerAccreditation"), e000.missingDocumentReferences());
    }
}
