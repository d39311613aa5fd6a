package it.formapro.attendance.summary;

import static it.formapro.attendance.support.TestRules.bd;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.formapro.attendance.Hours;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class StandingTest {

    /** The figures in hours, as the tests read best; Standing takes them in minutes. */
    private static Standing.Result of(String course, String delivered, String attended, String credits, String creditsOnDelivered,
                                      int threshold) {
        return Standing.of(new Standing.Basis(min(course), min(delivered), min(attended), min(credits),
                min(creditsOnDelivered)), BigDecimal.valueOf(threshold));
    }

    private static BigDecimal min(String hours) {
        return Hours.minutes(bd(hours));
    }

    @Test
    void exactly70PercentOf208HoursMeetsTheThresholdOf001AndAMinuteLessDoesNot() {
        Standing.Result exactly = of("208", "208", "145.6", "0", "0", 70);
        assertTrue(exactly.meetsThreshold());
        assertEquals(bd("145.60"), exactly.admissionHours());
        assertEquals(bd("70.00"), exactly.attendancePercent());
        assertFalse(exactly.lost());

        Standing.Result below = of("208", "208", "145.5833333333", "0", "0", 70); // 8735 minutes
        assertFalse(below.meetsThreshold());
        assertTrue(below.lost(), "course over and 0.02 h still needed");
    }

    @Test
    void exactly80PercentOf250HoursMeetsTheThresholdOf000() {
        assertTrue(of("250", "250", "200", "0", "0", 80).meetsThreshold());
        assertFalse(of("250", "250", "199.99", "0", "0", 80).meetsThreshold());
    }

    @Test
    void theMaximumAbsenceOf000IsTheComplementOfItsThresholdSoLostMeansMoreThanTwentyPercentMissed() {
        // [000] "assenza massima 20 %" of 250 h = 50 h: 100 h delivered, 50 missed is still reachable, 50.01 is not
        Standing.Result atTheMaximum = of("250", "100", "50", "0", "0", 80);
        assertEquals(bd("50.00"), atTheMaximum.missedHours());
        assertFalse(atTheMaximum.lost());
        Standing.Result beyond = of("250", "100", "49.99", "0", "0", 80);
        assertEquals(bd("50.01"), beyond.missedHours());
        assertTrue(beyond.lost());
    }

    @Test
    void creditsReduceTheRequiredHours() {
        Standing.Result r = of("208", "208", "124.6", "30", "30", 70);
        assertEquals(bd("178.00"), r.requiredHours());
        assertEquals(bd("124.60"), r.admissionHours());
        assertTrue(r.meetsThreshold());
        assertEquals(bd("53.40"), r.missedHours()); // expected 178, attended 124.6
        assertEquals(bd("70.00"), r.attendancePercent());
    }

    @Test
    void atRiskWhenTheHoursThatMayStillBeMissedAreUnderTenPercentOfTheRemaining() {
        // 208 h, nothing attended out of 49 delivered: needed 145.6, remaining 159, slack 13.4 < 15.9
        Standing.Result r = of("208", "49", "0", "0", "0", 70);
        assertTrue(r.atRisk());
        assertFalse(r.lost());
        assertEquals(bd("159.00"), r.remainingHours());
        assertEquals(bd("145.60"), r.stillNeededHours());
        assertEquals(bd("0.00"), r.attendancePercent());
        // 41 delivered: remaining 167, slack 21.4 >= 16.7: not yet at risk
        Standing.Result early = of("208", "41", "0", "0", "0", 70);
        assertFalse(early.atRisk());
        assertFalse(early.lost());
        // 65 delivered: remaining 143 < 145.6 needed: lost
        Standing.Result late = of("208", "65", "0", "0", "0", 70);
        assertTrue(late.lost());
        assertFalse(late.atRisk(), "a lost student is lost, not at risk");
    }

    @Test
    void aStudentWhoAlreadyReachedAdmissionIsNeitherAtRiskNorLost() {
        Standing.Result r = of("208", "160", "150", "0", "0", 70);
        assertTrue(r.meetsThreshold());
        assertFalse(r.atRisk());
        assertFalse(r.lost());
        assertEquals(bd("0.00"), r.stillNeededHours());
    }

    @Test
    void nothingDeliveredYetIsAHundredPercentAndNoMissedHours() {
        Standing.Result r = of("208", "0", "0", "0", "0", 70);
        assertEquals(bd("100"), r.attendancePercent());
        assertEquals(bd("0.00"), r.missedHours());
        assertFalse(r.meetsThreshold());
        assertFalse(r.atRisk());
    }
}
