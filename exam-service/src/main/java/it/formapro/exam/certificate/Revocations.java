package it.formapro.exam.certificate;

import it.formapro.common.problem.Problem;
import it.formapro.common.problem.ProblemException;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;

/**
 * When a document may be revoked, when its revocation may be amended, and the dates a revocation may take effect on:
 * plain Java, no HTTP, no database. DOMAIN.md: "Certificates can be revoked with a reason, never deleted" - once. A
 * revocation dated ahead leaves the document VALID until then, so a mistyped date (2207 for 2027) is corrected while
 * it is still pending; once in effect the revocation is final.
 */
final class Revocations {

    /**
     * How far ahead of the day it is recorded a revocation may take effect. Neither DOMAIN.md nor the standards date
     * a revocation; a date ahead defers a decision already taken (to the date of the act behind it, or to give the
     * holder notice), and meanwhile the public verification answers VALID for a document known to be wrong and the
     * corrected certificate cannot be issued (certified once per edition). A deferral of months serves those
     * purposes; beyond a year the date is a typo far more likely than a decision (a year or a century mistyped).
     */
    static final Period LONGEST_DEFERRAL = Period.ofYears(1);

    private Revocations() {
    }

    /** The latest day a revocation recorded or amended today may take effect on. */
    static LocalDate latestEffect(LocalDate today) {
        return today.plus(LONGEST_DEFERRAL);
    }

    /**
     * 422 unless {@code on} is between the issue date and {@link #latestEffect}: a revocation cannot take effect before
     * the document existed, nor so far ahead that it is a typo (see {@link #LONGEST_DEFERRAL}).
     */
    static void checkEffectiveDate(LocalDate on, LocalDate issuedOn, LocalDate today) {
        if (on.isBefore(issuedOn)) {
            throw ProblemException.ruleViolation("revocation-before-issue", "A revocation cannot take effect ("
                            + on + ") before the document was issued (" + issuedOn + ")",
                    List.of(new Problem.Violation("revokedOn", "on or after " + issuedOn)), null);
        }
        LocalDate latest = latestEffect(today);
        if (on.isAfter(latest)) {
            throw ProblemException.ruleViolation("revocation-too-far-ahead", "A revocation takes effect at most "
                            + "one year after the day it is recorded, here " + latest + ": " + on + " looks like a "
                            + "mistyped date. Until a revocation takes effect the document stays VALID on the public "
                            + "verification and the corrected certificate cannot be issued. Nothing was recorded.",
                    List.of(new Problem.Violation("revokedOn", "on or before " + latest,
                            "exam-service README, Revocation: at most a year ahead")),
                    ProblemException.figures("revokedOn", on, "latest", latest, "today", today));
        }
    }

    /**
     * 409 if a revocation is already recorded: a document is revoked once, and a revocation still to take effect is
     * not replaced by another request (two board members revoking at once must not overwrite each other); it is
     * corrected by an amendment, which says why.
     */
    static void refuseIfRecorded(IssuedDocument doc, LocalDate today) {
        if (!doc.revocationRecorded()) {
            return;
        }
        boolean inEffect = doc.revoked(today);
        throw new ProblemException(409, "already-revoked", "Conflict with the current state",
                doc.number + (inEffect ? " was already revoked on " + doc.revokedOn
                        : " already has a revocation taking effect on " + doc.revokedOn) + " by " + doc.revokedBy
                        + (inEffect ? "" : "; until then its date or reason can be corrected with PUT /certificates/"
                        + doc.id + "/revocation, saying why"),
                null, ProblemException.figures("revokedOn", doc.revokedOn.toString()));
    }

    /**
     * 409 unless the document has a revocation that has not taken effect yet (the day in Italy): with none there is
     * nothing to amend, and one in effect is final. A document revoked in error is then issued again (the revoked one
     * stays on file, REVOKED).
     */
    static void checkAmendable(IssuedDocument doc, LocalDate today) {
        if (!doc.revocationRecorded()) {
            throw ProblemException.conflict("not-revoked", doc.number + " has no revocation to amend: record one with "
                    + "POST /certificates/" + doc.id + "/revocation");
        }
        if (doc.revoked(today)) {
            throw new ProblemException(409, "revocation-in-effect", "Conflict with the current state",
                    doc.number + " is revoked since " + doc.revokedOn + ": a revocation in effect is final (DOMAIN.md: "
                            + "revoked, never deleted). If the document should stand, issue it again: the revoked one "
                            + "stays on file and answers REVOKED",
                    null, ProblemException.figures("revokedOn", doc.revokedOn, "today", today));
        }
    }
}
