package it.formapro.attendance.summary;

import static it.formapro.common.security.Roles.ADMIN;
import static it.formapro.common.security.Roles.EXAM_BOARD;
import static it.formapro.common.security.Roles.TUTOR;

import it.formapro.common.problem.Problem;
import it.formapro.common.validation.PlausibleDate;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import it.formapro.attendance.catalog.CatalogRules;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Clock;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/editions/{editionId}/participants/{studentId}/summary")
@Produces(MediaType.APPLICATION_JSON)
@APIResponse(responseCode = "401", description = "No valid bearer token", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "403", description = "The token has none of the roles the operation requires (listed in its description)", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@Tag(name = "Summaries")
public class StudentSummaryResource {

    private final SummaryService summaries;
    private final CatalogRules catalog;
    private final Clock clock;

    public StudentSummaryResource(SummaryService summaries, CatalogRules catalog, Clock clock) {
        this.summaries = summaries;
        this.catalog = catalog;
        this.clock = clock;
    }

    @GET
    @RolesAllowed({ADMIN, TUTOR, EXAM_BOARD})
    @Operation(summary = "One student against the threshold", description = "One row of the edition summary: hours "
            + "delivered, attended, missed, credits, attendance % and whether the admission threshold is met. Roles: "
            + "admin, tutor, exam-board. 400 for an asOf that is no date or outside 1850-2199, 404 for an unknown "
            + "edition or participant, 503 if catalog-service is unavailable and the rules not cached.")
    @APIResponse(responseCode = "200", description = "The student's summary",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SummaryViews.StudentSummary.class)))
    @APIResponse(responseCode = "400", description = "asOf is not a date as YYYY-MM-DD, or lies outside 1850-01-01 to 2199-12-31",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such edition, or not a participant of it",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "503", description = "catalog-service unavailable and the edition rules not cached",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public SummaryViews.StudentSummary student(@PathParam("editionId") long editionId,
                                               @PathParam("studentId") long studentId,
                                               @Parameter(description = "Figures as of this day (default today); 1850-01-01 to 2199-12-31")
                                               @QueryParam("asOf") @PlausibleDate LocalDate asOf) {
        return summaries.student(catalog.of(editionId), studentId, asOf == null ? LocalDate.now(clock) : asOf);
    }
}
