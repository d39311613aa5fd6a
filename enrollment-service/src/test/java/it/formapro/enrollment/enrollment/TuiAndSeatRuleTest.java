package it.formapro.enrollment.enrollment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class TuiAndSeatRuleTest {

    @Test
    void theLatestJoiningPointIsJudgedOnTheMinutesNotOnHoursRoundedToAHundredth() {
        // 20 % of 250.16 h = 50.032 h = 3 001.92 min: 3 002 min are past it, though they round to 50.03 h
        assertFalse(TuiRule.evaluateMinutes(BigDecimal.valueOf(3_002), new BigDecimal("250.16"), null).allowed());
        assertTrue(TuiRule.evaluateMinutes(BigDecimal.valueOf(3_001), new BigDecimal("250.16"), null).allowed());
        // 20 % of 250.09 h = 3 001.08 min: 3 001 min are within it, though they round to 50.02 h > 50.018
        assertTrue(TuiRule.evaluateMinutes(BigDecimal.valueOf(3_001), new BigDecimal("250.09"), null).allowed());
        assertEquals(new BigDecimal("50.02"), TuiRule.evaluateMinutes(BigDecimal.valueOf(3_001), new BigDecimal("250.09"), null)
                .deliveredHours());
    }

    @Test
    void joiningAtExactlyTwentyPercentIsAllowed() {
        TuiRule.Decision d = TuiRule.evaluate(new BigDecimal("50.00"), BigDecimal.valueOf(250), BigDecimal.valueOf(20));
        assertTrue(d.allowed());
        assertEquals(new BigDecimal("50.00"), d.limitHours());
        assertEquals(new BigDecimal("20.00"), d.deliveredPercent());
    }

    @Test
    void justAboveIsRefused() {
        TuiRule.Decision d = TuiRule.evaluate(new BigDecimal("50.01"), BigDecimal.valueOf(250), BigDecimal.valueOf(20));
        assertFalse(d.allowed());
        assertEquals(new BigDecimal("50.00"), d.limitHours());
    }

    @Test
    void limitWithFractionsIsExact() {
        // 208 h at 20 % = 41.6 h
        assertTrue(TuiRule.evaluate(new BigDecimal("41.60"), BigDecimal.valueOf(208), null).allowed());
        assertFalse(TuiRule.evaluate(new BigDecimal("41.61"), BigDecimal.valueOf(208), null).allowed());
    }

    @Test
    void seatsAndWaitingList() {
        assertTrue(SeatRule.canTakeSeat(3, 2, 0));
        assertFalse(SeatRule.canTakeSeat(3, 3, 0));
        assertFalse(SeatRule.canTakeSeat(3, 2, 1), "the one free seat is held for the first waiting enrollment");
        assertTrue(SeatRule.canTakeSeat(3, 1, 1));
        assertFalse(SeatRule.canTakeSeat(0, 0, 0));
    }
}
