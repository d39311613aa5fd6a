package it.formapro.attendance;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Hours are kept as whole minutes (sums stay exact) and shown as decimal hours with 2 places (docs/CONTRACTS.md). */
public final class Hours {

    public static final BigDecimal SIXTY = BigDecimal.valueOf(60);
    public static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private Hours() {
    }

    public static BigDecimal ofMinutes(long minutes) {
        return BigDecimal.valueOf(minutes).divide(SIXTY, 2, RoundingMode.HALF_UP);
    }

    /** Minutes (exact, possibly fractional, e.g. of a credit) shown as decimal hours with 2 places. */
    public static BigDecimal ofMinutes(BigDecimal minutes) {
        return minutes.divide(SIXTY, 2, RoundingMode.HALF_UP);
    }

    /** Hours as minutes, without loss: the unit in which figures are summed and compared. */
    public static BigDecimal minutes(BigDecimal hours) {
        return hours.multiply(SIXTY);
    }

    public static long toMinutes(BigDecimal hours) {
        return hours.multiply(SIXTY).setScale(0, RoundingMode.HALF_UP).longValueExact();
    }

    public static BigDecimal round(BigDecimal hours) {
        return hours.setScale(2, RoundingMode.HALF_UP);
    }

    public static BigDecimal orZero(BigDecimal value) {
        return value == null ? BigDecimal.ZERO : value;
    }
}
