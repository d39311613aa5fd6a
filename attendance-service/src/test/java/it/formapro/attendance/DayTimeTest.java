package it.formapro.attendance;

import static it.formapro.attendance.DayTime.END_OF_DAY;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import org.junit.jupiter.api.Test;

class DayTimeTest {

    private static final LocalTime EIGHT_PM = LocalTime.of(20, 0);

    @Test
    void theEndOfTheDayIsMinute1440NotTheLastNanosecondBeforeIt() {
        assertEquals(240, DayTime.minutesBetween(EIGHT_PM, END_OF_DAY));
        assertEquals(1440, DayTime.minutesBetween(LocalTime.MIDNIGHT, END_OF_DAY));
        assertEquals(1440, DayTime.minuteOf(END_OF_DAY));
        assertEquals(1439, DayTime.minuteOf(LocalTime.of(23, 59, 59)));
        assertEquals(END_OF_DAY, DayTime.atMinute(1440));
        assertEquals(LocalTime.of(23, 59), DayTime.atMinute(1439));
        assertEquals(LocalTime.MIDNIGHT, DayTime.atMinute(0));
    }

    @Test
    void otherTimesCountAsDurationDoes() {
        assertEquals(195, DayTime.minutesBetween(LocalTime.of(9, 15), LocalTime.of(12, 30)));
        // truncated, not the difference of the minutes of the day: 40 s are no minute
        assertEquals(0, DayTime.minutesBetween(LocalTime.of(9, 0, 30), LocalTime.of(9, 1, 10)));
        assertEquals(-60, DayTime.minutesBetween(LocalTime.of(10, 0), LocalTime.of(9, 0)));
    }

    @Test
    void printedAndReadAs2400() {
        assertEquals("24:00", DayTime.text(END_OF_DAY));
        assertEquals("09:15", DayTime.text(LocalTime.of(9, 15)));
        assertEquals(END_OF_DAY, DayTime.parse("24:00"));
        assertEquals(END_OF_DAY, DayTime.parse("24:00:00"), "as PostgreSQL prints it");
        assertEquals(LocalTime.of(9, 0), DayTime.parse("09:00:00"));
        for (String bad : new String[] {"24:01", "24:00:01", "25:00", "24"}) {
            assertThrows(DateTimeParseException.class, () -> DayTime.parse(bad), bad);
        }
    }

    @Test
    void anEndOfMidnightAfterALaterStartIsTheEndOfThatDay() {
        assertEquals(END_OF_DAY, DayTime.endOf(EIGHT_PM, LocalTime.MIDNIGHT));
        assertEquals(END_OF_DAY, DayTime.endOf(LocalTime.of(0, 1), LocalTime.MIDNIGHT));
        assertEquals(END_OF_DAY, DayTime.endOf(EIGHT_PM, END_OF_DAY));
        // 00:00-00:00 is no lesson (nor a day-long one: that is 00:00-24:00), and 00:30 after 23:00 goes past
        // midnight: both kept as given, for the caller to refuse
        assertEquals(LocalTime.MIDNIGHT, DayTime.endOf(LocalTime.MIDNIGHT, LocalTime.MIDNIGHT));
        assertEquals(LocalTime.of(0, 30), DayTime.endOf(LocalTime.of(23, 0), LocalTime.of(0, 30)));
        assertEquals(LocalTime.MIDNIGHT, DayTime.endOf(null, LocalTime.MIDNIGHT));
        assertEquals(LocalTime.of(13, 0), DayTime.endOf(LocalTime.of(9, 0), LocalTime.of(13, 0)));
    }

    @Test
    void anExitReadBackAsMidnightWasTheEndOfTheDay() {
        assertEquals(END_OF_DAY, DayTime.exitAsRead(LocalTime.MIDNIGHT));
        assertEquals(LocalTime.of(13, 0), DayTime.exitAsRead(LocalTime.of(13, 0)));
        assertTrue(DayTime.isEndOfDay(DayTime.exitAsRead(END_OF_DAY)));
        assertFalse(DayTime.isEndOfDay(LocalTime.of(23, 59)));
    }
}
