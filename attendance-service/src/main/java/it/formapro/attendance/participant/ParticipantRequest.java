package it.formapro.attendance.participant;

import it.formapro.common.validation.PlausibleDate;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ParticipantRequest", description = "Registers a student in an edition, or updates the names; sent by "
        + "enrollment-service. A withdrawn participant is re-activated only by another enrollmentId")
public record ParticipantRequest(
        @Schema(description = "The enrollment in enrollment-service", examples = "7") Long enrollmentId,
        @NotBlank @Size(max = 100) @Schema(examples = "Mario") String firstName,
        @NotBlank @Size(max = 100) @Schema(examples = "Rossi") String lastName,
        @NotNull @PlausibleDate @Schema(description = "Day the student joined the course; earlier hours count as "
                + "absence under the default policy; 1850-01-01 to 2199-12-31", examples = "2027-01-11") LocalDate joinedOn) {
}
