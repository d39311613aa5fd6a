package it.formapro.enrollment;

import it.formapro.common.time.Italy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.time.Clock;

/** The provider works on Italian calendar days: "today" for start dates and the TUI is the date in Rome. */
@ApplicationScoped
public class AppClock {

    @Produces
    @ApplicationScoped
    Clock clock() {
        return Clock.system(Italy.ZONE);
    }
}
