package it.formapro.common.time;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.time.Clock;

/**
 * The {@link Clock} services inject where "today" decides a rule (start dates and the TUI, holding an exam, issuing and
 * revoking a document): the day in Italy, and a seam a test can replace with a fixed day.
 */
@ApplicationScoped
public class ItalyClock {

    @Produces
    @ApplicationScoped
    Clock clock() {
        return Clock.system(Italy.ZONE);
    }
}
