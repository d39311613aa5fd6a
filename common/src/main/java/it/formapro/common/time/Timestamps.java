package it.formapro.common.time;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;

/**
 * The moment a service records (created, confirmed, issued, locked...) as PostgreSQL keeps it and every later read
 * returns it: in UTC, to the microsecond. A value taken straight from the clock carries the clock's zone and
 * nanoseconds, so the answer of the request that set it ({@code 21:49:36.055261116+01:00}) differed from every read
 * after it ({@code 20:49:36.055261Z}) for the same moment. Days in Italy are still counted with {@link Italy}.
 */
public final class Timestamps {

    private Timestamps() {
    }

    /** Now, as stored: UTC, whole microseconds. */
    public static OffsetDateTime now() {
        return now(Clock.systemUTC());
    }

    /** The clock's now, as stored: UTC, whole microseconds (the clock's zone only says which day it is). */
    public static OffsetDateTime now(Clock clock) {
        return OffsetDateTime.ofInstant(clock.instant().truncatedTo(ChronoUnit.MICROS), ZoneOffset.UTC);
    }

    /** Now as an {@link Instant}, as stored: whole microseconds. */
    public static Instant instant() {
        return instant(Clock.systemUTC());
    }

    /** The clock's now as an {@link Instant}, as stored: whole microseconds. */
    public static Instant instant(Clock clock) {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
