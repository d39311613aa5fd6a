package it.formapro.bench;

import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * CPU time spent while a load ran, from /proc: the whole machine (every process: services, PostgreSQL, Keycloak, this
 * harness) and one service of the isolated suite. Divided by the operations, it says where a request's cost goes on
 * the shared two cores. Resolution: one clock tick (10 ms), so it is meaningful over runs of a second or more;
 * {@link #pause()} and {@link #resume()} add up rounds that alternate with another load.
 */
final class CpuMeter {

    private static final double MS_PER_TICK = 10.0; // USER_HZ = 100 on Linux
    private static final Path PIDS = Path.of(System.getProperty("bench.stateDir", "/work/main/.suite-bench"), "pids");

    private final String service;
    // ticks counted so far (earlier rounds), and where the current round started (-1: paused)
    private long machine, own, postgres, harness;
    private long machineStart = -1, serviceStart, postgresStart, harnessStart;

    private CpuMeter(String service) {
        this.service = service;
    }

    /** A meter of the machine and, if not null, one service ("attendance"), counting from its first {@link #resume()}. */
    static CpuMeter paused(String service) {
        return new CpuMeter(service);
    }

    /** Stops counting until {@link #resume()}: rounds of one load interleaved with another's count apart. */
    CpuMeter pause() {
        if (machineStart >= 0) {
            machine += machineTicks() - machineStart;
            own += serviceTicks(service) - serviceStart;
            postgres += postgresTicks() - postgresStart;
            harness += ticks(Path.of("/proc/self/stat")) - harnessStart;
            machineStart = -1;
        }
        return this;
    }

    CpuMeter resume() {
        machineStart = machineTicks();
        serviceStart = serviceTicks(service);
        postgresStart = postgresTicks();
        harnessStart = ticks(Path.of("/proc/self/stat"));
        return this;
    }

    /** "CPU per op 2.10 ms (machine), of which attendance-service 0.80 ms, PostgreSQL 0.60 ms, this harness 0.40 ms". */
    String perOp(long ops) {
        pause();
        String others = String.format("PostgreSQL %.2f ms, this harness %.2f ms", ms(postgres, ops), ms(harness, ops));
        if (service == null) {
            return String.format("CPU per op %.2f ms (machine), of which %s", ms(machine, ops), others);
        }
        return String.format("CPU per op %.2f ms (machine), of which %s-service %.2f ms, %s", ms(machine, ops), service,
                ms(own, ops), others);
    }

    private static double ms(long ticks, long ops) {
        return ticks * MS_PER_TICK / ops;
    }

    private static long machineTicks() {
        try {
            String[] f = Files.readAllLines(Path.of("/proc/stat")).get(0).trim().split("\\s+");
            // user nice system idle iowait irq softirq steal: everything but idle and iowait
            return Long.parseLong(f[1]) + Long.parseLong(f[2]) + Long.parseLong(f[3]) + Long.parseLong(f[6])
                    + Long.parseLong(f[7]) + Long.parseLong(f[8]);
        } catch (Exception e) {
            return 0;
        }
    }

    private static long serviceTicks(String service) {
        if (service == null) return 0;
        try {
            return ticks(Path.of("/proc", Files.readString(PIDS.resolve(service)).trim(), "stat"));
        } catch (Exception e) {
            return 0;
        }
    }

    /** Every PostgreSQL process: the backends of the services' and this harness' connections, and the server's own. */
    private static long postgresTicks() {
        long sum = 0;
        try (DirectoryStream<Path> procs = Files.newDirectoryStream(Path.of("/proc"), p -> p.getFileName().toString().matches("\\d+"))) {
            for (Path proc : procs) {
                Path stat = proc.resolve("stat");
                try {
                    if (Files.readString(stat).contains("(postgres)")) sum += ticks(stat);
                } catch (Exception gone) {
                    // the process ended meanwhile
                }
            }
        } catch (Exception e) {
            return 0;
        }
        return sum;
    }

    /** utime + stime of one process (fields 14 and 15 of /proc/PID/stat). */
    private static long ticks(Path stat) {
        try {
            String s = Files.readString(stat);
            String[] f = s.substring(s.lastIndexOf(')') + 2).split(" ");
            return Long.parseLong(f[11]) + Long.parseLong(f[12]);
        } catch (Exception e) {
            return 0;
        }
    }
}
