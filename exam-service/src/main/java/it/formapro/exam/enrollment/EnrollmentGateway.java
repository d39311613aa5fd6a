package it.formapro.exam.enrollment;

import it.formapro.exam.downstream.DownstreamRefusal;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/** The fault-tolerance policy of the calls to enrollment-service (see CatalogGateway). */
@ApplicationScoped
public class EnrollmentGateway {

    @RestClient
    EnrollmentClient client;

    @Timeout(3000)
    @Retry(maxRetries = 1, delay = 200, abortOn = DownstreamRefusal.class)
    @CircuitBreaker(requestVolumeThreshold = 10, failureRatio = 0.5, delay = 5000, skipOn = DownstreamRefusal.class)
    public List<Enrollment> confirmedEnrollments(long editionId) {
        return client.enrollments(editionId, "CONFIRMED");
    }

    @Timeout(3000)
    @Retry(maxRetries = 1, delay = 200, abortOn = DownstreamRefusal.class)
    @CircuitBreaker(requestVolumeThreshold = 10, failureRatio = 0.5, delay = 5000, skipOn = DownstreamRefusal.class)
    public List<Enrollment> enrollments(long editionId) {
        return client.enrollments(editionId, null);
    }

    @Timeout(3000)
    @Retry(maxRetries = 1, delay = 200, abortOn = DownstreamRefusal.class)
    @CircuitBreaker(requestVolumeThreshold = 10, failureRatio = 0.5, delay = 5000, skipOn = DownstreamRefusal.class)
    public StudentIdentity identity(long studentId) {
        return client.identity(studentId);
    }
}
