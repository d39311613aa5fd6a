package it.formapro.exam.enrollment;

import it.formapro.exam.downstream.DownstreamExceptionMapper;
import io.quarkus.oidc.token.propagation.common.AccessToken;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import java.util.List;
import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/** enrollment-service, called with the caller's token (docs/CONTRACTS.md). */
@RegisterRestClient(configKey = "enrollment")
@RegisterProvider(DownstreamExceptionMapper.class)
@AccessToken
public interface EnrollmentClient {

    /** status null: every enrollment of the edition (the query parameter is then left out). */
    @GET
    @Path("/editions/{editionId}/enrollments")
    List<Enrollment> enrollments(@PathParam("editionId") long editionId, @QueryParam("status") String status);

    @GET
    @Path("/students/{studentId}/identity")
    StudentIdentity identity(@PathParam("studentId") long studentId);
}
