package it.formapro.enrollment.enrollment;

import it.formapro.common.problem.ProblemException;
import it.formapro.enrollment.catalog.EditionRules;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Pre-enrollment and confirmation happen only on an OPEN or RUNNING edition (catalog-service: PLANNED -> OPEN | CLOSED,
 * OPEN -> RUNNING | CLOSED, RUNNING -> CLOSED). A CLOSED edition, or one past its end date, is over. A PLANNED one is
 * not open yet: catalog-service still lets the admin change its qualification, so the entry requirements a student
 * is checked against could change under them. Withdrawing an existing enrollment is never refused here.
 */
public final class EnrollableEdition {

    static final List<String> ENROLLABLE = List.of("OPEN", "RUNNING");

    private EnrollableEdition() {
    }

    /** Why nobody can enroll on the edition today (a 422 problem), or empty when they can. */
    public static Optional<ProblemException> refusal(EditionRules rules, LocalDate today) {
        if ("CLOSED".equals(rules.status()) || today.isAfter(rules.endDate())) {
            return Optional.of(ProblemException.ruleViolation("edition-closed", "Edition " + rules.editionId()
                    + " is closed (status " + rules.status() + ", ended " + rules.endDate() + "): nobody can enroll", null,
                    ProblemException.figures("status", rules.status(), "endDate", rules.endDate().toString())));
        }
        if (rules.status() != null && ENROLLABLE.contains(rules.status())) { // List.of refuses contains(null)
            return Optional.empty();
        }
        String detail = "PLANNED".equals(rules.status())
                ? "Edition " + rules.editionId() + " is PLANNED: nobody can enroll until the admin opens it (catalog-service "
                + "POST /editions/" + rules.editionId() + "/status {\"status\": \"OPEN\"}); while it is PLANNED its "
                + "qualification, and so the entry requirements, may still change"
                : "Edition " + rules.editionId() + " has status " + rules.status() + ": enrollment needs an OPEN or RUNNING "
                + "edition";
        return Optional.of(ProblemException.ruleViolation("edition-not-open", detail, null,
                ProblemException.figures("status", rules.status(), "enrollableStatuses", ENROLLABLE)));
    }
}
