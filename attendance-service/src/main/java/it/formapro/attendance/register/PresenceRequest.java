package it.formapro.attendance.register;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.PositiveOrZero;
import java.math.BigDecimal;
import java.time.LocalTime;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "PresenceRequest", description = "A student's presence at the lesson: exactly one of minutesPresent, "
        + "hoursPresent, or arrivedAt+leftAt (at an e-learning lesson: the platform's tracked arrivedAt+leftAt, or 0 for "
        + "absent). Times with no minute inside the lesson's hours are refused (422), except at an asynchronous "
        + "e-learning lesson")
public record PresenceRequest(
        @PositiveOrZero @Schema(examples = "225") Integer minutesPresent,
        // as RegisterRow: at most a day, in hundredths; the lesson's own length is checked by Presence.minutes
        @DecimalMin("0") @DecimalMax("24") @Digits(integer = 2, fraction = 2)
        @Schema(description = "Hours present, in hundredths (never more than the lesson)", examples = "3.75") BigDecimal hoursPresent,
        @Schema(examples = "09:15") LocalTime arrivedAt,
        @Schema(examples = "13:00") LocalTime leftAt,
        @Schema(description = "Optional: the entry's version you read (409 if it changed meanwhile)", examples = "0") Long version) {

    RegisterRow toRow(long studentId) {
        return new RegisterRow(studentId, minutesPresent, hoursPresent, arrivedAt, leftAt, version);
    }
}
