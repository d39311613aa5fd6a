package it.formapro.enrollment.privacy;

import io.quarkus.oidc.token.propagation.common.AccessToken;
import it.formapro.enrollment.downstream.DownstreamResponseMapper;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/**
 * What exam-service holds on a student: admission entries, outcomes, certificates. On erasure the certificates are
 * pseudonymised, never deleted.
 */
@RegisterRestClient(configKey = "exam")
@RegisterProvider(DownstreamResponseMapper.class)
@AccessToken
@Path("/students/{studentId}")
@Produces(MediaType.APPLICATION_JSON)
public interface ExamPersonalDataClient extends StudentPersonalDataApi {
}
