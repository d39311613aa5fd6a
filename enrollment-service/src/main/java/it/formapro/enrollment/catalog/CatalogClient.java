package it.formapro.enrollment.catalog;

import it.formapro.enrollment.downstream.DownstreamRejection;
import it.formapro.enrollment.downstream.DownstreamResponseMapper;
import io.quarkus.oidc.token.propagation.common.AccessToken;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/** catalog-service, as used by enrollment (docs/CONTRACTS.md). The caller's token is forwarded. */
@RegisterRestClient(configKey = "catalog")
@RegisterProvider(DownstreamResponseMapper.class)
@AccessToken
@Path("/editions")
@Produces(MediaType.APPLICATION_JSON)
public interface CatalogClient {

    @GET
    @Path("/{editionId}/rules")
    @Timeout(3000)
    @Retry(maxRetries = 2, delay = 200, abortOn = DownstreamRejection.class)
    @CircuitBreaker(requestVolumeThreshold = 10, failureRatio = 0.5, delay = 5000, skipOn = DownstreamRejection.class)
    EditionRules rules(@PathParam("editionId") long editionId);
}
