package it.formapro.exam.support;

import it.formapro.common.time.Italy;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import jakarta.enterprise.inject.Produces;
import java.time.Clock;
import java.time.LocalDate;

/**
 * The tests' today, in place of common's ItalyClock: the downstream stubs' edition runs in 2027 (joined 2027-01-11, checks
 * in 2027-03, exam on 2027-07-10, Api), and a session becomes HELD only from its exam date, so the tests live on a
 * fixed day after the exam rather than on the day they run. Documents are issued and revoked on this day too.
 */
@Alternative
@Priority(1)
@ApplicationScoped
public class TestClock {

    public static final LocalDate TODAY = LocalDate.of(2027, 7, 20);

    @Produces
    @ApplicationScoped
    Clock clock() {
        return Clock.fixed(TODAY.atTime(10, 0).atZone(Italy.ZONE).toInstant(), Italy.ZONE);
    }
}
