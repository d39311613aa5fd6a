package it.formapro.attendance;

import it.formapro.common.problem.ProblemException;

/**
 * The refusal of the DELETE .../credits/{creditId}?reason= and .../checks/{checkId}?reason= of earlier versions. Their
 * reason, free text that may describe the person, travelled in the URL and with it into proxy and access logs, which
 * the student's erasure cannot reach; the POST that replaced each takes it in a JSON body. Answered 405 naming that
 * POST (a 404 would read as "no such credit" and let a client believe nothing was left to revoke); nothing changes.
 */
public final class RetiredDelete {

    private RetiredDelete() {
    }

    /**
     * @param done       what the DELETE did, e.g. "revokes a credit"
     * @param replacement the path of the POST that does it now
     */
    public static ProblemException refusal(String done, String replacement) {
        return new ProblemException(405, "method-not-allowed", "Method Not Allowed", "DELETE with ?reason= no longer "
                + done + ": send POST " + replacement + " with the body {\"reason\": \"...\"} (a reason in the URL ends "
                + "up in proxy and access logs, which the student's erasure cannot reach). Nothing was changed", null,
                ProblemException.figures("replacement", "POST " + replacement));
    }
}
