package it.formapro.attendance.check;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The body of POST .../checks/{checkId}/annulment: why the check is annulled ({@link CheckAnnulment}). */
@Schema(name = "CheckAnnulmentRequest", description = "Why a learning check recorded by mistake is annulled")
public record CheckAnnulmentRequest(
        @NotBlank(message = CheckAnnulment.REASON_REQUIRED) @Size(max = CheckAnnulment.REASON_MAX_LENGTH)
        @Schema(description = "What was wrong (required, at most 500 characters; kept with the check, cleared on the "
                + "student's erasure)", examples = "Recorded under the wrong unit") String reason) {
}
