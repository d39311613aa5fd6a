package it.formapro.enrollment.enrollment;

import static org.junit.jupiter.api.Assertions.assertEquals;

import it.formapro.enrollment.eligibility.CefrLevel;
import it.formapro.enrollment.eligibility.Evidence;
import it.formapro.enrollment.eligibility.Evidence.LanguageCertificate;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Held documents stay readable when the evidence's shape changes: a field written once and dropped since is ignored. */
class EvidenceJsonTest {

    private final EvidenceJson json = new EvidenceJson();

    @Test
    void aStoredFieldTheEvidenceNoLongerHasIsIgnored() {
        Evidence read = json.convertToEntityAttribute("{\"italianCertificate\":{\"level\":\"B1\",\"issuer\":\"CILS\","
                + "\"issuedOn\":\"2025-05-20\",\"verifiedBy\":\"x\"},\"drivingLicence\":{\"category\":\"B\"}}");
        assertEquals(new Evidence(null, new LanguageCertificate(CefrLevel.B1, "CILS", LocalDate.of(2025, 5, 20)), null,
                null, null, null, null), read);
    }

    @Test
    void whatItWritesItReadsBack() {
        Evidence e = new Evidence(null, new LanguageCertificate(CefrLevel.B2, null, null), null, null, null, true, null);
        assertEquals(e, json.convertToEntityAttribute(json.convertToDatabaseColumn(e)));
    }
}
