package it.formapro.exam.attendance;

import io.quarkus.oidc.token.propagation.common.AccessToken;
import it.formapro.exam.downstream.DownstreamExceptionMapper;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/**
 * attendance-service's admission summary of an edition, called with the caller's token (docs/CONTRACTS.md). A client
 * of its own (config key {@code attendance-summary}, same URL as {@link AttendanceClient}) because a read timeout is
 * per client: the summary of a large edition takes seconds, so it gets a longer one than a student's row, each under
 * its call's @Timeout (AttendanceGateway).
 */
@RegisterRestClient(configKey = "attendance-summary")
@RegisterProvider(DownstreamExceptionMapper.class)
@AccessToken
@Path("/editions")
public interface AttendanceSummaryClient {

    /** fresh = true: attendance reads the edition's rules from catalog now (freezing); null: its cached copy may do. */
    @GET
    @Path("/{editionId}/summary/admission")
    AttendanceSummary summary(@PathParam("editionId") long editionId, @QueryParam("fresh") Boolean fresh);
}
