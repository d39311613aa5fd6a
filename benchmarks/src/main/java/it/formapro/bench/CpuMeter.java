package it.formapro.bench;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * CPU time spent while a load ran, from /proc: the whole machine (every process: services, PostgreSQL, Keycloak, this
 * harness) and one service of the isolated suite. Divided by the operations, it says where a request's cost goes on
 * the shared two cores. Resolution: one clock tick (10 ms), so it is meaningful over runs of a second or more.
 */
final class CpuMeter {

    private static final double MS_PER_TICK = 10.0; // USER_HZ = 100 on Linux
    private static final Path PIDS = Path.of(System.getProperty("bench.stateDir", "/work/main/.suite-bench"), "pids");

    private final String service;
    private final long machineStart;
    private final long serviceStart;

    private CpuMeter(String service) {
        this.service = service;
        this.machineStart = machineTicks();
        this.serviceStart = serviceTicks(service);
    }

    /** Starts measuring the machine and, if not null, one service ("attendance"). */
    static CpuMeter start(String service) {
        return new CpuMeter(service);
    }

    /** "CPU per op: 2.10 ms machine, of which attendance-service 0.80 ms". */
    String perOp(long ops) {
        double machine = (machineTicks() - machineStart) * MS_PER_TICK / ops;
        if (service == null) {
            return String.format("CPU per op %.2f ms (machine)", machine);
        }
        double own = (serviceTicks(service) - serviceStart) * MS_PER_TICK / ops;
        return String.format("CPU per op %.2f ms (machine), of which %s-service %.2f ms", machine, service, own);
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
            String pid = Files.readString(PIDS.resolve(service)).trim();
            String stat = Files.readString(Path.of("/proc", pid, "stat"));
            String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return Long.parseLong(f[11]) + Long.parseLong(f[12]); // utime, stime (fields 14 and 15)
        } catch (Exception e) {
            return 0;
        }
    }
}
