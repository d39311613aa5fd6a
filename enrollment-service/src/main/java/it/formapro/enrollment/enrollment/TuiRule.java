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

    public static Decision evaluate(BigDecimal delivered, BigDecimal planned, BigDecimal tuiPercent) {
        BigDecimal percent = tuiPercent == null ? DEFAULT_PERCENT : tuiPercent;
        boolean allowed = delivered.multiply(BigDecimal.valueOf(100)).compareTo(planned.multiply(percent)) <= 0;
        BigDecimal limit = planned.multiply(percent).divide(BigDecimal.valueOf(100), 2, RoundingMode.HALF_UP);
        BigDecimal deliveredPercent = planned.signum() == 0 ? BigDecimal.ZERO
                : delivered.multiply(BigDecimal.valueOf(100)).divide(planned, 2, RoundingMode.HALF_UP);
        return new Decision(allowed, delivered.setScale(2, RoundingMode.HALF_UP), planned.setScale(2, RoundingMode.HALF_UP),
                limit, percent, deliveredPercent);
    }
}
