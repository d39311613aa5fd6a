package it.formapro.attendance.register;

import jakarta.validation.constraints.NotNull;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * One stretch of a presence given as several: an e-learning platform's session (login to logout), or the time in class
 * between leaving for a medical visit and coming back. Stored as two parallel arrays (Flyway V13).
 */
@Schema(name = "PresenceSpan", description = "One stretch of presence: arrival (or platform login) and exit (or "
        + "logout), leftAt after arrivedAt")
public record PresenceSpan(
        @NotNull @Schema(description = "Arrival or platform login", examples = "09:00") LocalTime arrivedAt,
        @NotNull @Schema(description = "Exit or platform logout, after arrivedAt", examples = "10:00") LocalTime leftAt) {

    /** At most this many spans in one row: a platform log of one lesson, or a class day with a few exits. */
    public static final int MAX_PER_ROW = 20;

    static final Comparator<PresenceSpan> BY_TIME = Comparator.comparing(PresenceSpan::arrivedAt)
            .thenComparing(PresenceSpan::leftAt);

    @Override
    public String toString() {
        return arrivedAt + "-" + leftAt;
    }

    /** The spans from the two parallel columns (null when the presence was not given as spans). */
    public static List<PresenceSpan> of(LocalTime[] arrivedAt, LocalTime[] leftAt) {
        if (arrivedAt == null || leftAt == null) {
            return null;
        }
        List<PresenceSpan> spans = new ArrayList<>(arrivedAt.length);
        for (int i = 0; i < arrivedAt.length && i < leftAt.length; i++) {
            spans.add(new PresenceSpan(arrivedAt[i], leftAt[i]));
        }
        return List.copyOf(spans);
    }

    /** "09:00-10:00 10:20-13:00": how the exports print the spans (blank when none). */
    public static String text(List<PresenceSpan> spans) {
        return spans == null ? "" : String.join(" ", spans.stream().map(PresenceSpan::toString).toList());
    }
}
