package it.formapro.enrollment.attendance;

import it.formapro.common.problem.ProblemException;
import it.formapro.enrollment.downstream.DownstreamRejection;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.logging.Logger;

/** Calls attendance-service; any failure becomes a 503 problem that says what could not be done. */
@ApplicationScoped
public class AttendanceGateway {

    private static final Logger LOG = Logger.getLogger(AttendanceGateway.class);

    @RestClient
    AttendanceClient client;

    /** Hours of the edition delivered up to {@code asOf} (inclusive); the joining date of the participant. */
    public HoursDelivered hoursDelivered(long editionId, java.time.LocalDate asOf) {
        try {
            HoursDelivered hours = client.hoursDelivered(editionId, asOf);
            if (hours == null || hours.deliveredHours() == null) {
                throw new IllegalStateException("no deliveredHours in the answer");
            }
            return hours;
        } catch (RuntimeException e) {
            throw unavailable(e, "the hours delivered so far on edition " + editionId
                    + " are needed to apply the latest joining point (TUI): the enrollment was not confirmed");
        }
    }

    public void register(long editionId, long studentId, ParticipantRegistration registration) {
        try {
            client.registerParticipant(editionId, studentId, registration);
        } catch (RuntimeException e) {
            throw unavailable(e, "the participant could not be registered in attendance-service for edition " + editionId
                    + ": the confirmation was rolled back (nothing confirmed); retry later, the registration is idempotent");
        }
    }

    public void withdraw(long editionId, long studentId, ParticipantWithdrawal withdrawal) {
        try {
            client.withdrawParticipant(editionId, studentId, withdrawal);
        } catch (RuntimeException e) {
            throw unavailable(e, "the participant could not be withdrawn in attendance-service for edition " + editionId
                    + ": the withdrawal was rolled back (the enrollment is still confirmed); retry later");
        }
    }

    private static ProblemException unavailable(RuntimeException e, String what) {
        String cause = e instanceof DownstreamRejection r ? "refused with HTTP " + r.status()
                : "did not answer (" + e.getClass().getSimpleName() + ")";
        LOG.warnf("attendance-service %s: %s", cause, what);
        return ProblemException.unavailable("attendance-service", "attendance-service " + cause + ": " + what);
    }
}
