package it.formapro.exam.certificate;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.formapro.common.problem.ProblemException;
import it.formapro.exam.catalog.EditionRules;
import java.util.List;
import org.junit.jupiter.api.Test;

/** D.lgs 13/2013 art. 6: no document without the public authority (the Region) that issues it. Plain Java, no HTTP. */
class IssuingRegionTest {

    static EditionRules rules(String issuingRegion, String standardRegion) {
        return new EditionRules(41, "Tecnico esperto - Napoli", "Ente Demo", "codice ente A0123", issuingRegion, null, null,
                null, null, "RUNNING", new EditionRules.Qualification("000", 1, "Tecnico esperto customer care", 5,
                        standardRegion, null, "Repertorio regionale", "Standard 000", List.of(), List.of()),
                null, null, List.of(), List.of());
    }

    @Test
    void aStandardNamingNoRegionIssuesNothingUntilTheEditionRecordsOne() {
        for (String missing : new String[] {null, "", "  "}) {
            for (IssuedDocument.Kind kind : IssuedDocument.Kind.values()) {
                ProblemException e = assertThrows(ProblemException.class,
                        () -> DocumentIssuance.checkIssuingRegion(kind, rules(missing, null)));
                assertEquals(422, e.status());
                assertEquals("issuing-region-missing", e.slug());
                assertTrue(e.getMessage().contains("standard 000 names none"), e.getMessage());
                assertTrue(e.getMessage().contains("PUT /editions/41, issuingRegion"), e.getMessage());
                // exams are held on CLOSED editions, where the catalogue still takes the field
                assertTrue(e.getMessage().contains("even once the edition is CLOSED (send the edition as read, with "
                        + "only this field changed)"), e.getMessage());
                assertTrue(e.getMessage().contains(kind.italianTitle), e.getMessage());
                assertEquals("D.lgs 13/2013 art. 6", e.violations().get(0).source());
            }
        }
        assertDoesNotThrow(() -> DocumentIssuance.checkIssuingRegion(IssuedDocument.Kind.CERTIFICATE, rules("Campania", null)));
        assertEquals("Campania", rules(" Campania ", null).issuingRegionOrNull());
    }

    @Test
    void theEditionsRegionIsTheCataloguesAnswerAndTheStandardsIsTheFallback() {
        assertEquals("Abruzzo", rules("Abruzzo", "Abruzzo").issuingRegionOrNull());
        // a catalogue answer without issuingRegion: the standard's Region
        assertEquals("Abruzzo", rules(null, "Abruzzo").issuingRegionOrNull());
        assertDoesNotThrow(() -> DocumentIssuance.checkIssuingRegion(IssuedDocument.Kind.LEARNING_RECORD, rules(null, "Abruzzo")));
    }
}
