package it.formapro.enrollment.enrollment;

import static it.formapro.common.security.Roles.ADMIN;
import static it.formapro.common.security.Roles.FRONTDESK;
import static it.formapro.common.security.Roles.PORTAL;

import it.formapro.common.problem.Problem;
import it.formapro.common.web.Paging;
import it.formapro.enrollment.enrollment.EnrollmentDtos.PortalReceipt;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** A portal follows the applications it submitted (the Location of its pre-enrollment's 201). */
@Path("/applications")
@Produces(MediaType.APPLICATION_JSON)
@APIResponse(responseCode = "401", description = "No valid bearer token", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "403", description = "The token has none of the roles the operation requires (listed in its description)", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@Tag(name = "Portal applications", description = "A portal follows the pre-enrollment applications it submitted, without personal data")
public class ApplicationResource {

    @Inject
    ApplicationService applications;

    @GET
    @Path("{id}")
    @RolesAllowed({ADMIN, FRONTDESK, PORTAL})
    @Operation(summary = "Follow an application", description = "The receipt of a portal application as it stands now: "
            + "its status (PRE_ENROLLED, WAITING_LIST with its position, CONFIRMED, WITHDRAWN) and, while it waits for "
            + "confirmation, what the applicant still needs: each entry rule that does not pass (on the documents "
            + "on file for an applicant the application registered, on what it sent for one already on file), "
            + "with its outcome and source (never the reason, never personal data). A portal reads only the applications "
            + "it submitted (the token's principal name is recorded with each): another portal's application, an "
            + "enrollment entered by the front desk and an unknown id are all 404, so their existence is not revealed. "
            + "Admin and frontdesk may read any portal's application here (the enrollment itself is GET /enrollments/{id}). "
            + "An application the rules refused was never recorded (its 422 said why). Roles: admin, frontdesk, portal. "
            + "400 for an id that is not a number, 503 if catalog-service cannot give the edition's rules for an application still waiting.")
    @APIResponse(responseCode = "200", description = "The application",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PortalReceipt.class)))
    @APIResponse(responseCode = "400", description = "The id is not a number",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No application of the caller with this id",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "503", description = "catalog-service unavailable",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public PortalReceipt get(@Parameter(description = "The application's id: enrollmentId of the receipt", example = "7")
                             @PathParam("id") long id) {
        return applications.get(id);
    }

    @GET
    @RolesAllowed(PORTAL)
    @Operation(summary = "List the caller's applications", description = "The applications this portal submitted, newest "
            + "first, each as GET /applications/{id} answers it, optionally in one status; one page at a time: the body is "
            + "a JSON array, the number of matches is in the X-Total-Count header (X-Page, X-Page-Size, X-Page-Count as "
            + "for GET /students). Roles: portal (the front desk lists an edition's enrollments instead). 400 for an "
            + "unknown status or a paging value out of range, 503 if catalog-service cannot give the rules of an "
            + "application still waiting.")
    @APIResponse(responseCode = "200", description = "One page of the caller's applications",
            headers = @Header(name = Paging.TOTAL_COUNT, description = "Total number of the caller's matching applications",
                    schema = @Schema(type = SchemaType.INTEGER)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.ARRAY, implementation = PortalReceipt.class)))
    @APIResponse(responseCode = "400", description = "An unknown status or a bad paging value",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "503", description = "catalog-service unavailable",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response mine(@Parameter(description = "PRE_ENROLLED, WAITING_LIST, CONFIRMED or WITHDRAWN")
                         @QueryParam("status") EnrollmentStatus status,
                         @Parameter(description = "Page number, from 0", example = "0") @QueryParam("page") @DefaultValue("0") @Min(0) int page,
                         @Parameter(description = "Page size, 1-100", example = "20") @QueryParam("size") @DefaultValue("20") @Min(1)
                         @Max(Paging.MAX_SIZE) int size) {
        return Paging.page(applications.mine(status, page, size), page, size);
    }
}
