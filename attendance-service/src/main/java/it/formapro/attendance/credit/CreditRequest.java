package it.formapro.attendance.credit;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "CreditRequest", description = "An attendance credit to recognise: on a training unit (unitCode) or "
        + "on the internship (internship=true, no unitCode)")
public record CreditRequest(
        @Size(max = 40) @Schema(description = "The training unit credited", examples = "4") String unitCode,
        @Schema(description = "Credit on the internship instead of a unit", examples = "false") boolean internship,
        @NotNull @DecimalMin(value = "0.01") @DecimalMax("9999") @Digits(integer = 4, fraction = 2)
        @Schema(description = "Hours recognised", examples = "10.00") BigDecimal hours,
        @NotBlank @Size(max = 500) @Schema(description = "The prior learning the credit rests on",
                examples = "Informatica di base: ECDL Full Standard 2024") String reason,
        @Schema(description = "The student holds the certificate the unit's credit condition requires (001 URA 13: "
                + "course under the Accordo Stato-Regioni 21/12/2011)", examples = "false") boolean certificateHeld) {
}
