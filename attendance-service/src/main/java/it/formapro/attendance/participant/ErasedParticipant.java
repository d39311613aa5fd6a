package it.formapro.attendance.participant;

import it.formapro.common.privacy.Pseudonym;
import it.formapro.common.problem.ProblemException;
import java.util.Objects;

/**
 * What the participant rows of an erased student still take (GDPR art. 17). The erasure (privacy/PersonalDataService)
 * keeps them, as the register is a record the law requires (art. 17(3)(b)), under common's {@link Pseudonym}: the
 * identity is gone, and no write may bring it back. A registration (PUT) may not write a name other than the
 * pseudonym on them, nor register the student under a name in another edition, nor reactivate a withdrawn row with
 * another enrollment (an erased student does not enroll again: enrollment-service refuses it too). What writes no
 * personal data goes through: the pseudonym sent back, a joining day, a withdrawal (recorded without its free-text
 * reason, which the erasure clears: {@link #keptReason}).
 */
public final class ErasedParticipant {

    private ErasedParticipant() {
    }

    /**
     * Refuses (409 {@code participant-erased}, explaining) a registration of an erased student that would write a name
     * or reactivate a withdrawn participation; one that writes no personal data and reactivates nothing passes.
     *
     * @param current the student's participant row in the edition, as loaded; a new one (not saved yet) has no status
     */
    public static void check(long editionId, long studentId, Participant current, ParticipantRequest request) {
        String pseudonym = Pseudonym.FIRST_NAME + " " + Pseudonym.lastName(studentId);
        if (!Pseudonym.isPseudonym(request.firstName().strip(), request.lastName().strip(), studentId)) {
            throw refused(editionId, studentId, "Student " + studentId + " was erased (GDPR art. 17): their "
                    + "participant rows keep the pseudonym '" + pseudonym + "' and take no name again; a registration "
                    + "of edition " + editionId + " may send the pseudonym, not a name. Nothing was changed");
        }
        if (current.status == Participant.Status.WITHDRAWN && !Objects.equals(current.enrollmentId, request.enrollmentId())) {
            throw refused(editionId, studentId, "Student " + studentId + " was erased (GDPR art. 17): their "
                    + "withdrawn participation in edition " + editionId + " (enrollment " + current.enrollmentId
                    + ") cannot be reactivated by another enrollment (" + request.enrollmentId() + "), since an "
                    + "erased student does not enroll again. Nothing was changed");
        }
    }

    /** The withdrawal reason kept: none for an erased student (free text that may describe the person), else as given. */
    public static String keptReason(boolean erased, String given) {
        return erased ? null : given;
    }

    private static ProblemException refused(long editionId, long studentId, String detail) {
        return new ProblemException(409, "participant-erased", "Conflict with the current state", detail, null,
                ProblemException.figures("studentId", studentId, "editionId", editionId));
    }
}
