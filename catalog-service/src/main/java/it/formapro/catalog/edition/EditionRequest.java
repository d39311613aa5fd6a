package it.formapro.catalog.edition;

import it.formapro.common.text.OptionalText;
import it.formapro.common.validation.PlausibleDate;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What an admin sends to create (POST) or replace (PUT) a course edition. */
@Schema(name = "EditionRequest", description = "A course edition to create or replace. On PUT, `version` (from the last read) is required: "
        + "a stale version is refused with 409. On a CLOSED edition only providerAccreditation and issuingRegion may differ "
        + "from the edition's values.")
public record EditionRequest(
        @NotBlank @Size(max = 200) @Schema(description = "Training provider (soggetto attuatore)", examples = "Ente Formazione Demo") String provider,
        @Size(max = 300) @Schema(description = EditionRequest.PROVIDER_ACCREDITATION + " Optional, so an edition can be "
                + "planned before they are known; blank means absent. PUT replaces the edition: send the value again or "
                + "it is cleared (on a CLOSED edition, where it may still be recorded or corrected, it cannot be "
                + "cleared).", maxLength = 300,
                examples = EditionRequest.PROVIDER_ACCREDITATION_EXAMPLE) String providerAccreditation,
        @Size(max = 60) @Schema(description = EditionRequest.ISSUING_REGION + " Optional: absent or blank = the "
                + "standard's Region; where the standard names one, only that Region is accepted.", maxLength = 60,
                examples = "Abruzzo") String issuingRegion,
        @NotBlank @Size(max = 40) @Schema(description = "Qualification code", examples = "001") String qualificationCode,
        @Min(1) @Schema(description = "Qualification version; omitted = the latest version (the edition stores the exact one)", examples = "1") Integer qualificationVersion,
        @NotBlank @Size(max = 300) @Schema(examples = "Addetto al servizio clienti - Pescara 2027") String title,
        @NotBlank @Size(max = 200) @Schema(examples = "Pescara, via Roma 1") String location,
        @NotNull @PlausibleDate @Schema(description = "1850-01-01 to 2199-12-31", examples = "2027-01-11") LocalDate startDate,
        @NotNull @PlausibleDate @Schema(description = "Not before startDate; 1850-01-01 to 2199-12-31", examples = "2027-06-30") LocalDate endDate,
        @NotNull @Positive @Digits(integer = 5, fraction = 2)
        @Schema(description = "Planned course hours; at least the standard's minimum total (internship excluded where the standard says so)", examples = "208") BigDecimal plannedHours,
        @DecimalMin("0") @Digits(integer = 5, fraction = 2)
        @Schema(description = "Planned internship hours; required and within the range where the standard sets one (001: 60-100)", examples = "80") BigDecimal plannedInternshipHours,
        @NotNull @Positive @Schema(description = "Places available", examples = "20") Integer capacity,
        @Min(0) @Schema(description = "PUT only: the edition's version as last read (optimistic locking)", examples = "0") Long version) {

    /** Shared by the request, the edition view and the rules document, so the three say the same. */
    public static final String PROVIDER_ACCREDITATION = "The provider's accreditation references: the Region that "
            + "accredited it, the act (number and date) and the provider's code in the regional register. D.lgs 13/2013 "
            + "art. 6 requires them on every certificate and learning record, next to the provider's name, so "
            + "exam-service refuses to issue documents for an edition without them (422 provider-accreditation-missing).";
    public static final String PROVIDER_ACCREDITATION_EXAMPLE =
            "Regione Abruzzo, accreditamento DD n. 123/DPG010 del 2024, codice ente A0123";

    /** Shared by the request, the edition view and the rules document. */
    public static final String ISSUING_REGION = "The Region that issues the edition's certificates (D.lgs 13/2013 art. 6: "
            + "the public authority named on every certificate): the Region of the standard's repertorio, or, for a "
            + "standard that names none (000), the Region that authorised the edition. exam-service refuses to issue "
            + "documents while it is unknown (422 issuing-region-missing).";

    /** The issuing Region trimmed, without a leading "Regione "; blank counts as absent. */
    public String issuingRegionOrNull() {
        if (issuingRegion == null || issuingRegion.isBlank()) {
            return null;
        }
        String region = issuingRegion.trim();
        return region.regionMatches(true, 0, "Regione ", 0, 8) ? region.substring(8).trim() : region;
    }

    /** The accreditation references trimmed; blank counts as absent. */
    public String providerAccreditationOrNull() {
        return OptionalText.strippedOrNull(providerAccreditation);
    }
}
