package it.formapro.attendance.register;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import it.formapro.attendance.DayTime;
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

@Schema(name = "RegisterRow", description = "One student's presence at the lesson: exactly one of minutesPresent, "
        + "hoursPresent, arrivedAt+leftAt, or spans (several arrivals and exits, e.g. "
        + "`[{\"arrivedAt\":\"09:00\",\"leftAt\":\"10:00\"},{\"arrivedAt\":\"10:20\",\"leftAt\":\"13:00\"}]`: "
        + "the minutes are their union, a minute in two spans counted once). Only the part inside the lesson counts; "
        + "times (or a span) with no minute inside the lesson's hours are refused, 422, except at an asynchronous "
        + "e-learning lesson, followed at any time of day. At an e-learning lesson a presence is the platform's tracked "
        + "entry and exit, arrivedAt+leftAt or spans (one per session); minutesPresent or hoursPresent there only as 0 "
        + "(absent), else 422. Both spans and arrivedAt/leftAt, or spans with minutesPresent or hoursPresent: 400",
        examples = "{\"studentId\": 5, \"spans\": [{\"arrivedAt\": \"09:00\", \"leftAt\": \"10:00\"}, "
                + "{\"arrivedAt\": \"10:20\", \"leftAt\": \"13:00\"}]}")
public record RegisterRow(
        @NotNull @Schema(examples = "5") Long studentId,
        @PositiveOrZero @Schema(description = "Minutes present (0 = absent)", examples = "225") Integer minutesPresent,
        // no presence outlasts a day, nor is finer than the 2 places of hours (docs/CONTRACTS.md); the lesson's own
        // length is checked by Presence.minutes
        @DecimalMin("0") @DecimalMax("24") @Digits(integer = 2, fraction = 2)
        @Schema(description = "Hours present, in hundredths (never more than the lesson)", examples = "3.75") BigDecimal hoursPresent,
        @Schema(description = "Arrival (late entry) or platform login time", examples = "09:15") LocalTime arrivedAt,
        @JsonDeserialize(using = DayTimeJson.EndTime.class)
        @Schema(description = "Exit (early leave) or platform logout time, on the lesson's day: 24:00 at midnight "
                + "(00:00 after a later arrival is read as 24:00, shown as 24:00:00); times going on past midnight "
                + "are a 400, recorded up to 24:00 here and from 00:00 at a lesson of the next day",
                examples = "13:00") LocalTime leftAt,
        @Size(min = 1, max = PresenceSpan.MAX_PER_ROW)
        @Schema(description = "Instead of arrivedAt+leftAt: several stretches of presence (platform sessions, a class "
                + "left and come back to), at most 20; their union counts, each clipped to the lesson's hours")
        List<@Valid @NotNull PresenceSpan> spans,
        @Schema(description = "Optional: the entry's version you read; a different current version is a 409 "
                + "(someone else changed it meanwhile)", examples = "0") Long version) {

    /** The row with its exits as meant: 00:00 after a later arrival is the end of the day (DayTime.endOf). */
    RegisterRow withEndOfDay() {
        List<PresenceSpan> ends = spans == null ? null
                : spans.stream().map(s -> s == null ? null : s.withEndOfDay()).toList();
        return new RegisterRow(studentId, minutesPresent, hoursPresent, arrivedAt, DayTime.endOf(arrivedAt, leftAt),
                ends, version);
    }
}
