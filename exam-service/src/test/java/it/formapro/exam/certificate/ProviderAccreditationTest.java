package it.formapro.exam.certificate;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.formapro.common.problem.ProblemException;
import it.formapro.exam.catalog.EditionRules;
import java.util.List;
import org.junit.jupiter.api.Test;

/** D.lgs 13/2013 art. 6: no document without the provider's accreditation references. Plain Java, no HTTP. */
class ProviderAccreditationTest {

    static EditionRules rules(String accreditation) {
        return new EditionRules(40, "Corso", "Ente Demo", accreditation, "Abruzzo", null, null, null, null, "RUNNING", null, null,
                null, List.of(), List.of());
    }

    @Test
    void anEditionWithoutAccreditationReferencesIssuesNothing() {
        for (String missing : new String[] {null, "", "   "}) {
            for (IssuedDocument.Kind kind : IssuedDocument.Kind.values()) {
                ProblemException e = assertThrows(ProblemException.class,
                        () -> DocumentIssuance.checkProviderAccreditation(kind, rules(missing)));
                assertEquals(422, e.status());
                assertEquals("provider-accreditation-missing", e.slug());
                assertTrue(e.getMessage().contains("PUT /editions/40, providerAccreditation"), e.getMessage());
                // exams are held on CLOSED editions, where the catalogue still takes the field
                assertTrue(e.getMessage().contains("even once the edition is CLOSED (send the edition as read, with "
                        + "only this field changed)"), e.getMessage());
                assertTrue(e.getMessage().contains(kind.italianTitle), e.getMessage());
                assertEquals("D.lgs 13/2013 art. 6", e.violations().get(0).source());
            }
        }
    }

    @Test
    void theReferencesAreTakenTrimmed() {
        assertDoesNotThrow(() -> DocumentIssuance.checkProviderAccreditation(IssuedDocument.Kind.CERTIFICATE,
                rules("codice ente A0123")));
        assertEquals("codice ente A0123", rules("  codice ente A0123 ").providerAccreditationOrNull());
    }
}
