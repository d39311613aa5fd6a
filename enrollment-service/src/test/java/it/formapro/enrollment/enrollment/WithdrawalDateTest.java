package it.formapro.enrollment.enrollment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.formapro.enrollment.enrollment.WithdrawalDate.Earliest;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class WithdrawalDateTest {

    private static final LocalDate TODAY = LocalDate.of(2027, 3, 1);

    @Test
    void neverConfirmedCountsFromThePreEnrollmentDay() {
        Earliest e = WithdrawalDate.earliest(TODAY.minusDays(5), null, null, TODAY);
        assertEquals(new Earliest(TODAY.minusDays(5), "the day it was pre-enrolled"), e);
        assertTrue(WithdrawalDate.problem(TODAY.minusDays(5), TODAY, e).isEmpty());
        assertEquals("withdrawnOn 2027-02-23 is before the day it was pre-enrolled, 2027-02-24: a withdrawal is dated "
                + "between that day and today 2027-03-01", WithdrawalDate.problem(TODAY.minusDays(6), TODAY, e).orElseThrow());
    }

    @Test
    void aJoinedStudentCountsFromTheJoiningDayEvenWhenConfirmedAfterTheFact() {
        // joined 20 days ago, pre-enrolled and confirmed today
        Earliest e = WithdrawalDate.earliest(TODAY, TODAY, TODAY.minusDays(20), TODAY);
        assertEquals(new Earliest(TODAY.minusDays(20), "the day the student joined"), e);
        assertTrue(WithdrawalDate.problem(TODAY.minusDays(20), TODAY, e).isEmpty());
        assertTrue(WithdrawalDate.problem(TODAY.minusDays(21), TODAY, e).orElseThrow()
                .contains("is before the day the student joined, 2027-02-09"));
    }

    @Test
    void aStudentWhoHasNotJoinedYetCountsFromTheConfirmationDay() {
        Earliest e = WithdrawalDate.earliest(TODAY.minusDays(9), TODAY.minusDays(3), TODAY.plusDays(30), TODAY);
        assertEquals(new Earliest(TODAY.minusDays(3), "the day it was confirmed (the student joins on 2027-03-31)"), e);
        assertTrue(WithdrawalDate.problem(TODAY, TODAY, e).isEmpty());
        assertTrue(WithdrawalDate.problem(TODAY.minusDays(4), TODAY, e).isPresent());
        // confirmed before the joining day was kept
        assertEquals(new Earliest(TODAY.minusDays(3), "the day it was confirmed (the student has no joining day on record)"),
                WithdrawalDate.earliest(TODAY.minusDays(9), TODAY.minusDays(3), null, TODAY));
    }

    @Test
    void neverInTheFuture() {
        Earliest e = WithdrawalDate.earliest(TODAY.minusDays(5), null, null, TODAY);
        assertTrue(WithdrawalDate.problem(TODAY, TODAY, e).isEmpty());
        assertEquals("withdrawnOn 2027-03-02 is in the future (today is 2027-03-01): a withdrawal records that the student "
                + "has left; record it on the day they leave", WithdrawalDate.problem(TODAY.plusDays(1), TODAY, e).orElseThrow());
    }
}
