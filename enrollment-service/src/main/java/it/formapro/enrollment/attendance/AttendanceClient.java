package it.formapro.enrollment.attendance;

import it.formapro.enrollment.downstream.DownstreamRejection;
import it.formapro.enrollment.downstream.DownstreamResponseMapper;
import io.quarkus.oidc.token.propagation.common.AccessToken;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/**
 * attendance-service, as used by enrollment (docs/CONTRACTS.md). The caller's token is forwarded. The writes are
 * idempotent on the attendance side, which is what makes retrying them safe.
 */
@RegisterRestClient(configKey = "attendance")
@RegisterProvider(DownstreamResponseMapper.class)
@AccessToken
@Path("/editions/{editionId}")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public interface AttendanceClient {

    @GET
    @Path("/hours-delivered")
    @Timeout(3000)
    @Retry(maxRetries = 2, delay = 200, abortOn = DownstreamRejection.class)
    @CircuitBreaker(requestVolumeThreshold = 10, failureRatio = 0.5, delay = 5000, skipOn = DownstreamRejection.class)
    HoursDelivered hoursDelivered(@PathParam("editionId") long editionId, @QueryParam("asOf") java.time.LocalDate asOf);

    @GET
    @Path("/participants/{studentId}")
    @Timeout(3000)
    @Retry(maxRetries = 2, delay = 200, abortOn = DownstreamRejection.class)
    @CircuitBreaker(requestVolumeThreshold = 10, failureRatio = 0.5, delay = 5000, skipOn = DownstreamRejection.class)
    RegisteredParticipant participant(@PathParam("editionId") long editionId, @PathParam("studentId") long studentId);

    @PUT
    @Path("/participants/{studentId}")
    @Timeout(3000)
    @Retry(maxRetries = 2, delay = 200, abortOn = DownstreamRejection.class)
    @CircuitBreaker(requestVolumeThreshold = 10, failureRatio = 0.5, delay = 5000, skipOn = DownstreamRejection.class)
    String registerParticipant(@PathParam("editionId") long editionId, @PathParam("studentId") long studentId,
                               ParticipantRegistration registration);

    @POST
    @Path("/participants/{studentId}/withdrawal")
    @Timeout(3000)
    @Retry(maxRetries = 2, delay = 200, abortOn = DownstreamRejection.class)
    @CircuitBreaker(requestVolumeThreshold = 10, failureRatio = 0.5, delay = 5000, skipOn = DownstreamRejection.class)
    String withdrawParticipant(@PathParam("editionId") long editionId, @PathParam("studentId") long studentId,
                               ParticipantWithdrawal withdrawal);
}
