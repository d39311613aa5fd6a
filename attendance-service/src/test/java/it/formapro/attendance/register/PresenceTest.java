package it.formapro.attendance.register;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalTime;
import org.junit.jupiter.api.Test;

class PresenceTest {

    private static final LocalTime NINE = LocalTime.of(9, 0), ONE = LocalTime.of(13, 0);

    private static int minutes(Integer m, String h, String in, String out, boolean anyTime) {
        return Presence.minutes(m, h == null ? null : new BigDecimal(h), in == null ? null : LocalTime.parse(in),
                out == null ? null : LocalTime.parse(out), NINE, ONE, anyTime);
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
}
