package it.formapro.enrollment.attendance;

import it.formapro.common.problem.ProblemException;
import it.formapro.enrollment.downstream.DownstreamRejection;
import it.formapro.enrollment.downstream.DownstreamUnavailable;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/**
 * Calls attendance-service; a failure becomes a 503 problem that says what could not be done, except a participant
 * PUT for a student attendance holds as erased, a 409 that says why no retry helps.
 */
@ApplicationScoped
public class AttendanceGateway {

    private static final String SERVICE = "attendance-service";

    /** attendance's refusal of a name, or a reactivation, for a student it holds as erased (its ErasedParticipant). */
    private static final String PARTICIPANT_ERASED = "participant-erased";

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
                + "edition " + editionId, "the confirmation was rolled back (nothing confirmed)",
                "retry later, the registration is idempotent");
    }

    /** The participant sent again with a corrected name (the registration's idempotent PUT). */
    public void updateParticipant(long editionId, long studentId, ParticipantRegistration registration) {
        put(editionId, studentId, registration, "the corrected name could not be passed to attendance-service for "
                + "edition " + editionId + " (its registers and admission lists would keep the old name)",
                "the update was rolled back, nothing changed", "retry later, the participant update is idempotent");
    }

    /**
     * @param failed  what could not be done
     * @param outcome what that leaves here
     * @param retry   the advice when attendance did not answer; a student attendance holds as erased is no case for it
     */
    private void put(long editionId, long studentId, ParticipantRegistration registration, String failed,
                     String outcome, String retry) {
        try {
            client.registerParticipant(editionId, studentId, registration);
        } catch (DownstreamRejection r) {
            if (r.isProblem(409, PARTICIPANT_ERASED)) {
                throw erasedThere(editionId, studentId, failed, outcome);
            }
            throw DownstreamUnavailable.problem(SERVICE, r, failed + ": " + outcome + "; " + retry);
        } catch (RuntimeException e) {
            throw DownstreamUnavailable.problem(SERVICE, e, failed + ": " + outcome + "; " + retry);
        }
    }

    /**
     * attendance erased the student (their rows keep the pseudonym and take no name again, GDPR art. 17) while this
     * service still holds the identity: an erasure that reached attendance and stopped before finishing here (exam
     * refused it, or did not answer). Every retry would be refused the same way; what ends it is the erasure, finished
     * here (docs/CONTRACTS.md, attendance's participant PUT).
     */
    private static ProblemException erasedThere(long editionId, long studentId, String failed, String outcome) {
        return new ProblemException(409, "erasure-incomplete", "Conflict with the current state", "Student "
                + studentId + " is erased in attendance-service (GDPR art. 17: their participant rows keep the "
                + "pseudonym and take no name again), but not here: an erasure of the student reached attendance-service "
                + "and did not finish. Hence " + failed + ": " + outcome + ". Retrying will not help; complete the erasure "
                + "here (POST /students/" + studentId + "/erasure, admin; its 409 lists what still stands in the way, "
                + "such as an enrollment to withdraw first); if the person came back, register them as a new student once it "
                + "is complete",
                null, ProblemException.figures("studentId", studentId, "editionId", editionId, "service", SERVICE));
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
