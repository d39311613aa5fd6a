package it.formapro.exam.attendance;

import it.formapro.exam.downstream.DownstreamRefusal;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/** The fault-tolerance policy of the calls to attendance-service (see CatalogGateway). */
@ApplicationScoped
public class AttendanceGateway {

    @RestClient
    AttendanceClient client;

    @RestClient
    AttendanceSummaryClient summaries;

    // the summary of a large edition (thousands of students) takes seconds to build and send: 10 s, its client's read
    // timeout (quarkus.rest-client.attendance-summary.read-timeout, 9.5 s) firing first, as for the calls below
    @Timeout(10000)
    @Retry(maxRetries = 1, delay = 200, abortOn = DownstreamRefusal.class)
    @CircuitBreaker(requestVolumeThreshold = 10, failureRatio = 0.5, delay = 5000, skipOn = DownstreamRefusal.class)
    public AttendanceSummary summary(long editionId, boolean fresh) {
        return summaries.summary(editionId, fresh ? Boolean.TRUE : null);
    }

    // called inside the issuing transactions: the HTTP client's read timeout (quarkus.rest-client.attendance, 5 s)
    // must fire first, on the calling thread, for an interrupt by @Timeout leaves the transaction to a rollback that
    // can fail (ARJUNA012095)
    @Timeout(6000)
    @Retry(maxRetries = 1, delay = 200, abortOn = DownstreamRefusal.class)
    @CircuitBreaker(requestVolumeThreshold = 10, failureRatio = 0.5, delay = 5000, skipOn = DownstreamRefusal.class)
    public StudentAttendance student(long editionId, long studentId) {
        return client.student(editionId, studentId);
    }
}
