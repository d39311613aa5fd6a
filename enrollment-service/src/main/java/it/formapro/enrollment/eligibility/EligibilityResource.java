package it.formapro.enrollment.eligibility;

import static it.formapro.common.security.Roles.ADMIN;
import static it.formapro.common.security.Roles.FRONTDESK;
import static it.formapro.common.security.Roles.PORTAL;

import it.formapro.common.problem.Problem;
import it.formapro.common.security.Caller;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/eligibility")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@APIResponse(responseCode = "401", description = "No valid bearer token", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "403", description = "The token has none of the roles the operation requires (listed in its description)", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@Tag(name = "Eligibility", description = "Explained checks of the entry requirements")
public class EligibilityResource {

    @Inject
    EligibilityService eligibility;

    @Inject
    Caller caller;

    @POST
    @RolesAllowed({ADMIN, FRONTDESK, PORTAL})
    @Operation(summary = "Check eligibility (dry run)", description = "Evaluates every entry requirement of the edition's "
            + "standard (age at the start date, minimum education, foreign title, Italian, residence permit) for a student or "
            + "for an applicant's facts given inline, and answers each with PASS, FAIL or MISSING_EVIDENCE, the reason and "
            + "the standard it comes from. Writes nothing. Roles: admin, frontdesk, portal; the portal role may only "
            + "send inline facts (403 for a studentId). 400 for neither or both of studentId and applicant or for invalid facts (a "
            + "birth date not in the past, a date outside 1850-01-01..2199-12-31), 404 for an "
            + "unknown student or edition, 422 if the edition is not enrollable, as for a pre-enrollment: CLOSED or past "
            + "its end date (edition-closed), still PLANNED (edition-not-open: its qualification, and so the rules, may "
            + "still change), or without enrollable rules; 503 if catalog-service is unavailable.")
    @APIResponse(responseCode = "200", description = "Every rule with its outcome",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = EligibilityReport.class)))
    @APIResponse(responseCode = "400", description = "Neither or both of studentId and applicant, or invalid facts: a birth "
            + "date not in the past, a document dated in the future, a date outside 1850-01-01..2199-12-31", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "Unknown student or edition", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "The edition is not enrollable: closed or ended (edition-closed), "
            + "still PLANNED (edition-not-open, figures.status), or without enrollable rules (e.g. a profile-only qualification)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "The student was erased (student-erased): no facts left to check",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "503", description = "catalog-service unavailable", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public EligibilityReport check(@NotNull @Valid EligibilityRequest request) {
        return eligibility.check(request, caller.isStaff());
    }
}
