package it.formapro.attendance.check;

import static it.formapro.common.problem.ProblemException.figures;

import it.formapro.common.problem.ProblemException;
import java.time.Instant;

/**
 * The annulment of a learning check recorded by mistake (wrong student, unit, date or outcome), in plain Java. The
 * check is the traceable assessment of its unit ([001] sez. 8: "tracciabile valutazione"), so it is not deleted nor
 * rewritten: it stays, with who annulled it, when and why, and counts no more. The reason is required (what was
 * wrong, for whoever reads the record later), at most 500 characters; a check is annulled once.
 */
public final class CheckAnnulment {

    public static final int REASON_MAX_LENGTH = 500;
    /** The refusal of an annulment without its reason (the resource's validation says the same). */
    public static final String REASON_REQUIRED = "say why the check is annulled (it is kept with the check)";

    private CheckAnnulment() {
    }

    /**
     * Records the annulment on the check: who, when and the reason, stripped. Refused with 400 without a reason or
     * with one over 500 characters, and with 409 (naming who annulled it and when) if the check is already annulled;
     * a refusal changes nothing.
     */
    public static void annul(LearningCheck check, String user, String reason, Instant at) {
        String why = reason(reason);
        if (check.annulled()) {
            throw new ProblemException(409, "check-annulled", "Conflict with the current state", "Learning check "
                    + check.id + " of student " + check.studentId + " in edition " + check.editionId + " (unit "
                    + check.unitCode + ", " + check.checkDate + ", " + check.outcome + ") was already annulled by "
                    + check.annulledBy + " at " + check.annulledAt + "; it no longer counts", null,
                    figures("annulledBy", check.annulledBy, "annulledAt", check.annulledAt.toString()));
        }
        check.annulledAt = at;
        check.annulledBy = user;
        check.annulmentReason = why;
    }

    static String reason(String given) {
        String why = given == null ? "" : given.strip();
        if (why.isEmpty()) {
            throw ProblemException.badRequest("reason: " + REASON_REQUIRED);
        }
        if (why.length() > REASON_MAX_LENGTH) {
            throw ProblemException.badRequest("reason: " + why.length() + " characters, at most " + REASON_MAX_LENGTH);
        }
        return why;
    }
}
