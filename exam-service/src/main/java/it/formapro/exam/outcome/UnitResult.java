package it.formapro.exam.outcome;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "UnitResult", description = "The board's assessment of one competence unit of the qualification")
public record UnitResult(
        @Schema(description = "Competence unit code (catalog-service competenceUnits[].code)", examples = "UC1")
        @NotBlank String code,
        @Schema(description = "Unit title, filled from the catalogue", examples = "Accoglienza del cliente", readOnly = true)
        String title,
        @Schema(description = "Whether the candidate showed the unit's competence", examples = "true")
        @NotNull Boolean passed) {
}
