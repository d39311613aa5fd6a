package it.formapro.attendance.catalog;

import io.quarkus.oidc.token.propagation.common.AccessToken;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/** catalog-service, called with the caller's own token (the tutor's, the frontdesk's...). */
@RegisterRestClient(configKey = "catalog")
@RegisterProvider(CatalogErrorMapper.class)
@AccessToken
@Path("/editions")
@Produces(MediaType.APPLICATION_JSON)
public interface CatalogClient {

    @GET
    @Path("/{editionId}/rules")
    EditionRules rules(@PathParam("editionId") long editionId);
}
