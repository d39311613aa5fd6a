package it.formapro.attendance.register;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import it.formapro.attendance.DayTime;
import it.formapro.attendance.DayTimeJson;
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
        + "logout), leftAt after arrivedAt, both on the lesson's day")
public record PresenceSpan(
        @NotNull @Schema(description = "Arrival or platform login", examples = "09:00") LocalTime arrivedAt,
        @NotNull @JsonDeserialize(using = DayTimeJson.EndTime.class)
        @Schema(description = "Exit or platform logout, after arrivedAt: 24:00 at midnight (00:00 after a later "
                + "arrival is read as 24:00, shown as 24:00:00); a session going on past midnight is recorded up to "
                + "24:00 here and from 00:00 at a lesson of the next day", examples = "10:00") LocalTime leftAt) {

    /** At most this many spans in one row: a platform log of one lesson, or a class day with a few exits. */
    public static final int MAX_PER_ROW = 20;

    static final Comparator<PresenceSpan> BY_TIME = Comparator.comparing(PresenceSpan::arrivedAt)
            .thenComparing(PresenceSpan::leftAt);

    /** The span with its exit as meant: 00:00 after a later arrival is the end of the day (DayTime.endOf). */
    PresenceSpan withEndOfDay() {
        return new PresenceSpan(arrivedAt, DayTime.endOf(arrivedAt, leftAt));
    }

    @Override
    public String toString() {
        return DayTime.text(arrivedAt) + "-" + DayTime.text(leftAt);
    }

    /**
     * The spans from the two parallel columns (null when the presence was not given as spans). An exit read as 00:00
     * is 24:00 ({@link DayTime#exitAsRead}): Hibernate reads the arrays' elements through java.sql.Time.
     */
    public static List<PresenceSpan> of(LocalTime[] arrivedAt, LocalTime[] leftAt) {
        if (arrivedAt == null || leftAt == null) {
            return null;
        }
        List<PresenceSpan> spans = new ArrayList<>(arrivedAt.length);
        for (int i = 0; i < arrivedAt.length && i < leftAt.length; i++) {
            spans.add(new PresenceSpan(arrivedAt[i], DayTime.exitAsRead(leftAt[i])));
        }
        return List.copyOf(spans);
    }

    /** "09:00-10:00 10:20-13:00": how the exports print the spans (blank when none). */
    public static String text(List<PresenceSpan> spans) {
        return spans == null ? "" : String.join(" ", spans.stream().map(PresenceSpan::toString).toList());
    }
}
