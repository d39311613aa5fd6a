package it.formapro.attendance.register;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.PositiveOrZero;
import java.math.BigDecimal;
import java.time.LocalTime;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "PresenceRequest", description = "A student's presence at the lesson: exactly one of minutesPresent, "
        + "hoursPresent, or arrivedAt+leftAt (at an e-learning lesson: the platform's tracked arrivedAt+leftAt, or 0 for absent)")
public record PresenceRequest(
        @PositiveOrZero @Schema(examples = "225") Integer minutesPresent,
        @DecimalMin("0") @Schema(examples = "3.75") BigDecimal hoursPresent,
        @Schema(examples = "09:15") LocalTime arrivedAt,
        @Schema(examples = "13:00") LocalTime leftAt,
        @Schema(description = "Optional: the entry's version you read (409 if it changed meanwhile)", examples = "0") Long version) {

    RegisterRow toRow(long studentId) {
        return new RegisterRow(studentId, minutesPresent, hoursPresent, arrivedAt, leftAt, version);
    }
}
