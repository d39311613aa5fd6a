package it.formapro.exam.catalog;

import it.formapro.exam.downstream.DownstreamExceptionMapper;
import io.quarkus.oidc.token.propagation.common.AccessToken;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/** catalog-service, called with the caller's token (docs/CONTRACTS.md). */
@RegisterRestClient(configKey = "catalog")
@RegisterProvider(DownstreamExceptionMapper.class)
@AccessToken
@Path("/editions")
public interface CatalogClient {

    @GET
    @Path("/{editionId}/rules")
    EditionRules rules(@PathParam("editionId") long editionId);
}
