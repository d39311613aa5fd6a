package it.formapro.attendance.register;

import it.formapro.attendance.DayTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A student is in one place at a time. An internship day may overlap a class lesson in the calendar (the class goes on
 * while some students are at the company, see {@code LessonRules}), and a student may follow two editions; the minutes
 * one student is present on one day, at any lessons, must then fit in the time those presences can lie in without
 * a minute counted twice. DOMAIN.md: "Partial presence ... is recorded as time, not as a status: the thresholds are
 * in hours" - so an hour counted at two lessons would count twice towards the 80 % / 70 % threshold.
 */
public final class PresenceOverlap {

    public static final String RULE = "DOMAIN.md, Attendance: presence is recorded as time; a student is in one place "
            + "at a time, so presences at overlapping lessons cannot add up to more than the time they span";

    private PresenceOverlap() {
    }

    /**
     * Where a presence can lie, in minutes of the day [from, to) from 0 to 1440 (24:00), and how many minutes it
     * counts. A presence given as times lies where the times say (inside the lesson's hours, except asynchronous
     * e-learning, whose tracked time counts whenever it was spent); one given as minutes or hours may lie anywhere in
     * the lesson's hours (a late arrival, an early exit, a break away).
     */
    public record Span(int from, int to, int minutes) {

        public static Span of(int minutes, LocalTime arrivedAt, LocalTime leftAt, LocalTime lessonStart,
                              LocalTime lessonEnd, boolean anyTime) {
            if (arrivedAt == null || leftAt == null) {
                return new Span(minuteOf(lessonStart), minuteOf(lessonEnd), minutes);
            }
            if (anyTime) {
                return new Span(minuteOf(arrivedAt), minuteOf(leftAt), minutes);
            }
            Presence.Window inside = Presence.insideLesson(arrivedAt, leftAt, lessonStart, lessonEnd);
            return new Span(minuteOf(inside.from()), minuteOf(inside.to()), minutes);
        }

        public boolean overlaps(Span other) {
            return from < other.to && other.from < to;
        }

        public String times() {
            return DayTime.text(DayTime.atMinute(from)) + "-" + DayTime.text(DayTime.atMinute(to));
        }

        /** 0 to 1440: a presence up to 24:00 takes the day's last minute. */
        static int minuteOf(LocalTime t) {
            return DayTime.minuteOf(t);
        }
    }

    /**
     * Where a presence lies, as one {@link Span} per stretch of time: one for a presence given as minutes, hours or one
     * arrivedAt+leftAt pair ({@link Span#of}); one per window of the union of its spans when given as several (each
     * clipped to the lesson's hours, except asynchronous e-learning, see {@link Presence#union}), so a student away
     * 10:00-10:20 from a 09-13 lesson may be at another lesson in between. Each window counts its whole length; for
     * asynchronous e-learning logged for longer than the lesson only the lesson's minutes count, the earliest
     * windows first (the last one counted may then lie anywhere in its window).
     */
    public static List<Span> spans(int minutes, LocalTime arrivedAt, LocalTime leftAt, List<PresenceSpan> given,
                                   LocalTime lessonStart, LocalTime lessonEnd, boolean anyTime) {
        if (given == null || given.isEmpty()) {
            return List.of(Span.of(minutes, arrivedAt, leftAt, lessonStart, lessonEnd, anyTime));
        }
        List<Span> parts = new ArrayList<>();
        int left = minutes;
        for (Presence.Window w : Presence.union(given, lessonStart, lessonEnd, anyTime)) {
            int counted = Math.min(w.minutes(), left);
            if (counted > 0) {
                parts.add(new Span(Span.minuteOf(w.from()), Span.minuteOf(w.to()), counted));
                left -= counted;
            }
        }
        return parts;
    }

    /** Whether two presences, each as its stretches of time, share a minute where they may lie. */
    public static boolean overlap(List<Span> a, List<Span> b) {
        return a.stream().anyMatch(x -> b.stream().anyMatch(x::overlaps));
    }

    /** "09:00-10:00, 10:20-13:00": where a presence may lie, for a refusal. */
    public static String times(List<Span> spans) {
        return spans.stream().map(Span::times).collect(Collectors.joining(", "));
    }

    /**
     * Whether every presence can be given its minutes inside its span with no minute used twice. Earliest deadline
     * first, minute by minute, decides this exactly (it is optimal for interruptible work with release times and
     * deadlines); a day has 1 440 minutes and a student a handful of lessons in it.
     */
    public static boolean fits(Collection<Span> spans) {
        List<Span> bySpanEnd = spans.stream().filter(s -> s.minutes() > 0)
                .sorted(Comparator.comparingInt(Span::to)).toList();
        if (bySpanEnd.isEmpty()) {
            return true;
        }
        int[] left = bySpanEnd.stream().mapToInt(Span::minutes).toArray();
        int first = bySpanEnd.stream().mapToInt(Span::from).min().orElseThrow();
        int last = bySpanEnd.get(bySpanEnd.size() - 1).to();
        for (int minute = first; minute < last; minute++) {
            for (int i = 0; i < left.length; i++) { // the open presence whose span ends first takes this minute
                Span s = bySpanEnd.get(i);
                if (left[i] > 0 && s.from() <= minute && minute < s.to()) {
                    left[i]--;
                    break;
                }
            }
        }
        for (int l : left) {
            if (l > 0) {
                return false;
            }
        }
        return true;
    }
}
