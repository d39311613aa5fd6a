package it.formapro.enrollment;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.time.Clock;
import java.time.ZoneId;

/** The provider works on Italian calendar days: "today" for start dates and the TUI is the date in Rome. */
@ApplicationScoped
public class AppClock {

    @Produces
    @ApplicationScoped
    Clock clock() {
        return Clock.system(ZoneId.of("Europe/Rome"));
    }
}
