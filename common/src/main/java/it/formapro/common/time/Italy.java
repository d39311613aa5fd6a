package it.formapro.common.time;

import java.time.LocalDate;
import java.time.ZoneId;

/**
 * The calendar every service counts days in: the providers are Italian, so "today" (a lesson already held, a
 * joining day, a revocation) is the day in Italy, whatever zone the server's JVM runs in (UTC on most hosts; between
 * midnight and 01:00 in Rome the two disagree).
 */
public final class Italy {

    public static final ZoneId ZONE = ZoneId.of("Europe/Rome");

    private Italy() {
    }

    /** Today's date in Italy. */
    public static LocalDate today() {
        return LocalDate.now(ZONE);
    }
}
