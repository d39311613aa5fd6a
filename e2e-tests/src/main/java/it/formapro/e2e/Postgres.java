package it.formapro.e2e;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/** The local PostgreSQL cluster the suite runs on (the same one scripts/db-init.sh starts), stopped and started for fault tests. */
public final class Postgres {

    private Postgres() {
    }

    /** Stops the cluster (pg_ctlcluster's default fast mode: open sessions are cut, as in a crash of the network). */
    public static void stop() {
        pgCtl("stop");
    }

    public static void start() {
        pgCtl("start");
    }

    private static void pgCtl(String action) {
        List<String> command = List.of("pg_ctlcluster", "--skip-systemctl-redirect", version(), "main", action);
        try {
            Process p = new ProcessBuilder(command).inheritIO().start();
            if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() != 0) {
                throw new IllegalStateException(String.join(" ", command) + " failed");
            }
        } catch (IOException e) {
            throw new IllegalStateException("cannot run " + command, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String version() {
        try (Stream<Path> versions = Files.list(Path.of("/etc/postgresql"))) {
            return versions.map(v -> v.getFileName().toString())
                    .max(Comparator.comparingInt(v -> Integer.parseInt(v.replaceAll("\\D.*", ""))))
                    .orElseThrow(() -> new IllegalStateException("no PostgreSQL cluster in /etc/postgresql"));
        } catch (IOException e) {
            throw new IllegalStateException("no local PostgreSQL cluster (/etc/postgresql)", e);
        }
    }
}
