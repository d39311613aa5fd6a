package it.formapro.exam.attendance;

import it.formapro.common.problem.Problem;
import it.formapro.common.problem.ProblemException;
import it.formapro.exam.downstream.Downstream;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;

@ApplicationScoped
public class AttendanceService {

    public static final String NAME = "attendance-service";

    @Inject
    AttendanceGateway client;

    /**
     * @param fresh whether attendance must measure against the catalogue rules as they are now (freezing a list): its
     *              figures (required hours, threshold) must agree with the rules exam reads fresh for the same list
     */
    public AttendanceSummary summary(long editionId, boolean fresh) {
        return Downstream.call(NAME, "the attendance summary of edition " + editionId,
                () -> client.summary(editionId, fresh));
    }

    /**
     * One participant's figures. attendance-service answers 404 for a student it never registered in the edition
     * (registered on confirmation): there is no attendance to formalise, a 422, not an outage.
     */
    public StudentAttendance student(long editionId, long studentId) {
        return Downstream.call(NAME, "the attendance of student " + studentId + " in edition " + editionId,
                () -> client.student(editionId, studentId), 404, () -> ProblemException.ruleViolation(
                        "no-attendance-record", NAME + " has no participation of student " + studentId
                                + " in edition " + editionId + ": there are no hours attended nor learning checks to "
                                + "formalise. Nothing was issued.",
                        List.of(new Problem.Violation("studentId", "a participant of the edition in " + NAME)),
                        ProblemException.figures("studentId", studentId, "editionId", editionId, "service", NAME)));
    }
}
