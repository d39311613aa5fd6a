package it.formapro.e2e;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Drives the real suite through the same launcher a user runs ({@code scripts/suite.sh}): PostgreSQL,
 * Keycloak from the Maven Central distribution, the four packaged services.
 */
public final class Suite {

    /**
     * The ports of the suite scripts/suite.sh starts: the defaults plus SUITE_PORT_OFFSET (0 unless a second, isolated
     * suite runs beside the first), Keycloak's on KC_PORT when that is set, as the launcher reads them.
     */
    public static final int PORT_OFFSET = portOffset(System.getenv("SUITE_PORT_OFFSET"));
    public static final String KEYCLOAK = System.getProperty("formapro.keycloak",
            "http://localhost:" + keycloakPort(System.getenv("KC_PORT"), PORT_OFFSET));
    public static final String CATALOG = "http://localhost:" + (8081 + PORT_OFFSET);
    public static final String ENROLLMENT = "http://localhost:" + (8082 + PORT_OFFSET);
    public static final String ATTENDANCE = "http://localhost:" + (8083 + PORT_OFFSET);
    public static final String EXAM = "http://localhost:" + (8084 + PORT_OFFSET);
    /** The prefix of the suite's database names (DB_PREFIX, as scripts/db-init.sh and suite.sh read it; empty by default). */
    public static final String DB_PREFIX = env("DB_PREFIX", "");
    /** Where the launcher keeps logs and pids (SUITE_STATE_DIR, relative to the project root; .suite by default). */
    public static final String STATE_DIR = env("SUITE_STATE_DIR", ".suite");

    static int portOffset(String value) {
        if (value == null || value.isBlank()) {
            return 0;
        }
        try {
            return Integer.parseInt(value.trim());
        } catch (NumberFormatException e) {
            throw new IllegalStateException("SUITE_PORT_OFFSET must be a whole number of ports, not '" + value + "'", e);
        }
    }

    static int keycloakPort(String kcPort, int offset) {
        if (kcPort == null || kcPort.isBlank()) {
            return 8180 + offset;
        }
        try {
            return Integer.parseInt(kcPort.trim());
        } catch (NumberFormatException e) {
            throw new IllegalStateException("KC_PORT must be a port number, not '" + kcPort + "'", e);
        }
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }

    /** The JDBC URL of one of the suite's databases (catalog, enrollment, attendance, exam), DB_PREFIX included. */
    public static String jdbcUrl(String service) {
        return "jdbc:postgresql://" + env("DB_HOST", "127.0.0.1") + ":" + env("DB_PORT", "5432") + "/" + DB_PREFIX + service;
    }

    /** The launcher's log of one service or keycloak. */
    public Path log(String name) {
        return root.resolve(STATE_DIR).resolve("logs").resolve(name + ".log");
    }

    /** Today as the services count it: the day in Italy (common's Italy), not in this JVM's zone. */
    public static LocalDate today() {
        return LocalDate.now(ZoneId.of("Europe/Rome"));
    }

    private final Path root;

    public Suite(Path root) {
        this.root = root;
    }

    public static Suite fromSystemProperty() {
        return new Suite(Path.of(System.getProperty("formapro.root", ".")).toAbsolutePath().normalize());
    }

    public void up() {
        run(List.of("bash", root.resolve("scripts/suite.sh").toString(), "up"), 600);
    }

    /** Starts the suite on empty databases (unless it already runs), so that every run starts from the seeds. */
    public void upFresh() {
        run(List.of("env", "SUITE_RESET_DB=1", "bash", root.resolve("scripts/suite.sh").toString(), "up"), 600);
    }

    public void down() {
        run(List.of("bash", root.resolve("scripts/suite.sh").toString(), "down"), 120);
    }

    /** Stops one service (catalog, enrollment, attendance, exam) to simulate an outage. */
    public void stop(String service) {
        run(List.of("bash", root.resolve("scripts/suite.sh").toString(), "stop", service), 120);
    }

    /** Starts a stopped service again and waits until it is ready. */
    public void restart(String service) {
        run(List.of("bash", root.resolve("scripts/suite.sh").toString(), "restart", service), 180);
    }

    /** Waits between polls of a service that is coming back. */
    public static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void run(List<String> command, int timeoutSeconds) {
        try {
            Process process = new ProcessBuilder(command).directory(root.toFile()).inheritIO().start();
            if (!process.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IllegalStateException(String.join(" ", command) + " did not finish in " + timeoutSeconds + " s");
            }
            if (process.exitValue() != 0) {
                throw new IllegalStateException(String.join(" ", command) + " failed with exit code " + process.exitValue());
            }
        } catch (IOException e) {
            throw new IllegalStateException("Cannot run " + command, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while running " + command, e);
        }
    }
}
