package it.formapro.catalog.edition;

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
        + "a stale version is refused with 409.")
public record EditionRequest(
        @NotBlank @Size(max = 200) @Schema(description = "Training provider (soggetto attuatore)", examples = "Ente Formazione Demo") String provider,
        @NotBlank @Size(max = 40) @Schema(description = "Qualification code", examples = "001") String qualificationCode,
        @Min(1) @Schema(description = "Qualification version; omitted = the latest version (the edition stores the exact one)", examples = "1") Integer qualificationVersion,
        @NotBlank @Size(max = 300) @Schema(examples = "Addetto al servizio clienti - Pescara 2027") String title,
        @NotBlank @Size(max = 200) @Schema(examples = "Pescara, via Roma 1") String location,
        @NotNull @Schema(examples = "2027-01-11") LocalDate startDate,
        @NotNull @Schema(description = "Not before startDate", examples = "2027-06-30") LocalDate endDate,
        @NotNull @Positive @Digits(integer = 5, fraction = 2)
        @Schema(description = "Planned course hours; at least the standard's minimum total (internship excluded where the standard says so)", examples = "208") BigDecimal plannedHours,
        @DecimalMin("0") @Digits(integer = 5, fraction = 2)
        @Schema(description = "Planned internship hours; required and within the range where the standard sets one (001: 60-100)", examples = "80") BigDecimal plannedInternshipHours,
        @NotNull @Positive @Schema(description = "Places available", examples = "20") Integer capacity,
        @Min(0) @Schema(description = "PUT only: the edition's version as last read (optimistic locking)", examples = "0") Long version) {
}
