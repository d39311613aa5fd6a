package it.formapro.enrollment.privacy;

import io.quarkus.oidc.token.propagation.common.AccessToken;
import it.formapro.enrollment.downstream.DownstreamRejection;
import it.formapro.enrollment.downstream.DownstreamResponseMapper;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Map;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/**
 * What attendance-service holds on a student (docs/CONTRACTS.md, personal data). The answers are passed through
 * as they are: the export shows the other service's own record, not our reading of it. Both calls are idempotent.
 */
@RegisterRestClient(configKey = "attendance")
@RegisterProvider(DownstreamResponseMapper.class)
@AccessToken
@Path("/students/{studentId}")
@Produces(MediaType.APPLICATION_JSON)
public interface AttendancePersonalDataClient {

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
