package it.formapro.enrollment.privacy;

import com.fasterxml.jackson.databind.JsonNode;
import it.formapro.common.problem.Problem;
import it.formapro.common.problem.ProblemException;
import it.formapro.enrollment.downstream.DownstreamRejection;
import it.formapro.enrollment.downstream.DownstreamUnavailable;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/**
 * The personal data the other services hold on a student. A partial export or erasure would mislead the person it
 * is for, so any failure is a 503 that says which service and that a retry is safe.
 */
@ApplicationScoped
public class PersonalDataGateway {

    @RestClient
    AttendancePersonalDataClient attendance;

    @RestClient
    ExamPersonalDataClient exam;

    public Map<String, Object> attendanceData(long studentId) {
        return call("attendance-service", () -> attendance.personalData(studentId),
                "the attendance records of student " + studentId + " are part of the export: nothing was exported");
    }

    public Map<String, Object> examData(long studentId) {
        return call("exam-service", () -> exam.personalData(studentId),
                "the admission entries, outcomes and certificates of student " + studentId + " are part of the export: "
                        + "nothing was exported");
    }

    /** Asked before anything is erased: a failure leaves everything as it was (an erasure never proceeds blindly). */
    public List<ErasurePolicy.PendingExam> pendingExams(long studentId, List<Long> confirmedEditions) {
        return call("exam-service", () -> exam.pendingExams(studentId, confirmedEditions), "whether an exam of student "
                + studentId + " is still pending (its certificate would need the identity) cannot be known: nothing "
                + "was erased; retry");
    }

    public Map<String, Object> eraseInAttendance(long studentId) {
        return call("attendance-service", () -> attendance.erase(studentId), "the registers of student " + studentId
                + " could not be pseudonymised: the student was not erased; retry, the erasure is idempotent");
    }

    /**
     * Erased after attendance: exam-service checks again that no frozen list admits the student with no document
     * issued (a list frozen since {@link #pendingExams} answered), and its refusal (409) is passed on as one, with its
     * violations (a session each); the identity stays here and a retry, once the document is issued, finishes.
     */
    public Map<String, Object> eraseInExam(long studentId) {
        return call("exam-service", () -> {
            try {
                return exam.erase(studentId);
            } catch (DownstreamRejection refused) {
                if (refused.status() == 409) {
                    JsonNode problem = refused.problem();
                    throw new ProblemException(409, "erasure-not-yet-possible", "The student cannot be erased yet",
                            "Student " + studentId + " cannot be erased yet: an exam became pending since the check "
                                    + "(exam-service: " + problem.path("detail").asText("HTTP 409") + "); the identity "
                                    + "was kept (the attendance registers already show the pseudonym)",
                            violationsOf(problem), ProblemException.figures("studentId", studentId));
                }
                throw refused;
            }
        }, "the certificates and admission entries of student " + studentId + " could not be pseudonymised: nothing "
                + "was erased; retry, the erasure is idempotent");
    }

    private List<Problem.Violation> violationsOf(JsonNode problem) {
        List<Problem.Violation> violations = new ArrayList<>();
        problem.path("violations").forEach(v -> violations.add(new Problem.Violation(v.path("field").asText(null),
                v.path("message").asText(null), "GDPR art. 17(3)(b)")));
        return violations.isEmpty() ? null : violations;
    }

    private static <T> T call(String service, Supplier<T> call, String consequence) {
        try {
            T answer = call.get();
            if (answer == null) {
                throw new IllegalStateException("no JSON object in the answer");
            }
            return answer;
        } catch (ProblemException answered) {
            throw answered;
        } catch (RuntimeException e) {
            throw DownstreamUnavailable.problem(service, e, consequence);
        }
    }
}
