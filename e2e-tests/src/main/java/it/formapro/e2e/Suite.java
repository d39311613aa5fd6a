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

    public static final String KEYCLOAK = System.getProperty("formapro.keycloak", "http://localhost:8180");
    public static final String CATALOG = "http://localhost:8081";
    public static final String ENROLLMENT = "http://localhost:8082";
    public static final String ATTENDANCE = "http://localhost:8083";
    public static final String EXAM = "http://localhost:8084";

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
