package it.formapro.enrollment.enrollment;

import java.time.LocalDate;
import java.util.Optional;

/**
 * The day a withdrawal is dated ({@code withdrawnOn}, default today; attendance-service stops counting the
 * participant after it). It records that the student has left, so it is not in the future, and it cannot precede
 * the enrollment: a confirmed student who has joined leaves on or after the day they joined (attendance-service
 * counts them from that day); one confirmed ahead of a joining day still to come leaves before starting, on or after
 * the confirmation day (attendance-service then counts no day); an enrollment never confirmed, on or after the day it was
 * pre-enrolled. Days are days in Italy.
 */
public final class WithdrawalDate {

    private WithdrawalDate() {
    }

    /** The earliest day an enrollment can be withdrawn on, and what that day is (for the refusal). */
    public record Earliest(LocalDate day, String what) {
    }

    /**
     * @param preEnrolledOn the day of the pre-enrollment
     * @param confirmedOn   the day of the confirmation, null if never confirmed
     * @param joinedOn      the day a confirmed student joins, null if never confirmed (or confirmed before the day was
     *                      kept: the confirmation day stands in)
     * @param today         today in Italy
     */
    public static Earliest earliest(LocalDate preEnrolledOn, LocalDate confirmedOn, LocalDate joinedOn, LocalDate today) {
        if (confirmedOn == null) {
            return new Earliest(preEnrolledOn, "the day it was pre-enrolled");
        }
        if (joinedOn != null && !joinedOn.isAfter(today)) {
            return new Earliest(joinedOn, "the day the student joined");
        }
        return new Earliest(confirmedOn, "the day it was confirmed (the student "
                + (joinedOn == null ? "has no joining day on record" : "joins on " + joinedOn) + ")");
    }

    /** Why {@code withdrawnOn} cannot be the withdrawal's date, or empty when it can. Names the dates. */
    public static Optional<String> problem(LocalDate withdrawnOn, LocalDate today, Earliest earliest) {
        if (withdrawnOn.isAfter(today)) {
            return Optional.of("withdrawnOn " + withdrawnOn + " is in the future (today is " + today
                    + "): a withdrawal records that the student has left; record it on the day they leave");
        }
        if (withdrawnOn.isBefore(earliest.day())) {
            return Optional.of("withdrawnOn " + withdrawnOn + " is before " + earliest.what() + ", " + earliest.day()
                    + ": a withdrawal is dated between that day and today " + today);
        }
        return Optional.empty();
    }
}
