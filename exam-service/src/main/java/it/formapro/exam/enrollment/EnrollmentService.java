package it.formapro.exam.enrollment;

import it.formapro.common.problem.ProblemException;
import it.formapro.exam.downstream.Downstream;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import jakarta.inject.Inject;

@ApplicationScoped
public class EnrollmentService {

    public static final String NAME = "enrollment-service";

    @Inject
    EnrollmentGateway client;

    public List<Enrollment> confirmedEnrollments(long editionId) {
        List<Enrollment> list = Downstream.call(NAME, "the confirmed enrollments of edition " + editionId,
                () -> client.confirmedEnrollments(editionId));
        return list == null ? List.of() : list;
    }

    /**
     * Every enrollment of the edition, whatever its status (a student may have withdrawn and enrolled again, so
     * several per student). enrollment-service answers an empty list for an edition it does not know.
     */
    public List<Enrollment> enrollments(long editionId) {
        List<Enrollment> list = Downstream.call(NAME, "the enrollments of edition " + editionId,
                () -> client.enrollments(editionId));
        return list == null ? List.of() : list;
    }

    /**
     * The identity a document must carry. enrollment-service answers 410 Gone for a student whose personal data were
     * erased (GDPR art. 17): that is a 409, not an outage, since no document can be issued without the identity.
     */
    public StudentIdentity identity(long studentId) {
        return Downstream.call(NAME, "the identity of student " + studentId, () -> client.identity(studentId),
                410, () -> erased(studentId));
    }

    static ProblemException erased(long studentId) {
        return new ProblemException(409, "student-erased", "Conflict with the current state",
                "The personal data of student " + studentId + " were erased at their request (GDPR art. 17; "
                        + NAME + " answers 410 Gone for their identity): no new certificate or learning record can be "
                        + "issued, since it must carry the holder's identity (D.lgs 13/2013 art. 6). The documents "
                        + "issued before stay valid under a pseudonym.",
                null, ProblemException.figures("studentId", studentId, "service", NAME, "status", 410));
    }
}
