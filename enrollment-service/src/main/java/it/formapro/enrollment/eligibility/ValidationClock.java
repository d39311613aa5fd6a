package it.formapro.enrollment.eligibility;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.ClockProvider;
import java.time.Clock;

/**
 * Bean Validation's "now" (@Past, @PastOrPresent on birth dates and document dates) is the service's clock, common's
 * ItalyClock: the day in Italy, as every other rule of the service counts it. The default would be the JVM's zone (UTC
 * on most hosts), refusing a document dated today between midnight and 01:00/02:00 in Rome.
 */
@ApplicationScoped
public class ValidationClock implements ClockProvider {

    @Inject
    Clock clock;

    @Override
    public Clock getClock() {
        return clock;
    }
}
