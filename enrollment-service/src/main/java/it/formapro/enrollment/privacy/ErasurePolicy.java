package it.formapro.enrollment.privacy;

import it.formapro.common.problem.Problem;
import it.formapro.enrollment.enrollment.EnrollmentStatus;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * When a student may be erased (GDPR art. 17). The right to erasure does not reach what a running course still needs
 * (art. 17(3)(b): the register and the exam need the person), so an erasure waits until every enrollment is withdrawn
 * or its edition is CLOSED. Pending applications (pre-enrolled, waiting list) are withdrawn first, so that the
 * front desk tells the applicant rather than the data silently vanishing.
 */
public final class ErasurePolicy {

    /** An enrollment of the student: its id, edition and status. */
    public record Enrollment(long id, long editionId, EnrollmentStatus status) {
    }

    private ErasurePolicy() {
    }

    /**
     * What stands in the way of erasing the student; empty if nothing does.
     *
     * @param editionStatus the catalogue status of each edition with a confirmed enrollment (PLANNED, OPEN, RUNNING, CLOSED)
     */
    public static List<Problem.Violation> obstacles(List<Enrollment> enrollments, Map<Long, String> editionStatus) {
        List<Problem.Violation> obstacles = new ArrayList<>();
        for (Enrollment e : enrollments) {
            switch (e.status()) {
                case WITHDRAWN -> { }
                case PRE_ENROLLED, WAITING_LIST -> obstacles.add(new Problem.Violation("enrollments[" + e.id() + "]",
                        "enrollment " + e.id() + " on edition " + e.editionId() + " is " + e.status()
                                + ": withdraw it first (the applicant must be told)", null));
                case CONFIRMED -> {
                    String status = editionStatus.get(e.editionId());
                    if (!"CLOSED".equals(status)) {
                        obstacles.add(new Problem.Violation("enrollments[" + e.id() + "]", "enrollment " + e.id()
                                + " is CONFIRMED on edition " + e.editionId() + ", which is " + status
                                + ": the register and the exam still need the student's identity (GDPR art. 17(3)(b)); "
                                + "withdraw the student or wait until the edition is CLOSED", "GDPR art. 17(3)(b)"));
                    }
                }
            }
        }
        return obstacles;
    }
}
