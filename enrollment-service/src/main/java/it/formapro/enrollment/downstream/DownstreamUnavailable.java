package it.formapro.enrollment.downstream;

import it.formapro.common.problem.ProblemException;
import org.jboss.logging.Logger;

/** The 503 problem for a call to another service that failed: which service, how it failed, what it means here. */
public final class DownstreamUnavailable {

    private static final Logger LOG = Logger.getLogger(DownstreamUnavailable.class);

    private DownstreamUnavailable() {
    }

    /**
     * @param consequence what could not be done and what state that leaves, e.g. "the confirmation was rolled back"
     */
    public static ProblemException problem(String service, RuntimeException e, String consequence) {
        String cause = e instanceof DownstreamRejection r ? "refused with HTTP " + r.status()
                : "did not answer (" + e.getClass().getSimpleName() + ")";
        LOG.warnf("%s %s: %s", service, cause, consequence);
        return ProblemException.unavailable(service, service + " " + cause + ": " + consequence);
    }
}
