package it.formapro.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/** Samples VmRSS of the isolated suite's service processes (pid files of SUITE_STATE_DIR) while the load runs. */
final class RssSampler {

    private static final String[] SERVICES = {"catalog", "enrollment", "attendance", "exam"};
    private final Path pids = Path.of(System.getProperty("bench.stateDir", "/work/main/.suite-bench"), "pids");
    private final Map<String, Long> idle = new LinkedHashMap<>();
    private final Map<String, Long> peak = new LinkedHashMap<>();
    private volatile boolean running;
    private Thread thread;

    void start() {
        for (String s : SERVICES) idle.put(s, rss(s));
        running = true;
        thread = new Thread(() -> {
            while (running) {
                for (String s : SERVICES) {
                    long v = rss(s);
                    synchronized (peak) {
                        peak.merge(s, v, Math::max);
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

    void stop() throws InterruptedException {
        running = false;
        thread.join();
    }

    String table() {
        StringBuilder sb = new StringBuilder("| service (running suite, " + System.getenv().getOrDefault("SERVICE_JAVA_OPTS", "?") + ") | RSS before load (MB) | peak RSS under load (MB) | target <= 200 MB |\n|---|---:|---:|---|\n");
        for (String s : SERVICES) {
            long p = peak.getOrDefault(s, -1L);
            sb.append(String.format("| %s-service | %d | %d | %s |%n", s, idle.get(s), p, p < 0 ? "?" : p <= 200 ? "met" : "**missed**"));
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
