package it.formapro.attendance.register;

import it.formapro.attendance.lesson.LessonView;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalTime;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

public final class RegisterViews {

    private RegisterViews() {
    }

    @Schema(name = "Register", description = "A lesson's register: every participant expected at the lesson")
    public record Register(LessonView lesson, List<Entry> entries) {
    }

    @Schema(name = "RegisterEntry", description = "A student's presence at a lesson")
    public record Entry(
            @Schema(examples = "5") long studentId,
            @Schema(examples = "Mario") String firstName,
            @Schema(examples = "Rossi") String lastName,
            @Schema(description = "Whether a presence was recorded (not recorded counts as absent)") boolean recorded,
            @Schema(examples = "225") int minutesPresent,
            @Schema(examples = "3.75") BigDecimal hoursPresent,
            @Schema(description = "The presence as given in times: the e-learning platform's tracked entry, or a late "
                    + "arrival (the first arrival when given as spans); null when given as minutes or hours",
                    examples = "09:15", nullable = true) LocalTime arrivedAt,
            @Schema(description = "The tracked exit, or an early leave (the last exit when given as spans); "
                    + "24:00:00 at midnight; null when given as minutes or hours", examples = "13:00", nullable = true)
            LocalTime leftAt,
            @Schema(description = "The presence as given in several spans (platform sessions, a class left and come "
                    + "back to), in time order; null when given otherwise (one pair is arrivedAt+leftAt). "
                    + "minutesPresent is their union inside the lesson", nullable = true) List<PresenceSpan> spans,
            @Schema(description = "Version to send back for optimistic locking; null while nothing is recorded",
                    examples = "0", nullable = true) Long version,
            @Schema(description = "When the presence was last recorded; null while nothing is recorded", nullable = true)
            Instant updatedAt,
            @Schema(description = "Who last recorded it (user name from the token); null while nothing is recorded",
                    nullable = true) String updatedBy) {
    }

    @Schema(name = "RegisterChange", description = "One change of the register (audit trail)")
    public record Change(
            @Schema(examples = "88") long id,
            @Schema(examples = "31") long lessonId,
            @Schema(examples = "5") long studentId,
            @Schema(description = "Null when the student had no entry yet", examples = "240", nullable = true) Integer oldMinutes,
            @Schema(examples = "225") int newMinutes,
            @Schema(description = "Null when the student had no entry yet", examples = "4.00", nullable = true) BigDecimal oldHours,
            @Schema(examples = "3.75") BigDecimal newHours,
            @Schema(description = "The times the new presence was given as (null: minutes or hours; the first arrival "
                    + "when given as spans)", examples = "09:15", nullable = true) LocalTime arrivedAt,
            @Schema(description = "The last exit (24:00:00 at midnight; null: minutes or hours)", examples = "13:00",
                    nullable = true) LocalTime leftAt,
            @Schema(description = "The spans the new presence was given as, in time order (null: not given as several "
                    + "spans)", nullable = true) List<PresenceSpan> spans,
            @Schema(description = "User name from the token", examples = "tutor.rossi") String changedBy,
            Instant changedAt) {
    }
}
