package it.formapro.common.reports;

import it.formapro.common.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Lets at most {@code formapro.reports.concurrent} edition-wide reports be computed at once in this service; the
 * others wait their turn, first come first served, for up to {@code formapro.reports.max-wait}, then get a 503 that
 * says to retry. A report holds every student of its edition in memory while it is computed (~20 MB for 3 000
 * students, and its answer as JSON as long again): eight at once had taken attendance-service from 180 to 410 MB and
 * out of a 256 MB heap (BENCHMARKS.md, run 12). On two cores more than two at a time would not finish sooner anyway.
 */
@ApplicationScoped
public class ReportGate {

    private static final Logger LOG = Logger.getLogger(ReportGate.class);
    static final int RETRY_AFTER_SECONDS = 5;

    private final int concurrent;
    private final Duration maxWait;
    private final Semaphore permits;

    ReportGate(@ConfigProperty(name = "formapro.reports.concurrent", defaultValue = "2") int concurrent,
               @ConfigProperty(name = "formapro.reports.max-wait", defaultValue = "PT30S") Duration maxWait) {
        if (concurrent < 1) {
            throw new IllegalArgumentException("formapro.reports.concurrent must be at least 1, not " + concurrent);
        }
        this.concurrent = concurrent;
        this.maxWait = maxWait;
        this.permits = new Semaphore(concurrent, true);
    }

    /** Computes the report once its turn comes, and gives the turn back; a 503 problem if it does not come in time. */
    public <T> T run(Callable<T> report) throws Exception {
        try (Turn turn = enter()) {
            return report.call();
        }
    }

    /**
     * Waits for a turn, first come first served, for up to the maximum wait: a 503 problem if none comes. The caller
     * gives it back by closing it, once the report's memory is no longer needed (for an HTTP answer: once it is
     * written, see {@link RequestTurn}).
     */
    public Turn enter() {
        long start = System.nanoTime();
        boolean entered;
        try {
            entered = permits.tryAcquire(maxWait.toNanos(), TimeUnit.NANOSECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw busy(start);
        }
        if (!entered) {
            throw busy(start);
        }
        long waited = System.nanoTime() - start;
        if (waited > TimeUnit.MILLISECONDS.toNanos(100)) {
            LOG.debugf("an edition-wide report waited %d ms for its turn", TimeUnit.NANOSECONDS.toMillis(waited));
        }
        return new Turn();
    }

    /** Reports being computed right now. */
    public int running() {
        return concurrent - permits.availablePermits();
    }

    /** A turn taken from the gate; closing it (once, or more: later closes do nothing) gives it back. */
    public final class Turn implements AutoCloseable {

        private final AtomicBoolean open = new AtomicBoolean(true);

        private Turn() {
        }

        @Override
        public void close() {
            if (open.compareAndSet(true, false)) {
                permits.release();
            }
        }
    }

    private ProblemException busy(long start) {
        long waited = TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - start);
        return ProblemException.busy("This service computes at most " + concurrent + " edition-wide reports at once, "
                + "to bound its memory; this one waited " + waited + " s for its turn without getting it. Nothing was "
                + "changed: retry in a few seconds.", RETRY_AFTER_SECONDS);
    }
}
