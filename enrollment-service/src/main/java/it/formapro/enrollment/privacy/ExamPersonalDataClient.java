package it.formapro.enrollment.privacy;

import io.quarkus.oidc.token.propagation.common.AccessToken;
import it.formapro.enrollment.downstream.DownstreamRejection;
import it.formapro.enrollment.downstream.DownstreamResponseMapper;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/**
 * What exam-service holds on a student: admission entries, outcomes, certificates. On erasure the certificates are
 * pseudonymised, never deleted; before it, the exams still pending say whether the identity is still needed.
 */
@RegisterRestClient(configKey = "exam")
@RegisterProvider(DownstreamResponseMapper.class)
@AccessToken
@Path("/students/{studentId}")
@Produces(MediaType.APPLICATION_JSON)
public interface ExamPersonalDataClient extends StudentPersonalDataApi {

    /** A read, hence retried like the export. */
    @GET
    @Path("/pending-exams")
    @Timeout(5000)
    @Retry(maxRetries = 2, delay = 200, abortOn = DownstreamRejection.class)
    @CircuitBreaker(requestVolumeThreshold = 10, failureRatio = 0.5, delay = 5000, skipOn = DownstreamRejection.class)
    List<ErasurePolicy.PendingExam> pendingExams(@PathParam("studentId") long studentId,
                                                 @QueryParam("editionId") List<Long> confirmedEditions);
}
