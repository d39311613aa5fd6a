package it.formapro.enrollment.privacy;

import it.formapro.enrollment.downstream.DownstreamUnavailable;
import jakarta.enterprise.context.ApplicationScoped;
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

    public Map<String, Object> eraseInExam(long studentId) {
        return call("exam-service", () -> exam.erase(studentId), "the certificates and admission entries of student "
                + studentId + " could not be pseudonymised: the student was not erased here (attendance may already be "
                + "pseudonymised); retry, the erasure is idempotent");
    }

    private static <T> T call(String service, Supplier<T> call, String consequence) {
        try {
            T answer = call.get();
            if (answer == null) {
                throw new IllegalStateException("no JSON object in the answer");
            }
            return answer;
        } catch (RuntimeException e) {
            throw DownstreamUnavailable.problem(service, e, consequence);
        }
    }
}
