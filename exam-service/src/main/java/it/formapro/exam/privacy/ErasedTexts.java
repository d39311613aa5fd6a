package it.formapro.exam.privacy;

import it.formapro.exam.outcome.OutcomeService;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The free texts an erasure request (GDPR art. 17) clears from the records exam-service keeps about the student: why
 * a document of theirs was revoked and why that revocation was amended, and the board's notes on their outcomes (why
 * it corrected an ABSENT of theirs after closing, on the outcome and in the audit trail). Written by staff, they may name people or tell allegations, and nothing in the law that makes
 * us keep the records (D.lgs 13/2013 art. 6; GDPR art. 17(3)(b)) needs them. Each becomes {@link #CLEARED}; the events
 * stay, with their dates, actors and figures. Plain Java: no HTTP, no database.
 */
public final class ErasedTexts {

    /** What a cleared text reads; the database allows a revocation's texts to become this and nothing else (V14). */
    public static final String CLEARED = "[cleared on erasure request]";

    private static final String DATE = "(\\d{4}-\\d{2}-\\d{2})";

    private ErasedTexts() {
    }

    /** A revocation's reason or amendment reason, or an outcome's note, after the erasure: cleared, and an absent one stays absent. */
    public static String cleared(String text) {
        return text == null ? null : CLEARED;
    }

    /**
     * The detail of one of the student's audit events with its free text cleared, or empty when it holds none (or
     * holds it cleared already). The details are those DocumentRevocations writes for a revocation
     * ({@code <number> revoked on <date>: <reason>}) and its amendment ({@code <number> revocation amended: takes effect
     * on <date>, reason '<reason>' (was: takes effect on <date>, reason '<reason>'); why: <why>}), and OutcomeService
     * for the correction of an ABSENT ({@code ... (session CLOSED; corrects an ABSENT recorded by mistake: <why>)}).
     * A revocation's detail is rebuilt from its number and dates alone, so a reason that happens to contain the words
     * around it leaves nothing of itself; one not in the expected shape is cleared whole but for the number.
     *
     * @param number the document's number, for an event of a document
     */
    public static Optional<String> auditDetail(String action, String number, String detail) {
        String cleared;
        if (action.endsWith("_REVOCATION_AMENDED")) {
            Matcher m = Pattern.compile(Pattern.quote(number) + " revocation amended: takes effect on " + DATE
                    + ", reason '.*' \\(was: takes effect on " + DATE + ", reason '.*'\\); why: .*", Pattern.DOTALL)
                    .matcher(detail);
            cleared = m.matches()
                    ? number + " revocation amended: takes effect on " + m.group(1) + ", reason '" + CLEARED
                            + "' (was: takes effect on " + m.group(2) + ", reason '" + CLEARED + "'); why: " + CLEARED
                    : number + " revocation amended: " + CLEARED;
        } else if (action.endsWith("_REVOKED")) {
            Matcher m = Pattern.compile(Pattern.quote(number) + " revoked on " + DATE + ": .*", Pattern.DOTALL)
                    .matcher(detail);
            cleared = m.matches() ? number + " revoked on " + m.group(1) + ": " + CLEARED : number + " revoked: " + CLEARED;
        } else {
            int why = detail.indexOf(OutcomeService.ABSENT_CORRECTED);
            if (!action.equals("OUTCOME_CHANGED") || why < 0) {
                return Optional.empty();
            }
            // the first mention is the service's: what precedes it (student id, results, unit codes) holds no free text
            cleared = detail.substring(0, why + OutcomeService.ABSENT_CORRECTED.length()) + CLEARED + ")";
        }
        return cleared.equals(detail) ? Optional.empty() : Optional.of(cleared);
    }
}
