package it.formapro.attendance.register;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.formapro.attendance.DayTime;
import it.formapro.attendance.register.PresenceOverlap.Span;
import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class PresenceOverlapTest {

    private static Span minutes(int minutes, String start, String end) {
        return Span.of(minutes, null, null, DayTime.parse(start), DayTime.parse(end), false);
    }

    private static Span times(String arrived, String left, String start, String end, boolean anyTime) {
        LocalTime a = DayTime.parse(arrived);
        LocalTime l = DayTime.parse(left);
        return Span.of(DayTime.minutesBetween(a, l), a, l, DayTime.parse(start), DayTime.parse(end), anyTime);
    }

    @Test
    void aWholeInternshipMorningAndAWholeClassThatOverlapItDoNotFit() {
        // internship 09-13 (240) beside class 12-14 (120): 360 minutes in the 300 of 09-14
        assertFalse(PresenceOverlap.fits(List.of(minutes(240, "09:00", "13:00"), minutes(120, "12:00", "14:00"))));
    }

    @Test
    void leavingTheInternshipWhenTheClassStartsFits() {
        // 180 at the internship (09-12) and the whole class 12-14: 300 minutes in 300
        assertTrue(PresenceOverlap.fits(List.of(minutes(180, "09:00", "13:00"), minutes(120, "12:00", "14:00"))));
        assertTrue(PresenceOverlap.fits(List.of(times("09:00", "12:00", "09:00", "13:00", false),
                times("12:00", "14:00", "12:00", "14:00", false))));
    }

    @Test
    void timesThatCrossAreRefusedEvenWhenTheMinutesWouldFit() {
        // 09:00-12:30 at the internship and 12:00-14:00 at class: both given as times, they share 12:00-12:30
        assertFalse(PresenceOverlap.fits(List.of(times("09:00", "12:30", "09:00", "13:00", false),
                times("12:00", "14:00", "12:00", "14:00", false))));
    }

    @Test
    void aPresenceGivenAsMinutesMayLieAnywhereInItsLesson() {
        // a 10-11 presence given as times leaves 09-10 and 11-13 (180 min) to a 170-minute presence of 09-13
        Span timed = times("10:00", "11:00", "10:00", "11:00", false);
        assertTrue(PresenceOverlap.fits(List.of(timed, minutes(170, "09:00", "13:00"))));
        assertTrue(PresenceOverlap.fits(List.of(timed, minutes(180, "09:00", "13:00"))));
        assertFalse(PresenceOverlap.fits(List.of(timed, minutes(181, "09:00", "13:00"))));
    }

    @Test
    void aChainOfLessonsIsJudgedAsAWhole() {
        // each pair fits, all three do not: 240 + 180 + 60 in 09-16 (420 minutes) once 09-13 is full
        Span morning = minutes(240, "09:00", "13:00");
        Span internship = minutes(180, "12:00", "16:00");
        Span afternoon = minutes(60, "13:00", "16:00");
        assertTrue(PresenceOverlap.fits(List.of(morning, internship)));
        assertTrue(PresenceOverlap.fits(List.of(internship, afternoon)));
        assertFalse(PresenceOverlap.fits(List.of(morning, internship, afternoon)));
    }

    @Test
    void asynchronousELearningLiesWhereThePlatformLoggedIt() {
        // an async module done 15:00-16:30 on a class day 09-13 takes no class time; done 12:00-13:30 it does
        Span classDay = minutes(240, "09:00", "13:00");
        assertTrue(PresenceOverlap.fits(List.of(classDay, times("15:00", "16:30", "09:00", "11:00", true))));
        assertFalse(PresenceOverlap.fits(List.of(classDay, times("12:00", "13:30", "09:00", "11:00", true))));
        // a synchronous lesson's times count only inside its hours
        Span sync = Span.of(60, LocalTime.parse("08:00"), LocalTime.parse("10:00"), LocalTime.parse("09:00"),
                LocalTime.parse("11:00"), false);
        assertEquals(9 * 60, sync.from());
        assertEquals(10 * 60, sync.to());
    }

    @Test
    void lessonsThatOnlyTouchShareNoTime() {
        assertFalse(minutes(240, "09:00", "13:00").overlaps(minutes(60, "13:00", "14:00")));
        assertTrue(PresenceOverlap.fits(List.of(minutes(240, "09:00", "13:00"), minutes(60, "13:00", "14:00"))));
        assertTrue(PresenceOverlap.fits(List.of(minutes(0, "09:00", "13:00"), minutes(240, "09:00", "13:00"))));
    }

    private static List<Span> spans(int minutes, String given, String start, String end, boolean anyTime) {
        return PresenceOverlap.spans(minutes, null, null, PresenceTest.spans(given), DayTime.parse(start),
                DayTime.parse(end), anyTime);
    }

    @Test
    void severalSpansLieEachWhereItSaysNotFromTheFirstToTheLast() {
        // 09:00-10:00 and 10:20-13:00 at lesson A leave 10:00-10:20 to a lesson B of 10:05-10:15 attended whole
        List<Span> a = spans(220, "09:00-10:00 10:20-13:00", "09:00", "13:00", false);
        assertEquals(2, a.size());
        Span b = times("10:05", "10:15", "10:05", "10:15", false);
        assertFalse(PresenceOverlap.overlap(a, List.of(b)));
        List<Span> day = new java.util.ArrayList<>(a);
        day.add(b);
        assertTrue(PresenceOverlap.fits(day));
        // the envelope 09:00-13:00 would have refused it
        assertFalse(PresenceOverlap.fits(List.of(times("09:00", "13:00", "09:00", "13:00", false), b)));
        // a span that does cross lesson B's presence is a clash
        List<Span> crossing = spans(230, "09:00-10:10 10:20-13:00", "09:00", "13:00", false);
        assertTrue(PresenceOverlap.overlap(crossing, List.of(b)));
        List<Span> clash = new java.util.ArrayList<>(crossing);
        clash.add(b);
        assertFalse(PresenceOverlap.fits(clash));
        assertEquals("09:00-10:10, 10:20-13:00", PresenceOverlap.times(crossing));
    }

    @Test
    void spansAreClippedAndMergedBeforeTheyArePlaced() {
        // clipped to the lesson's hours, overlapping spans merged: 09:00-11:00 and 12:00-13:00
        List<Span> parts = spans(180, "08:00-10:00 09:30-11:00 12:00-14:00", "09:00", "13:00", false);
        assertEquals(List.of(new Span(540, 660, 120), new Span(720, 780, 60)), parts);
        // a presence given as minutes beside them may take the free hour 11-12 of a lesson 09-13, not more
        assertTrue(PresenceOverlap.fits(concat(parts, minutes(60, "09:00", "13:00"))));
        assertFalse(PresenceOverlap.fits(concat(parts, minutes(61, "09:00", "13:00"))));
        // asynchronous e-learning logged for longer than the lesson counts the lesson's minutes, the earliest first
        List<Span> async = spans(120, "15:00-16:30 20:00-21:00", "09:00", "11:00", true);
        assertEquals(List.of(new Span(900, 990, 90), new Span(1200, 1260, 30)), async);
    }

    private static List<Span> concat(List<Span> spans, Span more) {
        List<Span> all = new java.util.ArrayList<>(spans);
        all.add(more);
        return all;
    }

    @Test
    void presencesUpToMidnightTakeTheDaysLastMinute() {
        // the whole of an evening lesson 20:00-24:00 lies in minutes 1200-1440 of the day
        Span evening = times("20:00", "24:00", "20:00", "24:00", false);
        assertEquals(new Span(1200, 1440, 240), evening);
        assertEquals(new Span(1200, 1440, 240), minutes(240, "20:00", "24:00"));
        assertEquals("20:00-24:00", PresenceOverlap.times(List.of(evening)));
        // beside it, a second lesson 22:00-24:00 of another edition attended whole does not fit; leaving at 22 does
        assertFalse(PresenceOverlap.fits(List.of(evening, minutes(120, "22:00", "24:00"))));
        assertFalse(PresenceOverlap.fits(List.of(minutes(240, "20:00", "24:00"), minutes(1, "23:59", "24:00"))));
        assertTrue(PresenceOverlap.fits(List.of(times("20:00", "22:00", "20:00", "24:00", false),
                minutes(120, "22:00", "24:00"))));
        // asynchronous e-learning logged up to midnight lies there
        assertEquals(List.of(new Span(1380, 1440, 60)), spans(60, "23:00-24:00", "09:00", "13:00", true));
        assertFalse(PresenceOverlap.fits(concat(spans(60, "23:00-24:00", "09:00", "13:00", true), evening)));
    }
}
