package it.formapro.enrollment.enrollment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class TuiAndSeatRuleTest {

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
