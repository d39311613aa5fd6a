package it.formapro.common.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class TimestampsTest {

    @Test
    void aMomentIsKeptInUtcToTheMicrosecondWhateverTheClocksZone() {
        Clock rome = Clock.fixed(Instant.parse("2026-01-15T20:49:36.055261116Z"), Italy.ZONE);
        OffsetDateTime now = Timestamps.now(rome);
        assertEquals(OffsetDateTime.parse("2026-01-15T20:49:36.055261Z"), now);
        assertEquals(ZoneOffset.UTC, now.getOffset());
        assertEquals("2026-01-15T20:49:36.055261Z", now.toString());
        assertEquals(Instant.parse("2026-01-15T20:49:36.055261Z"), Timestamps.instant(rome));
    }

    @Test
    void theSystemsNowHasNoDigitBeyondTheMicrosecond() {
        assertEquals(0, Timestamps.now().getNano() % 1000);
        assertEquals(ZoneOffset.UTC, Timestamps.now().getOffset());
        assertEquals(0, Timestamps.instant().getNano() % 1000);
        assertTrue(!Timestamps.instant().isAfter(Instant.now()));
    }
}
