package it.formapro.attendance.participant;

import it.formapro.common.validation.PlausibleDate;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "WithdrawalRequest", description = "A student leaves the edition")
public record WithdrawalRequest(
        @NotNull @PlausibleDate @Schema(description = "1850-01-01 to 2199-12-31", examples = "2027-02-01") LocalDate withdrawnOn,
        @Size(max = 500) @Schema(description = "Why the student left, free text: shown to admin and frontdesk only, "
                + "cleared by the erasure and not kept for a student already erased", examples = "Found a job") String reason) {
}
