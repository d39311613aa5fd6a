package it.formapro.enrollment.privacy;

import io.quarkus.oidc.token.propagation.common.AccessToken;
import it.formapro.enrollment.downstream.DownstreamResponseMapper;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/**
 * What attendance-service holds on a student: participations, attendance hours per lesson, credits, learning checks.
 * On erasure names become a pseudonym and free texts that may describe the person are cleared; the hours stay.
 */
@RegisterRestClient(configKey = "attendance")
@RegisterProvider(DownstreamResponseMapper.class)
@AccessToken
@Path("/students/{studentId}")
@Produces(MediaType.APPLICATION_JSON)
public interface AttendancePersonalDataClient extends StudentPersonalDataApi {
}
