package it.formapro.common.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.formapro.common.problem.ProblemException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The gate's rules without HTTP: how many reports run at once, who waits, who is refused and how. */
class ReportGateTest {

    private final ExecutorService clients = Executors.newFixedThreadPool(8);

    @AfterEach
    void stop() {
        clients.shutdownNow();
    }

    @Test
    void neverMoreThanTheLimitRunAtOnceAndEveryReportIsComputed() throws Exception {
        ReportGate gate = new ReportGate(2, Duration.ofSeconds(10));
        AtomicInteger running = new AtomicInteger();
        AtomicInteger mostAtOnce = new AtomicInteger();
        List<Future<Integer>> reports = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            int report = i;
            reports.add(clients.submit(() -> gate.run(() -> {
                mostAtOnce.accumulateAndGet(running.incrementAndGet(), Math::max);
                Thread.sleep(50);
                running.decrementAndGet();
                return report;
            })));
        }
        for (int i = 0; i < 8; i++) {
            assertEquals(i, reports.get(i).get(5, TimeUnit.SECONDS));
        }
        assertEquals(2, mostAtOnce.get());
        assertEquals(0, gate.running());
    }

    @Test
    void aReportThatWaitsTooLongIsABusyProblemWithRetryAfterAndIsNeverComputed() throws Exception {
        ReportGate gate = new ReportGate(1, Duration.ofMillis(200));
        CountDownLatch holding = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        Future<String> first = clients.submit(() -> gate.run(() -> {
            holding.countDown();
            release.await();
            return "first";
        }));
        assertTrue(holding.await(5, TimeUnit.SECONDS));
        AtomicInteger computed = new AtomicInteger();
        ProblemException busy = assertThrows(ProblemException.class, () -> gate.run(computed::incrementAndGet));
        assertEquals(503, busy.status());
        assertEquals("busy", busy.slug());
        assertEquals(ReportGate.RETRY_AFTER_SECONDS, busy.retryAfterSeconds().orElseThrow());
        assertTrue(busy.getMessage().contains("at most 1 edition-wide reports at once"), busy.getMessage());
        assertEquals(0, computed.get());
        release.countDown();
        assertEquals("first", first.get(5, TimeUnit.SECONDS));
        assertEquals(1, gate.run(computed::incrementAndGet)); // the turn is free again
    }

    @Test
    void aFailingReportGivesItsTurnBack() {
        ReportGate gate = new ReportGate(1, Duration.ofMillis(100));
        assertThrows(IllegalStateException.class, () -> gate.run(() -> {
            throw new IllegalStateException("database down");
        }));
        assertEquals(0, gate.running());
    }

    @Test
    void aLimitBelowOneIsAConfigurationError() {
        assertThrows(IllegalArgumentException.class, () -> new ReportGate(0, Duration.ofSeconds(1)));
    }
}
