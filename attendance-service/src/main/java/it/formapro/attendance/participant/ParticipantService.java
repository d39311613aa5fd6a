package it.formapro.attendance.participant;

import it.formapro.common.time.Timestamps;
import it.formapro.common.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.Objects;

@ApplicationScoped
public class ParticipantService {

    private final Clock clock;

    public ParticipantService(Clock clock) {
        this.clock = clock;
    }

    /**
     * Registers or updates; the same body twice leaves the participant unchanged. A withdrawn participant is reactivated
     * only by another enrollment (a new enrollmentId: the student enrolled again); the enrollment it was withdrawn from
     * only corrects the names and leaves it withdrawn. enrollment-service sends the participant again with a corrected
     * name, and that PUT, read as CONFIRMED just before a withdrawal, may arrive after it: it must not undo it.
     * A change records {@code user} as its author; a request that changes nothing does not. The rows of a student
     * whose personal data were erased take no name and are not reactivated (409, {@link ErasedParticipant}).
     */
    @Transactional
    public Participant register(long editionId, long studentId, ParticipantRequest request, String user) {
        Participant p = Participant.of(editionId, studentId).orElseGet(() -> {
            Participant created = new Participant();
            created.editionId = editionId;
            created.studentId = studentId;
            return created;
        });
        if (p.id != null ? p.erased() : Participant.studentErased(studentId)) {
            ErasedParticipant.check(editionId, studentId, p, request);
        }
        if (p.status == Participant.Status.WITHDRAWN && Objects.equals(p.enrollmentId, request.enrollmentId())) {
            return rename(p, request, user);
        }
        boolean changed = p.id == null
                || !Objects.equals(p.enrollmentId, request.enrollmentId())
                || !Objects.equals(p.firstName, request.firstName().strip())
                || !Objects.equals(p.lastName, request.lastName().strip())
                || !Objects.equals(p.joinedOn, request.joinedOn())
                || p.status != Participant.Status.ACTIVE;
        if (changed) {
            p.enrollmentId = request.enrollmentId();
            p.firstName = request.firstName().strip();
            p.lastName = request.lastName().strip();
            p.joinedOn = request.joinedOn();
            p.status = Participant.Status.ACTIVE;
            p.withdrawnOn = null;
            p.withdrawalReason = null;
            p.updatedAt = Timestamps.instant(clock);
            p.updatedBy = user;
            p.persistAndFlush();
        }
        return p;
    }

    /** The withdrawn participant with the names corrected; joining day, withdrawal and status as recorded. */
    private Participant rename(Participant p, ParticipantRequest request, String user) {
        String first = request.firstName().strip(), last = request.lastName().strip();
        if (!Objects.equals(p.firstName, first) || !Objects.equals(p.lastName, last)) {
            p.firstName = first;
            p.lastName = last;
            p.updatedAt = Timestamps.instant(clock);
            p.updatedBy = user;
            p.persistAndFlush();
        }
        return p;
    }

    /**
     * Withdraws the participant, recording {@code user} as the author; the same withdrawal again changes nothing. An
     * erased student's withdrawal is recorded without its free-text reason ({@link ErasedParticipant#keptReason}).
     */
    @Transactional
    public Participant withdraw(long editionId, long studentId, WithdrawalRequest request, String user) {
        Participant p = find(editionId, studentId);
        String reason = ErasedParticipant.keptReason(p.erased(), request.reason());
        // a withdrawal dated before the joining day is a student confirmed ahead of the start who left before the
        // first day: they attend no day (Participant.attendsOn); enrollment-service dates it from the confirmation
        if (p.status == Participant.Status.WITHDRAWN && Objects.equals(p.withdrawnOn, request.withdrawnOn())
                && Objects.equals(p.withdrawalReason, reason)) {
            return p;
        }
        p.status = Participant.Status.WITHDRAWN;
        p.withdrawnOn = request.withdrawnOn();
        p.withdrawalReason = reason;
        p.updatedAt = Timestamps.instant(clock);
        p.updatedBy = user;
        p.persistAndFlush();
        return p;
    }

    public Participant find(long editionId, long studentId) {
        return Participant.of(editionId, studentId).orElseThrow(() -> notFound(editionId, studentId));
    }

    /** The 404 for a student who is not a participant of the edition. */
    public static ProblemException notFound(long editionId, long studentId) {
        return ProblemException.notFound("Participant", studentId + " of edition " + editionId);
    }
}
