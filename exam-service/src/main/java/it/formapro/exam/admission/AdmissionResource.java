package it.formapro.exam.admission;

import static it.formapro.common.security.Roles.ADMIN;
import static it.formapro.common.security.Roles.EXAM_BOARD;

import it.formapro.common.problem.Problem;
import it.formapro.common.reports.EditionWideReport;
import it.formapro.common.reports.ReportAnswers;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.StreamingOutput;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/exam-sessions/{sessionId}/admissions")
@Produces(MediaType.APPLICATION_JSON)
@APIResponse(responseCode = "401", description = "No valid bearer token", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "403", description = "The token has none of the roles the operation requires (listed in its description)", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@Tag(name = "Admission lists")
public class AdmissionResource {

    @Inject
    AdmissionService admissions;

    @Inject
    ReportAnswers answers;

    @GET
    @RolesAllowed({ADMIN, EXAM_BOARD})
    @Operation(summary = "The admission list of a session",
            description = "Each student of the edition, ADMITTED or EXCLUDED with every reason and the figures "
                    + "(attendance threshold of the standard, internship minimum, a passed learning check per unit; "
                    + "CONFIRMED and not withdrawn in enrollment-service). Once frozen, the stored snapshot; before, "
                    + "computed live from catalog-, attendance- and enrollment-service with the caller's token. Roles: "
                    + "admin, exam-board. 404 for an unknown session, 503 if a service the list needs is unavailable.")
    @APIResponse(responseCode = "200", description = "The list",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AdmissionList.class)))
    @APIResponse(responseCode = "404", description = "No such exam session",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "503", description = "One of the services the list is computed from is unavailable (named in the detail) - or " + EditionWideReport.BUSY_503, content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public StreamingOutput list(@PathParam("sessionId") long sessionId) {
        return answers.json(admissions.list(sessionId));
    }

    @POST
    @Path("/freeze")
    @RolesAllowed({ADMIN, EXAM_BOARD})
    @Operation(summary = "Freeze the admission list",
            description = "Stores the list as computed now; outcomes, certificates and learning records refer to it. "
                    + "A student whose personal data were erased here while the list was being computed is stored "
                    + "under the pseudonym (Anonimo ANON-<studentId>), as the erasure leaves frozen entries. "
                    + "A list is frozen once. Roles: admin, exam-board. 404 for an unknown session, 409 if already frozen "
                    + "or the session is CLOSED or CANCELLED, 503 if a service the list needs is unavailable.")
    @APIResponse(responseCode = "200", description = "The frozen list",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AdmissionList.class)))
    @APIResponse(responseCode = "404", description = "No such exam session",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "Already frozen, or the session is CLOSED or CANCELLED (session-cancelled)", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "503", description = "A service the list is computed from is unavailable; nothing was frozen - or " + EditionWideReport.BUSY_503, content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public StreamingOutput freeze(@PathParam("sessionId") long sessionId) {
        return answers.json(admissions.freeze(sessionId));
    }
}
