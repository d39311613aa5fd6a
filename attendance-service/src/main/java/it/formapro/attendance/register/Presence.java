package it.formapro.attendance.register;

import static it.formapro.common.problem.ProblemException.figures;

import it.formapro.attendance.DayTime;
import it.formapro.attendance.Hours;
import java.math.BigDecimal;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Turns a presence as given by the tutor (minutes, hours, or arrival/exit times such as an e-learning platform's
 * tracked entry and exit) into whole minutes within the lesson. DOMAIN.md: partial presence is time, not a status.
 */
public final class Presence {

    /** DOMAIN.md, Attendance: "E-learning hours come with the platform's tracked entry and exit times." */
    public static final String TRACKED_TIMES_RULE = "DOMAIN.md: e-learning hours come with the platform's tracked entry and exit times";

    /** DOMAIN.md, Attendance: "Partial presence (late arrival, early leave) is recorded as time": time in the lesson. */
    public static final String INSIDE_LESSON_RULE = "DOMAIN.md: partial presence is recorded as time, the time inside the "
            + "lesson's hours (asynchronous e-learning: whenever the platform logged it)";

    /** Presence is never more than the lesson. */
    public static final String WITHIN_LESSON_RULE = "Presence is never more than the lesson";

    /**
     * No lesson is longer than a day (its times lie in one day), so neither is a presence: hours above this are
     * refused before they are turned into minutes, which they could overflow (1e20 h) or wrap (71582789.27 h as an
     * int is 60 min). RegisterRow and PresenceRequest refuse them already ({@code @DecimalMax}).
     */
    public static final BigDecimal MAX_HOURS = BigDecimal.valueOf(24);

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
            return DayTime.minutesBetween(from, to);
        }
    }

    /** Only the time inside the lesson counts (except for asynchronous e-learning, whose time counts whenever). */
    public static Window insideLesson(LocalTime arrivedAt, LocalTime leftAt, LocalTime lessonStart, LocalTime lessonEnd) {
        LocalTime from = arrivedAt.isAfter(lessonStart) ? arrivedAt : lessonStart;
        LocalTime to = leftAt.isBefore(lessonEnd) ? leftAt : lessonEnd;
        return new Window(from, to.isAfter(from) ? to : from);
    }

    /**
     * The time a presence given as spans covers, as windows in time order with no minute in two of them (overlapping or
     * touching spans are merged: a minute is counted once). Each span is clipped to the lesson's hours unless
     * {@code anyTime} (asynchronous e-learning); a span with no minute inside them is left out.
     */
    public static List<Window> union(List<PresenceSpan> spans, LocalTime lessonStart, LocalTime lessonEnd, boolean anyTime) {
        List<Window> windows = new ArrayList<>();
        for (PresenceSpan span : spans.stream().sorted(PresenceSpan.BY_TIME).toList()) {
            Window w = anyTime ? new Window(span.arrivedAt(), span.leftAt())
                    : insideLesson(span.arrivedAt(), span.leftAt(), lessonStart, lessonEnd);
            if (w.minutes() <= 0) {
                continue;
            }
            Window last = windows.isEmpty() ? null : windows.get(windows.size() - 1);
            if (last != null && !w.from().isAfter(last.to())) {
                if (w.to().isAfter(last.to())) {
                    windows.set(windows.size() - 1, new Window(last.from(), w.to()));
                }
            } else {
                windows.add(w);
            }
        }
        return windows;
    }

    /**
     * Refuses a row that gives its presence in more than one way, or in none (400): exactly one of minutesPresent,
     * hoursPresent, arrivedAt+leftAt, or spans.
     */
    public static void oneForm(Integer minutesPresent, BigDecimal hoursPresent, LocalTime arrivedAt, LocalTime leftAt,
                               List<PresenceSpan> spans) {
        boolean times = arrivedAt != null || leftAt != null;
        if (times && spans != null) {
            throw new Invalid("give either spans or one arrivedAt+leftAt pair, not both (several spans: put every "
                    + "arrival and exit in spans)", Invalid.Kind.MALFORMED);
        }
        int forms = (minutesPresent != null ? 1 : 0) + (hoursPresent != null ? 1 : 0) + (times || spans != null ? 1 : 0);
        if (forms != 1) {
            throw new Invalid(spans != null
                    ? "spans already give the presence: leave out minutesPresent and hoursPresent"
                    : "give exactly one of minutesPresent, hoursPresent, arrivedAt+leftAt, or spans", Invalid.Kind.MALFORMED);
        }
    }

    /** A presence that cannot be accepted, with the reason. */
    public static final class Invalid extends RuntimeException {

        /** MALFORMED: the request cannot be read as a presence (400); the others break a rule of the lesson (422). */
        public enum Kind { MALFORMED, EXCEEDS_LESSON, OUTSIDE_LESSON }

        public final Kind kind;
        /** The numbers behind a rule broken, or null. */
        public final Map<String, Object> figures;

        Invalid(String message, Kind kind) {
            this(message, kind, null);
        }

        Invalid(String message, Kind kind, Map<String, Object> figures) {
            super(message);
            this.kind = kind;
            this.figures = figures;
        }

        /** The rule broken, for a refusal; null for a malformed presence. */
        public String rule() {
            return switch (kind) {
                case MALFORMED -> null;
                case EXCEEDS_LESSON -> WITHIN_LESSON_RULE;
                case OUTSIDE_LESSON -> INSIDE_LESSON_RULE;
            };
        }
    }

    /**
     * The minutes of a presence given as minutes, hours, one arrivedAt+leftAt pair, or several spans (an e-learning
     * platform's sessions, a class left and come back to): the minutes of spans are their union (a minute in two spans
     * counts once), each span clipped to the lesson's hours as one pair is; times with no minute inside them are
     * refused ({@link Invalid.Kind#OUTSIDE_LESSON}).
     *
     * @param spans   null unless the presence is given as spans
     * @param anyTime true for asynchronous e-learning: the platform's tracked time counts whenever it was spent
     *                (up to the lesson's duration); otherwise only the time inside the lesson's hours counts
     */
    public static int minutes(Integer minutesPresent, BigDecimal hoursPresent, LocalTime arrivedAt, LocalTime leftAt,
                              List<PresenceSpan> spans, LocalTime lessonStart, LocalTime lessonEnd, boolean anyTime) {
        int lessonMinutes = DayTime.minutesBetween(lessonStart, lessonEnd);
        oneForm(minutesPresent, hoursPresent, arrivedAt, leftAt, spans);
        int minutes;
        if (spans != null) {
            minutes = spanMinutes(spans, lessonStart, lessonEnd, lessonMinutes, anyTime);
        } else if (minutesPresent != null) {
            minutes = minutesPresent;
        } else if (hoursPresent != null) {
            if (hoursPresent.signum() < 0) {
                throw new Invalid("hoursPresent must not be negative", Invalid.Kind.MALFORMED);
            }
            // compared before converting, so no value can overflow or wrap into a plausible count of minutes
            if (hoursPresent.compareTo(MAX_HOURS) > 0) {
                throw new Invalid("hoursPresent " + hoursPresent + " exceeds the lesson's " + Hours.ofMinutes(lessonMinutes)
                        + " h (" + lessonMinutes + " min): no presence is longer than a day", Invalid.Kind.EXCEEDS_LESSON);
            }
            minutes = Math.toIntExact(Hours.toMinutes(hoursPresent));
        } else {
            if (arrivedAt == null || leftAt == null || !leftAt.isAfter(arrivedAt)) {
                throw new Invalid("arrivedAt and leftAt are both needed, leftAt after arrivedAt"
                        + pastMidnight(arrivedAt, leftAt), Invalid.Kind.MALFORMED);
            }
            if (anyTime) {
                minutes = Math.min(DayTime.minutesBetween(arrivedAt, leftAt), lessonMinutes);
            } else {
                minutes = insideLesson(arrivedAt, leftAt, lessonStart, lessonEnd).minutes();
                if (minutes == 0) {
                    // not a minute inside the lesson: a typo or a lesson moved, not an absence (which is 0, without times)
                    throw new Invalid("arrivedAt-leftAt " + arrivedAt + "-" + DayTime.text(leftAt) + " lie wholly outside "
                            + "the lesson's hours " + lessonStart + "-" + DayTime.text(lessonEnd) + ": correct the times "
                            + "(or the lesson, if it was moved), or record an absence as minutesPresent 0",
                            Invalid.Kind.OUTSIDE_LESSON, figures("arrivedAt", arrivedAt.toString(),
                                    "leftAt", DayTime.text(leftAt), "lessonStart", lessonStart.toString(),
                                    "lessonEnd", DayTime.text(lessonEnd)));
                }
            }
        }
        if (minutes < 0) {
            throw new Invalid("presence must not be negative", Invalid.Kind.MALFORMED);
        }
        if (minutes > lessonMinutes) {
            throw new Invalid("presence of " + Hours.ofMinutes(minutes) + " h (" + minutes + " min) exceeds the lesson's "
                    + Hours.ofMinutes(lessonMinutes) + " h (" + lessonMinutes + " min)", Invalid.Kind.EXCEEDS_LESSON);
        }
        return minutes;
    }

    /**
     * What to do with times whose exit comes before the arrival: a register row's times are of its lesson's day, so
     * time going on past midnight (a platform session 23:00-00:30) is two days' time, recorded on each day's lesson;
     * it may as well be a typo, hence "if". Empty when the exit is not before the arrival.
     */
    private static String pastMidnight(LocalTime arrivedAt, LocalTime leftAt) {
        if (arrivedAt == null || leftAt == null || !leftAt.isBefore(arrivedAt)) {
            return "";
        }
        return ": the times are of the lesson's day, which ends at 24:00 (00:00 after a later arrival); if they go on "
                + "past midnight, record " + arrivedAt + "-24:00 at this lesson and 00:00-" + leftAt
                + " at a lesson of the next day";
    }

    private static int spanMinutes(List<PresenceSpan> spans, LocalTime lessonStart, LocalTime lessonEnd,
                                   int lessonMinutes, boolean anyTime) {
        if (spans.isEmpty() || spans.size() > PresenceSpan.MAX_PER_ROW) {
            throw new Invalid("spans: give from 1 to " + PresenceSpan.MAX_PER_ROW + " spans", Invalid.Kind.MALFORMED);
        }
        for (int i = 0; i < spans.size(); i++) {
            PresenceSpan span = spans.get(i);
            if (span == null || span.arrivedAt() == null || span.leftAt() == null || !span.leftAt().isAfter(span.arrivedAt())) {
                throw new Invalid("spans[" + i + "]: arrivedAt and leftAt are both needed, leftAt after arrivedAt"
                        + (span == null ? "" : " (" + span + ")" + pastMidnight(span.arrivedAt(), span.leftAt())),
                        Invalid.Kind.MALFORMED);
            }
        }
        if (!anyTime) {
            for (int i = 0; i < spans.size(); i++) {
                PresenceSpan span = spans.get(i);
                if (insideLesson(span.arrivedAt(), span.leftAt(), lessonStart, lessonEnd).minutes() == 0) {
                    // as one pair: not a minute inside the lesson is a typo or a lesson moved, not a stretch of presence
                    throw new Invalid("spans[" + i + "] " + span + " lies wholly outside the lesson's hours "
                            + lessonStart + "-" + DayTime.text(lessonEnd) + ": correct the times (or the lesson, if it "
                            + "was moved), or leave the span out", Invalid.Kind.OUTSIDE_LESSON,
                            figures("span", i, "arrivedAt", span.arrivedAt().toString(),
                                    "leftAt", DayTime.text(span.leftAt()), "lessonStart", lessonStart.toString(),
                                    "lessonEnd", DayTime.text(lessonEnd)));
                }
            }
        }
        int union = union(spans, lessonStart, lessonEnd, anyTime).stream().mapToInt(Window::minutes).sum();
        // asynchronous e-learning: the tracked time counts up to the lesson's duration, as for one pair
        return anyTime ? Math.min(union, lessonMinutes) : union;
    }
}
