package it.formapro.enrollment.enrollment;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Latest joining point (TUI, "termine ultimo di inserimento"): nobody joins once more than tuiPercent % of the
 * planned hours have been delivered; joining at exactly that share is allowed (standards 000 and 002: TUI 20 %;
 * the suite's default elsewhere). Plain Java; the comparison is exact (delivered x 100 vs planned x percent).
 */
public final class TuiRule {

    public static final BigDecimal DEFAULT_PERCENT = BigDecimal.valueOf(20);

    private TuiRule() {
    }

    public record Decision(boolean allowed, BigDecimal deliveredHours, BigDecimal plannedHours, BigDecimal limitHours,
                           BigDecimal tuiPercent, BigDecimal deliveredPercent) {
    }

    public static Decision evaluate(BigDecimal deliveredHours, BigDecimal planned, BigDecimal tuiPercent) {
        return evaluateMinutes(deliveredHours.multiply(SIXTY), planned, tuiPercent);
    }

    /**
     * The same on the delivered minutes, as attendance-service counts them: hours rounded to 0.01 h first could let in
     * a student a minute past the limit, or turn away one a minute before it (250.16 planned hours: limit 3 001.92 min).
     */
    public static Decision evaluateMinutes(BigDecimal deliveredMinutes, BigDecimal planned, BigDecimal tuiPercent) {
        BigDecimal percent = tuiPercent == null ? DEFAULT_PERCENT : tuiPercent;
        boolean allowed = deliveredMinutes.multiply(HUNDRED).compareTo(planned.multiply(SIXTY).multiply(percent)) <= 0;
        BigDecimal limit = planned.multiply(percent).divide(HUNDRED, 2, RoundingMode.HALF_UP);
        BigDecimal deliveredPercent = planned.signum() == 0 ? BigDecimal.ZERO
                : deliveredMinutes.multiply(HUNDRED).divide(planned.multiply(SIXTY), 2, RoundingMode.HALF_UP);
        return new Decision(allowed, deliveredMinutes.divide(SIXTY, 2, RoundingMode.HALF_UP),
                planned.setScale(2, RoundingMode.HALF_UP), limit, percent, deliveredPercent);
    }

    private static final BigDecimal SIXTY = BigDecimal.valueOf(60);
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
}
