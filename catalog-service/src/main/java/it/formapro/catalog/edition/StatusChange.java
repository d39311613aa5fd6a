package it.formapro.catalog.edition;

import jakarta.validation.constraints.NotNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "StatusChange", description = "Move an edition to its next status: PLANNED -> OPEN | CLOSED, OPEN -> RUNNING | CLOSED, RUNNING -> CLOSED")
public record StatusChange(
        @NotNull @Schema(examples = "OPEN") EditionStatus status,
        @Schema(description = "Optional optimistic-lock check: the version as last read", examples = "0") Long version) {
}
