package it.formapro.exam.enrollment;

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

    public StudentIdentity identity(long studentId) {
        return Downstream.call(NAME, "the identity of student " + studentId, () -> client.identity(studentId));
    }
}
