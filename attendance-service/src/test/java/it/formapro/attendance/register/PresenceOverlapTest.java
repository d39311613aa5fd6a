package it.formapro.attendance.register;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.formapro.attendance.register.PresenceOverlap.Span;
import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class PresenceOverlapTest {

    private static Span minutes(int minutes, String start, String end) {
        return Span.of(minutes, null, null, LocalTime.parse(start), LocalTime.parse(end), false);
    }

    private static Span times(String arrived, String left, String start, String end, boolean anyTime) {
        LocalTime a = LocalTime.parse(arrived);
        LocalTime l = LocalTime.parse(left);
        return Span.of((int) java.time.Duration.between(a, l).toMinutes(), a, l, LocalTime.parse(start),
                LocalTime.parse(end), anyTime);
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
}
