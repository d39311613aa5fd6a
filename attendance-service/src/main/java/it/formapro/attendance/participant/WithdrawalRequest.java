package it.formapro.attendance.participant;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "WithdrawalRequest", description = "A student leaves the edition")
public record WithdrawalRequest(
        @NotNull @Schema(examples = "2027-02-01") LocalDate withdrawnOn,
        @Size(max = 500) @Schema(examples = "Found a job") String reason) {
}
