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
        assertEquals(0, minutes(null, null, "14:00", "15:00", false));
    }

    @Test
    void asynchronousElearningCountsTheTrackedTimeWheneverSpentUpToTheLesson() {
        assertEquals(90, minutes(null, null, "20:00", "21:30", true));
        assertEquals(240, minutes(null, null, "14:00", "23:00", true));
    }

    @Test
    void neverMoreThanTheLessonNorNegativeNorAmbiguous() {
        Presence.Invalid over = assertThrows(Presence.Invalid.class, () -> minutes(241, null, null, null, false));
        assertTrue(over.exceedsLesson);
        assertTrue(assertThrows(Presence.Invalid.class, () -> minutes(null, "4.01", null, null, false)).exceedsLesson);
        assertFalse(assertThrows(Presence.Invalid.class, () -> minutes(-1, null, null, null, false)).exceedsLesson);
        assertFalse(assertThrows(Presence.Invalid.class, () -> minutes(null, "-0.5", null, null, false)).exceedsLesson);
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
