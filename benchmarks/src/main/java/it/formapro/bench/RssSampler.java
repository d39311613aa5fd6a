package it.formapro.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Samples VmRSS of the isolated suite's service processes (pid files of SUITE_STATE_DIR) every 250 ms while the load
 * runs, and keeps the peak of each phase (a scenario, or one size of it): which load makes which service grow.
 */
final class RssSampler {

    private static final String[] SERVICES = {"catalog", "enrollment", "attendance", "exam"};
    private final Path pids = Path.of(System.getProperty("bench.stateDir", "/work/main/.suite-bench"), "pids");
    private final Map<String, Long> idle = new LinkedHashMap<>();
    private final Map<String, Long> current = new LinkedHashMap<>();
    private final List<String> phases = new ArrayList<>();
    private final List<Map<String, Long>> phasePeaks = new ArrayList<>();
    private volatile boolean running;
    private Thread thread;

    void start() {
        for (String s : SERVICES) idle.put(s, rss(s));
        running = true;
        thread = new Thread(() -> {
            while (running) {
                for (String s : SERVICES) {
                    long v = rss(s);
                    synchronized (current) {
                        current.merge(s, v, Math::max);
                    }
                }
                try {
                    Thread.sleep(250);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }, "rss-sampler");
        thread.setDaemon(true);
        thread.start();
    }

    /** Closes the phase that just ran under this name: its peaks are kept, the next phase starts from nothing. */
    void phase(String name) {
        synchronized (current) {
            for (String s : SERVICES) current.merge(s, rss(s), Math::max);
            phases.add(name);
            phasePeaks.add(new LinkedHashMap<>(current));
            current.clear();
        }
    }

    void stop() throws InterruptedException {
        running = false;
        thread.join();
    }

    String table() {
        StringBuilder sb = new StringBuilder("Peak RSS (MB) of each running service per phase of the load (sampled every 250 ms; "
                + System.getenv().getOrDefault("SERVICE_JAVA_OPTS", "?") + "):\n\n| service | before load |");
        phases.forEach(p -> sb.append(' ').append(p).append(" |"));
        sb.append(" peak | target <= 200 MB |\n|---|---:|");
        phases.forEach(p -> sb.append("---:|"));
        sb.append("---:|---|\n");
        for (String s : SERVICES) {
            sb.append("| ").append(s).append("-service | ").append(idle.get(s)).append(" |");
            long peak = -1;
            for (Map<String, Long> m : phasePeaks) {
                long v = m.getOrDefault(s, -1L);
                peak = Math.max(peak, v);
                sb.append(' ').append(v).append(" |");
            }
            sb.append(' ').append(peak).append(" | ").append(peak < 0 ? "?" : peak <= 200 ? "met" : "**missed**").append(" |\n");
        }
        return sb.toString();
    }

    private long rss(String service) {
        try {
            String pid = Files.readString(pids.resolve(service)).trim();
            for (String line : Files.readAllLines(Path.of("/proc", pid, "status"))) {
                if (line.startsWith("VmRSS:")) return Long.parseLong(line.replaceAll("\\D", "")) / 1024;
            }
        } catch (Exception e) {
            return -1;
        }
        return -1;
    }
}
