package it.formapro.attendance.register;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.formapro.attendance.DayTime;
import java.math.BigDecimal;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class PresenceTest {

    private static final LocalTime NINE = LocalTime.of(9, 0), ONE = LocalTime.of(13, 0);

    private static int minutes(Integer m, String h, String in, String out, boolean anyTime) {
        return Presence.minutes(m, h == null ? null : new BigDecimal(h), in == null ? null : LocalTime.parse(in),
                out == null ? null : LocalTime.parse(out), null, NINE, ONE, anyTime);
    }

    @Test
    void partialPresenceInMinutesHoursOrTimes() {
        assertEquals(225, minutes(225, null, null, null, false));
        assertEquals(135, minutes(null, "2.25", null, null, false));
        assertEquals(20, minutes(null, "0.33", null, null, false));
        assertEquals(195, minutes(null, null, "09:15", "12:30", false));
        assertEquals(180, minutes(null, null, "08:00", "12:00", false), "time before the lesson does not count");
        assertEquals(1, minutes(null, null, "12:59", "15:00", false), "a minute inside is a presence");
    }

    @Test
    void timesWhollyOutsideTheLessonAreRefusedNotSavedAsAnAbsence() {
        // a typo or a lesson moved: no minute of them lies in the lesson, so they cannot be what the tutor meant
        for (String[] times : new String[][] {{"14:00", "15:00"}, {"13:00", "14:00"}, {"07:00", "09:00"}}) {
            Presence.Invalid outside = assertThrows(Presence.Invalid.class,
                    () -> minutes(null, null, times[0], times[1], false), times[0] + "-" + times[1]);
            assertEquals(Presence.Invalid.Kind.OUTSIDE_LESSON, outside.kind);
            assertTrue(outside.getMessage().contains(times[0] + "-" + times[1]), outside.getMessage());
            assertTrue(outside.getMessage().contains("09:00-13:00"), outside.getMessage());
        }
        // asynchronous e-learning is followed at any time of day
        assertEquals(60, minutes(null, null, "14:00", "15:00", true));
    }

    @Test
    void hoursFarBeyondAnyLessonAreRefusedExactlyNeverWrapped() {
        // 71582789.27 h is 4294967356 min, which an int cast wraps to 60; 1e20 h overflows a long
        for (String hours : new String[] {"71582789.27", "1e20", "24.01", "4.01"}) {
            Presence.Invalid over = assertThrows(Presence.Invalid.class, () -> minutes(null, hours, null, null, false), hours);
            assertEquals(Presence.Invalid.Kind.EXCEEDS_LESSON, over.kind, hours);
        }
        assertEquals(240, minutes(null, "4.00", null, null, false));
    }

    @Test
    void asynchronousElearningCountsTheTrackedTimeWheneverSpentUpToTheLesson() {
        assertEquals(90, minutes(null, null, "20:00", "21:30", true));
        assertEquals(240, minutes(null, null, "14:00", "23:00", true));
    }

    @Test
    void neverMoreThanTheLessonNorNegativeNorAmbiguous() {
        Presence.Invalid over = assertThrows(Presence.Invalid.class, () -> minutes(241, null, null, null, false));
        assertEquals(Presence.Invalid.Kind.EXCEEDS_LESSON, over.kind);
        assertEquals(Presence.Invalid.Kind.EXCEEDS_LESSON,
                assertThrows(Presence.Invalid.class, () -> minutes(null, "4.01", null, null, false)).kind);
        assertEquals(Presence.Invalid.Kind.MALFORMED,
                assertThrows(Presence.Invalid.class, () -> minutes(-1, null, null, null, false)).kind);
        assertEquals(Presence.Invalid.Kind.MALFORMED,
                assertThrows(Presence.Invalid.class, () -> minutes(null, "-0.5", null, null, false)).kind);
        assertThrows(Presence.Invalid.class, () -> minutes(10, "1", null, null, false));
        assertThrows(Presence.Invalid.class, () -> minutes(null, null, null, null, false));
        assertThrows(Presence.Invalid.class, () -> minutes(null, null, "10:00", null, false));
        assertThrows(Presence.Invalid.class, () -> minutes(null, null, "11:00", "10:00", false));
    }

    @Test
    void aCountOfTimeAttendedIsUntrackedAnAbsenceOrTimesAreNot() {
        // e-learning: only the platform's entry and exit say how long a student was there (DOMAIN.md)
        assertTrue(Presence.untrackedAttendance(90, null));
        assertTrue(Presence.untrackedAttendance(null, new BigDecimal("1.5")));
        assertFalse(Presence.untrackedAttendance(0, null));
        assertFalse(Presence.untrackedAttendance(null, BigDecimal.ZERO));
        assertFalse(Presence.untrackedAttendance(null, null));
    }

    /** "09:00-10:00 10:20-13:00" as spans. */
    static List<PresenceSpan> spans(String text) {
        List<PresenceSpan> spans = new ArrayList<>();
        for (String span : text.split(" ")) {
            String[] t = span.split("-");
            spans.add(new PresenceSpan(DayTime.parse(t[0]), DayTime.parse(t[1])));
        }
        return spans;
    }

    private static int spanMinutes(String text, boolean anyTime) {
        return Presence.minutes(null, null, null, null, spans(text), NINE, ONE, anyTime);
    }

    @Test
    void severalSpansCountTheirUnionInsideTheLesson() {
        // dropped out of a 09-13 synchronous lesson 10:00-10:20: 220 minutes, not 240 nor 60
        assertEquals(220, spanMinutes("09:00-10:00 10:20-13:00", false));
        assertEquals(220, spanMinutes("10:20-13:00 09:00-10:00", false), "in any order");
        // overlapping spans (two platform sessions open at once) count a minute once; touching ones too
        assertEquals(180, spanMinutes("09:00-11:00 10:00-12:00", false));
        assertEquals(240, spanMinutes("09:00-11:00 11:00-13:00", false));
        assertEquals(60, spanMinutes("10:00-11:00 10:15-10:45", false), "a span inside another adds nothing");
        // each span clipped to the lesson's hours, as one pair is
        assertEquals(30 + 60, spanMinutes("08:00-09:30 12:00-14:00", false));
    }

    @Test
    void aSpanWhollyOutsideTheLessonIsRefusedAsOnePairIs() {
        Presence.Invalid outside = assertThrows(Presence.Invalid.class,
                () -> spanMinutes("09:00-10:00 14:00-15:00", false));
        assertEquals(Presence.Invalid.Kind.OUTSIDE_LESSON, outside.kind);
        assertTrue(outside.getMessage().contains("spans[1] 14:00-15:00"), outside.getMessage());
        assertEquals(Presence.INSIDE_LESSON_RULE, outside.rule());
        // asynchronous e-learning is followed at any time of day: its sessions count wherever, up to the lesson
        assertEquals(60 + 60, spanMinutes("09:00-10:00 14:00-15:00", true));
        assertEquals(240, spanMinutes("07:00-10:00 14:00-17:00", true), "never more than the lesson");
        assertEquals(90, spanMinutes("20:00-21:00 20:30-21:30", true), "overlaps counted once there too");
    }

    @Test
    void malformedSpansAreRefusedAsMalformed() {
        for (String bad : new String[] {"09:00-10:00 11:00-11:00", "10:00-09:00"}) {
            Presence.Invalid e = assertThrows(Presence.Invalid.class, () -> spanMinutes(bad, false), bad);
            assertEquals(Presence.Invalid.Kind.MALFORMED, e.kind, bad);
        }
        assertEquals(Presence.Invalid.Kind.MALFORMED, assertThrows(Presence.Invalid.class,
                () -> Presence.minutes(null, null, null, null, List.of(), NINE, ONE, false)).kind);
        List<PresenceSpan> many = new ArrayList<>();
        for (int i = 0; i <= PresenceSpan.MAX_PER_ROW; i++) {
            many.add(new PresenceSpan(NINE.plusMinutes(i * 10), NINE.plusMinutes(i * 10 + 5)));
        }
        assertEquals(Presence.Invalid.Kind.MALFORMED, assertThrows(Presence.Invalid.class,
                () -> Presence.minutes(null, null, null, null, many, NINE, ONE, false)).kind);
        // spans are one way of saying the presence: with the pair, minutes or hours it is two
        Presence.Invalid both = assertThrows(Presence.Invalid.class, () -> Presence.minutes(null, null, NINE, ONE,
                spans("09:00-10:00 10:20-13:00"), NINE, ONE, false));
        assertEquals(Presence.Invalid.Kind.MALFORMED, both.kind);
        assertTrue(both.getMessage().contains("either spans or one arrivedAt+leftAt pair"), both.getMessage());
        assertEquals(Presence.Invalid.Kind.MALFORMED, assertThrows(Presence.Invalid.class, () -> Presence.minutes(null,
                new BigDecimal("2"), null, null, spans("09:00-10:00 10:20-13:00"), NINE, ONE, false)).kind);
        assertEquals(Presence.Invalid.Kind.MALFORMED, assertThrows(Presence.Invalid.class, () -> Presence.minutes(60,
                null, null, null, spans("09:00-10:00 10:20-13:00"), NINE, ONE, false)).kind);
    }

    private static final LocalTime EIGHT_PM = LocalTime.of(20, 0);

    /** A presence at an evening lesson 20:00-24:00 (24:00 as the service holds it, DayTime.END_OF_DAY). */
    private static int evening(Integer m, String h, String in, String out, String spans, boolean anyTime) {
        return Presence.minutes(m, h == null ? null : new BigDecimal(h), in == null ? null : DayTime.parse(in),
                out == null ? null : DayTime.parse(out), spans == null ? null : spans(spans), EIGHT_PM,
                DayTime.END_OF_DAY, anyTime);
    }

    @Test
    void aLessonEndingAtMidnightCountsItsLastMinute() {
        // 20:00-24:00 is 240 minutes, the last one included: the whole lesson, in any form
        assertEquals(240, evening(null, null, "20:00", "24:00", null, false));
        assertEquals(240, evening(240, null, null, null, null, false));
        assertEquals(240, evening(null, "4.00", null, null, null, false));
        assertEquals(210, evening(null, null, "20:30", "24:00", null, false));
        assertEquals(60, evening(null, null, "23:00", "24:00", null, false));
        assertEquals(120 + 105, evening(null, null, null, null, "20:00-22:00 22:15-24:00", false));
        assertEquals(240, evening(null, null, null, null, "20:00-23:00 22:00-24:00", false), "merged up to 24:00");
        assertEquals(Presence.Invalid.Kind.EXCEEDS_LESSON,
                assertThrows(Presence.Invalid.class, () -> evening(241, null, null, null, null, false)).kind);
        // the lesson's hours are printed with 24:00 in a refusal
        Presence.Invalid outside = assertThrows(Presence.Invalid.class,
                () -> evening(null, null, "18:00", "19:00", null, false));
        assertEquals(Presence.Invalid.Kind.OUTSIDE_LESSON, outside.kind);
        assertTrue(outside.getMessage().contains("20:00-24:00"), outside.getMessage());
        assertEquals("24:00", outside.figures.get("lessonEnd"));
        // asynchronous e-learning done late in the evening, at a 09-13 module
        assertEquals(60, Presence.minutes(null, null, LocalTime.of(23, 0), DayTime.END_OF_DAY, null, NINE, ONE, true));
        assertEquals(30 + 60, spanMinutes("21:00-21:30 23:00-24:00", true));
    }

    @Test
    void timesGoingOnPastMidnightAreRefusedWithTheTwoDaysToRecordThemOn() {
        // a register row's times are of its lesson's day: 23:00-00:30 is 23:00-24:00 there and 00:00-00:30 the next day
        Presence.Invalid pair = assertThrows(Presence.Invalid.class,
                () -> Presence.minutes(null, null, LocalTime.of(23, 0), LocalTime.of(0, 30), null, NINE, ONE, true));
        assertEquals(Presence.Invalid.Kind.MALFORMED, pair.kind);
        assertTrue(pair.getMessage().contains("past midnight"), pair.getMessage());
        assertTrue(pair.getMessage().contains("23:00-24:00") && pair.getMessage().contains("00:00-00:30"), pair.getMessage());
        Presence.Invalid span = assertThrows(Presence.Invalid.class, () -> spanMinutes("21:00-22:00 23:00-00:30", true));
        assertEquals(Presence.Invalid.Kind.MALFORMED, span.kind);
        assertTrue(span.getMessage().contains("spans[1]") && span.getMessage().contains("past midnight"), span.getMessage());
        // an exit before the arrival earlier in the day is a typo to correct, not a night
        Presence.Invalid typo = assertThrows(Presence.Invalid.class, () -> minutes(null, null, "11:00", "10:00", false));
        assertTrue(typo.getMessage().contains("leftAt after arrivedAt"), typo.getMessage());
    }
}
