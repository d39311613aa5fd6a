package it.formapro.enrollment.privacy;

import it.formapro.enrollment.downstream.DownstreamRejection;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import java.util.Map;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;

/**
 * The personal-data contract that attendance-service and exam-service both publish under
 * {@code /students/{studentId}} (docs/CONTRACTS.md, personal data): an export and an erasure, both idempotent, hence
 * retried. The answers are passed through as they are: the export shows the other service's own record, not our
 * reading of it. Each service has its own client ({@link AttendancePersonalDataClient}, {@link ExamPersonalDataClient})
 * and so its own base URL and its own circuit breaker.
 */
public interface StudentPersonalDataApi {

    @GET
    @Path("/personal-data")
    @Timeout(5000)
    @Retry(maxRetries = 2, delay = 200, abortOn = DownstreamRejection.class)
    @CircuitBreaker(requestVolumeThreshold = 10, failureRatio = 0.5, delay = 5000, skipOn = DownstreamRejection.class)
    Map<String, Object> personalData(@PathParam("studentId") long studentId);

    @POST
    @Path("/erasure")
    @Timeout(5000)
    @Retry(maxRetries = 2, delay = 200, abortOn = DownstreamRejection.class)
    @CircuitBreaker(requestVolumeThreshold = 10, failureRatio = 0.5, delay = 5000, skipOn = DownstreamRejection.class)
    Map<String, Object> erase(@PathParam("studentId") long studentId);
}
