package it.formapro.attendance.support;

import io.quarkus.test.junit.QuarkusMock;
import it.formapro.common.time.Italy;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.LocalTime;

/**
 * Fixes the service's {@link Clock} (common ItalyClock) for the running test only: QuarkusMock swaps the bean behind
 * its client proxy and puts the real one back after the test, with no test profile (no Quarkus restart). For the rules
 * that depend on the hour (a lesson later today is not held yet), which would otherwise hold only by day.
 */
public final class FixedClock {

    private FixedClock() {
    }

    /** Makes it {@code time} of today in Italy for the service until the test ends; returns that moment. */
    public static LocalDateTime todayAt(LocalTime time) {
        LocalDateTime now = Italy.today().atTime(time);
        QuarkusMock.installMockForType(Clock.fixed(now.atZone(Italy.ZONE).toInstant(), Italy.ZONE), Clock.class);
        return now;
    }
}
