package it.formapro.attendance.check;

import it.formapro.common.validation.PlausibleDate;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "CheckRequest", description = "The learning check (verifica) of a training unit for a student")
public record CheckRequest(
        @NotBlank @Size(max = 40) @Schema(examples = "2") String unitCode,
        @NotNull @PlausibleDate @Schema(description = "The day the check took place: not in the future, nor after the "
                + "student left or the edition ended (422); 1850-01-01 to 2199-12-31", examples = "2026-11-20") LocalDate date,
        @NotNull @Schema(examples = "PASSED") LearningCheck.Outcome outcome,
        @DecimalMin("0") @Digits(integer = 4, fraction = 2) @Schema(description = "Score, on the provider's scale", examples = "27.5")
        BigDecimal score,
        @Size(max = 1000) @Schema(examples = "Written test, 30 questions") String notes) {
}
