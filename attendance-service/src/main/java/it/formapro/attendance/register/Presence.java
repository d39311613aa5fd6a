package it.formapro.attendance.register;

import it.formapro.attendance.Hours;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalTime;

/**
 * Turns a presence as given by the tutor (minutes, hours, or arrival/exit times such as an e-learning platform's
 * tracked entry and exit) into whole minutes within the lesson. DOMAIN.md: partial presence is time, not a status.
 */
public final class Presence {

    /** DOMAIN.md, Attendance: "E-learning hours come with the platform's tracked entry and exit times." */
    public static final String TRACKED_TIMES_RULE = "DOMAIN.md: e-learning hours come with the platform's tracked entry and exit times";

    private Presence() {
    }

    /**
     * Whether a presence is given as a count of time attended (minutes or hours above zero) rather than as times:
     * for an e-learning lesson only the platform's log says how long a student was there, so a count is refused;
     * zero (absent) needs no log.
     */
    public static boolean untrackedAttendance(Integer minutesPresent, BigDecimal hoursPresent) {
        return (minutesPresent != null && minutesPresent > 0) || (hoursPresent != null && hoursPresent.signum() > 0);
    }

    /** The part of a presence given as times that lies inside the lesson's hours: empty (from = to) if none. */
    public record Window(LocalTime from, LocalTime to) {
        public int minutes() {
            return (int) Duration.between(from, to).toMinutes();
        }
    }

    /** Only the time inside the lesson counts (except for asynchronous e-learning, whose time counts whenever). */
    public static Window insideLesson(LocalTime arrivedAt, LocalTime leftAt, LocalTime lessonStart, LocalTime lessonEnd) {
        LocalTime from = arrivedAt.isAfter(lessonStart) ? arrivedAt : lessonStart;
        LocalTime to = leftAt.isBefore(lessonEnd) ? leftAt : lessonEnd;
        return new Window(from, to.isAfter(from) ? to : from);
    }

    /** A presence that cannot be accepted, with the reason. */
    public static final class Invalid extends RuntimeException {
        public final boolean exceedsLesson;

        Invalid(String message, boolean exceedsLesson) {
            super(message);
            this.exceedsLesson = exceedsLesson;
        }
    }

    /**
     * @param anyTime true for asynchronous e-learning: the platform's tracked time counts whenever it was spent
     *                (up to the lesson's duration); otherwise only the time inside the lesson's hours counts
     */
    public static int minutes(Integer minutesPresent, BigDecimal hoursPresent, LocalTime arrivedAt, LocalTime leftAt,
                              LocalTime lessonStart, LocalTime lessonEnd, boolean anyTime) {
        int lessonMinutes = (int) Duration.between(lessonStart, lessonEnd).toMinutes();
        boolean times = arrivedAt != null || leftAt != null;
        int forms = (minutesPresent != null ? 1 : 0) + (hoursPresent != null ? 1 : 0) + (times ? 1 : 0);
        if (forms != 1) {
            throw new Invalid("give exactly one of minutesPresent, hoursPresent, or arrivedAt+leftAt", false);
        }
        int minutes;
        if (minutesPresent != null) {
            minutes = minutesPresent;
        } else if (hoursPresent != null) {
            if (hoursPresent.signum() < 0) {
                throw new Invalid("hoursPresent must not be negative", false);
            }
            minutes = (int) Hours.toMinutes(hoursPresent);
        } else {
            if (arrivedAt == null || leftAt == null || !leftAt.isAfter(arrivedAt)) {
                throw new Invalid("arrivedAt and leftAt are both needed, leftAt after arrivedAt", false);
            }
            if (anyTime) {
                minutes = (int) Math.min(Duration.between(arrivedAt, leftAt).toMinutes(), lessonMinutes);
            } else {
                minutes = insideLesson(arrivedAt, leftAt, lessonStart, lessonEnd).minutes();
            }
        }
        if (minutes < 0) {
            throw new Invalid("presence must not be negative", false);
        }
        if (minutes > lessonMinutes) {
            throw new Invalid("presence of " + Hours.ofMinutes(minutes) + " h (" + minutes + " min) exceeds the lesson's "
                    + Hours.ofMinutes(lessonMinutes) + " h (" + lessonMinutes + " min)", true);
        }
        return minutes;
    }
}
