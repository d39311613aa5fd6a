package it.formapro.exam.attendance;

import it.formapro.exam.downstream.DownstreamExceptionMapper;
import io.quarkus.oidc.token.propagation.common.AccessToken;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/**
 * attendance-service's row of one participant, called with the caller's token (docs/CONTRACTS.md); the edition's
 * summary has a client of its own, {@link AttendanceSummaryClient}, for its longer read timeout.
 */
@RegisterRestClient(configKey = "attendance")
@RegisterProvider(DownstreamExceptionMapper.class)
@AccessToken
@Path("/editions")
public interface AttendanceClient {

    /** One participant's row of the edition summary (roles admin, tutor, exam-board); 404 if not a participant. */
    @GET
    @Path("/{editionId}/participants/{studentId}/summary")
    StudentAttendance student(@PathParam("editionId") long editionId, @PathParam("studentId") long studentId);
}
