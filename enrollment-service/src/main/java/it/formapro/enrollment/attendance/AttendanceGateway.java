package it.formapro.enrollment.attendance;

import it.formapro.enrollment.downstream.DownstreamRejection;
import it.formapro.enrollment.downstream.DownstreamUnavailable;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/** Calls attendance-service; any failure becomes a 503 problem that says what could not be done. */
@ApplicationScoped
public class AttendanceGateway {

    private static final String SERVICE = "attendance-service";

    @RestClient
    AttendanceClient client;

    /**
     * Hours of the edition delivered up to {@code asOf} (inclusive); the joining date of the participant.
     * @param refused what was not done without them, e.g. "the enrollment was not confirmed"
     */
    public HoursDelivered hoursDelivered(long editionId, java.time.LocalDate asOf, String refused) {
        try {
            HoursDelivered hours = client.hoursDelivered(editionId, asOf);
            if (hours == null || hours.deliveredHours() == null) {
                throw new IllegalStateException("no deliveredHours in the answer");
            }
            return hours;
        } catch (RuntimeException e) {
            throw DownstreamUnavailable.problem(SERVICE, e, "the hours delivered so far on edition " + editionId
                    + " are needed to apply the latest joining point (TUI): " + refused);
        }
    }

    public void register(long editionId, long studentId, ParticipantRegistration registration) {
        put(editionId, studentId, registration, "the participant could not be registered in attendance-service for "
                + "edition " + editionId + ": the confirmation was rolled back (nothing confirmed); retry later, the "
                + "registration is idempotent");
    }

    /** The participant sent again with a corrected name (the registration's idempotent PUT). */
    public void updateParticipant(long editionId, long studentId, ParticipantRegistration registration) {
        put(editionId, studentId, registration, "the corrected name could not be passed to attendance-service for "
                + "edition " + editionId + " (its registers and admission lists would keep the old name): the update "
                + "was rolled back, nothing changed; retry later, the participant update is idempotent");
    }

    private void put(long editionId, long studentId, ParticipantRegistration registration, String consequence) {
        try {
            client.registerParticipant(editionId, studentId, registration);
        } catch (RuntimeException e) {
            throw DownstreamUnavailable.problem(SERVICE, e, consequence);
        }
    }

    /**
     * Withdraws the participant a confirmation of {@code enrollmentId} registered, if attendance still holds it ACTIVE:
     * a confirmation whose PUT attendance committed but whose answer was lost (a timeout), or whose own commit failed
     * afterwards, was rolled back here and left that participant behind. 404 means it was never registered; a
     * participant registered by another enrollment of the student (an earlier one, withdrawn) is left alone, since the
     * withdrawal would overwrite its date and reason. The enrollment was never confirmed, so the withdrawal is dated the
     * day before the participant's joining day: attendance counts no day for it.
     *
     * @param consequence what a failure leaves undone, e.g. "the withdrawal was rolled back"
     * @return whether a participant was withdrawn
     */
    public boolean withdrawUnconfirmed(long editionId, long studentId, long enrollmentId, LocalDate fallbackDay,
                                       String consequence) {
        RegisteredParticipant participant;
        try {
            participant = client.participant(editionId, studentId);
        } catch (DownstreamRejection r) {
            if (r.status() == 404) {
                return false;
            }
            throw DownstreamUnavailable.problem(SERVICE, r, consequence);
        } catch (RuntimeException e) {
            throw DownstreamUnavailable.problem(SERVICE, e, consequence);
        }
        if (participant == null || !participant.activeFor(enrollmentId)) {
            return false;
        }
        LocalDate withdrawnOn = participant.joinedOn() == null ? fallbackDay : participant.joinedOn().minusDays(1);
        try {
            client.withdrawParticipant(editionId, studentId, new ParticipantWithdrawal(withdrawnOn,
                    "Enrollment " + enrollmentId + " was never confirmed (registered by a confirmation that failed)"));
        } catch (RuntimeException e) {
            throw DownstreamUnavailable.problem(SERVICE, e, consequence);
        }
        return true;
    }

    public void withdraw(long editionId, long studentId, ParticipantWithdrawal withdrawal) {
        try {
            client.withdrawParticipant(editionId, studentId, withdrawal);
        } catch (RuntimeException e) {
            throw DownstreamUnavailable.problem(SERVICE, e, "the participant could not be withdrawn in "
                    + "attendance-service for edition " + editionId + ": the withdrawal was rolled back (the enrollment "
                    + "is still confirmed); retry later");
        }
    }
}
