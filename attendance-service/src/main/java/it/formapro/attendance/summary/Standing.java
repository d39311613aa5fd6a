package it.formapro.attendance.summary;

import it.formapro.attendance.Hours;
import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Where a student stands against the admission threshold (plain Java, no DB): [000][002][003] 80 %, [001] 70 % of the
 * course hours ("frequenza di almeno il 70% delle ore complessive del percorso formativo").
 *
 * <p>Definitions, all in hours:
 * <ul>
 *   <li>required = course hours − credits: what the student is expected to attend over the whole course
 *   (DOMAIN.md: credits reduce the hours required);</li>
 *   <li>admission = threshold % × required; {@code meetsThreshold} = attended ≥ admission (so it becomes true only
 *   once enough hours are attended: the admission figure exam-service relies on);</li>
 *   <li>expected so far = delivered − credits already applicable to delivered hours; missed = expected − attended;
 *   attendancePercent = attended / expected so far (the tutor's running figure, 100 when nothing was expected);</li>
 *   <li>remaining = required − expected so far: the hours the student can still attend;
 *   still needed = admission − attended;</li>
 *   <li>{@code lost}: still needed &gt; remaining: admission is out of reach even attending everything left;</li>
 *   <li>{@code atRisk}: not lost, something is still needed, and the slack (remaining − still needed, i.e. the hours
 *   the student may still miss) is below {@value #AT_RISK_SLACK_PERCENT} % of the remaining hours: admission needs
 *   (nearly) every remaining hour.</li>
 * </ul>
 * The maximum absence of [000][002] (20 %) needs no check of its own: it is the complement of their 80 % threshold,
 * and {@code lost} (admission − attended &gt; required − expected) is exactly missed &gt; (100 − threshold) % of the
 * required hours, so a student who has missed more than 20 % is flagged lost and never meets the threshold.
 */
public final class Standing {

    public static final int AT_RISK_SLACK_PERCENT = 10;

    private Standing() {
    }

    /**
     * The figures of one student on one basis (whole course, or from the joining date), in minutes: registers count
     * whole minutes and hours turn into minutes without loss (a 10.25 h credit is 615 min), so every sum and the
     * comparison at the threshold are exact. Hours of a third (200 min = 3.33... h) would not be: rounded before the
     * subtraction, they put a student attending exactly 80 % a ten-billionth of an hour short.
     */
    public record Basis(BigDecimal courseMinutes, BigDecimal deliveredMinutes, BigDecimal attendedMinutes,
                        BigDecimal creditMinutes, BigDecimal creditMinutesOnDelivered) {
    }

    /** The figures in hours, rounded to 2 places for display only (the flags are decided on exact minutes). */
    public record Result(BigDecimal deliveredHours, BigDecimal attendedHours, BigDecimal requiredHours,
                         BigDecimal admissionHours, BigDecimal expectedHoursSoFar, BigDecimal missedHours,
                         BigDecimal attendancePercent, boolean meetsThreshold, BigDecimal remainingHours,
                         BigDecimal stillNeededHours, boolean atRisk, boolean lost) {
    }

    public static Result of(Basis b, BigDecimal thresholdPercent) {
        BigDecimal required = positive(b.courseMinutes().subtract(b.creditMinutes()));
        // a division by 100 always terminates: admission stays exact
        BigDecimal admission = required.multiply(thresholdPercent).divide(Hours.HUNDRED);
        BigDecimal expected = positive(b.deliveredMinutes().subtract(b.creditMinutesOnDelivered()));
        BigDecimal attended = b.attendedMinutes();
        BigDecimal missed = positive(expected.subtract(attended));
        BigDecimal percent = expected.signum() == 0 ? Hours.HUNDRED
                : attended.multiply(Hours.HUNDRED).divide(expected, 2, RoundingMode.HALF_UP).min(Hours.HUNDRED);
        boolean meets = attended.compareTo(admission) >= 0;
        BigDecimal remaining = positive(required.subtract(expected));
        BigDecimal needed = positive(admission.subtract(attended));
        boolean lost = needed.compareTo(remaining) > 0;
        BigDecimal slack = remaining.subtract(needed);
        boolean atRisk = !lost && needed.signum() > 0
                && slack.multiply(Hours.HUNDRED).compareTo(remaining.multiply(BigDecimal.valueOf(AT_RISK_SLACK_PERCENT))) < 0;
        return new Result(Hours.ofMinutes(b.deliveredMinutes()), Hours.ofMinutes(attended), Hours.ofMinutes(required),
                Hours.ofMinutes(admission), Hours.ofMinutes(expected), Hours.ofMinutes(missed), percent, meets,
                Hours.ofMinutes(remaining), Hours.ofMinutes(needed), atRisk, lost);
    }

    private static BigDecimal positive(BigDecimal value) {
        return value.signum() < 0 ? BigDecimal.ZERO : value;
    }
}
