package it.formapro.common.web;

import it.formapro.common.problem.Problem;
import it.formapro.common.problem.ProblemException;
import java.util.List;

/**
 * Optimistic locking of a change sent from a read: the client sends the version it read, and a change made from an
 * older read is refused rather than silently undoing someone else's (catalog's editions, attendance's lessons, exam's
 * sessions; a PUT replaces the resource whole, so a stale one would put back what another user changed).
 */
public final class ReadVersion {

    private ReadVersion() {
    }

    /**
     * A PUT: the version is required (400 naming the current one) and must be current (409).
     *
     * @param resource as it starts a sentence: "Edition", "Lesson", "Exam session"
     */
    public static void requireCurrent(String resource, Object id, Long read, long current) {
        if (read == null) {
            throw new ProblemException(400, "validation", "Invalid request", "version: required on update; send the "
                    + "version of the " + resource.toLowerCase() + " as last read (currently " + current + ")",
                    List.of(new Problem.Violation("version", "required on update")),
                    ProblemException.figures("currentVersion", current));
        }
        requireSame(resource, id, read, current);
    }

    /** 409 {@code concurrent-modification} unless the version read is the current one (an optional version too). */
    public static void requireSame(String resource, Object id, long read, long current) {
        if (read != current) {
            throw new ProblemException(409, "concurrent-modification", "Concurrent modification",
                    resource + " " + id + " was changed meanwhile (your version " + read + ", current " + current
                            + "): reload it and retry", null,
                    ProblemException.figures("yourVersion", read, "currentVersion", current));
        }
    }
}
