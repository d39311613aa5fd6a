package it.formapro.attendance.register;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import it.formapro.attendance.DayTimeJson;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalTime;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "PresenceRequest", description = "A student's presence at the lesson: exactly one of minutesPresent, "
        + "hoursPresent, arrivedAt+leftAt, or spans (several arrivals and exits, their union counted; at an e-learning "
        + "lesson: the platform's tracked arrivedAt+leftAt or sessions as spans, or 0 for absent). Times (or a span) "
        + "with no minute inside the lesson's hours are refused (422), except at an asynchronous e-learning lesson",
        examples = "{\"spans\": [{\"arrivedAt\": \"09:00\", \"leftAt\": \"10:00\"}, "
                + "{\"arrivedAt\": \"10:20\", \"leftAt\": \"13:00\"}]}")
public record PresenceRequest(
        @PositiveOrZero @Schema(examples = "225") Integer minutesPresent,
        // as RegisterRow: at most a day, in hundredths; the lesson's own length is checked by Presence.minutes
        @DecimalMin("0") @DecimalMax("24") @Digits(integer = 2, fraction = 2)
        @Schema(description = "Hours present, in hundredths (never more than the lesson)", examples = "3.75") BigDecimal hoursPresent,
        @Schema(examples = "09:15") LocalTime arrivedAt,
        @JsonDeserialize(using = DayTimeJson.EndTime.class)
        @Schema(description = "On the lesson's day: 24:00 at midnight (00:00 after a later arrival is read as "
                + "24:00)", examples = "13:00") LocalTime leftAt,
        @Size(min = 1, max = PresenceSpan.MAX_PER_ROW)
        @Schema(description = "Instead of arrivedAt+leftAt: several stretches of presence, at most 20; their union "
                + "counts, each clipped to the lesson's hours") List<@Valid @NotNull PresenceSpan> spans,
        @Schema(description = "Optional: the entry's version you read (409 if it changed meanwhile)", examples = "0") Long version) {

    RegisterRow toRow(long studentId) {
        return new RegisterRow(studentId, minutesPresent, hoursPresent, arrivedAt, leftAt, spans, version);
    }
}
