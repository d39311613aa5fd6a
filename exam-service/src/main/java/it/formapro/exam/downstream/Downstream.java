package it.formapro.exam.downstream;

import it.formapro.common.problem.ProblemException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import java.util.function.Supplier;
import org.eclipse.microprofile.faulttolerance.exceptions.FaultToleranceException;
import org.jboss.logging.Logger;

/**
 * Runs a call to another service of the suite and turns whatever goes wrong into a problem the caller understands:
 * 503 naming the service when it is down, slow or broken; 422 when it does not know what we asked about.
 */
public final class Downstream {

    private static final Logger LOG = Logger.getLogger(Downstream.class);

    private Downstream() {
    }

    public static <T> T call(String service, String what, Supplier<T> call) {
        try {
            return call.get();
        } catch (DownstreamRefusal e) {
            if (e.status() == 404) {
                throw ProblemException.ruleViolation("unknown-reference",
                        service + " does not know " + what, null,
                        ProblemException.figures("service", service, "status", 404));
            }
            LOG.warnf("%s refused %s: %s", service, what, e.getMessage());
            throw unavailable(service, service + " refused to answer " + what + " (" + e.getMessage()
                    + "); nothing was changed");
        } catch (DownstreamFailure | FaultToleranceException | ProcessingException | WebApplicationException e) {
            LOG.warnf("%s failed on %s: %s", service, what, e.toString());
            throw unavailable(service, service + " is unavailable (" + e.getClass().getSimpleName()
                    + " while asking " + what + "); nothing was changed, retry later");
        }
    }

    /**
     * As {@link #call(String, String, Supplier)}, but a refusal with the given status means something the caller can
     * say better (a 410 Gone identity, an unknown edition, a student with no attendance record): it becomes
     * {@code instead}, never a 503.
     */
    public static <T> T call(String service, String what, Supplier<T> call, int status,
                             Supplier<ProblemException> instead) {
        return call(service, what, () -> {
            try {
                return call.get();
            } catch (DownstreamRefusal e) {
                if (e.status() == status) {
                    throw instead.get();
                }
                throw e;
            }
        });
    }

    private static ProblemException unavailable(String service, String detail) {
        return ProblemException.unavailable(service, detail);
    }
}
