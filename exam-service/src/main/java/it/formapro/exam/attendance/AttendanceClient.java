package it.formapro.exam.attendance;

import it.formapro.exam.downstream.DownstreamExceptionMapper;
import io.quarkus.oidc.token.propagation.common.AccessToken;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/** attendance-service, called with the caller's token (docs/CONTRACTS.md). */
@RegisterRestClient(configKey = "attendance")
@RegisterProvider(DownstreamExceptionMapper.class)
@AccessToken
@Path("/editions")
public interface AttendanceClient {

    /** fresh = true: attendance reads the edition's rules from catalog now (freezing); null: its cached copy may do. */
    @GET
    @Path("/{editionId}/summary/admission")
    AttendanceSummary summary(@PathParam("editionId") long editionId, @QueryParam("fresh") Boolean fresh);

    /** One participant's row of the edition summary (roles admin, tutor, exam-board); 404 if not a participant. */
    @GET
    @Path("/{editionId}/participants/{studentId}/summary")
    StudentAttendance student(@PathParam("editionId") long editionId, @PathParam("studentId") long studentId);
}
