package it.formapro.attendance.summary;

import static it.formapro.common.security.Roles.ADMIN;
import static it.formapro.common.security.Roles.EXAM_BOARD;
import static it.formapro.common.security.Roles.TUTOR;

import it.formapro.attendance.catalog.CatalogRules;
import it.formapro.attendance.catalog.EditionRules;
import it.formapro.common.problem.Problem;
import it.formapro.common.reports.EditionWideReport;
import it.formapro.common.reports.ReportAnswers;
import it.formapro.common.validation.PlausibleDate;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.StreamingOutput;
import java.time.Clock;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/editions/{editionId}/summary")
@Produces(MediaType.APPLICATION_JSON)
@APIResponse(responseCode = "401", description = "No valid bearer token", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "403", description = "The token has none of the roles the operation requires (listed in its description)", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@Tag(name = "Summaries", description = "Attendance against the admission threshold")
public class SummaryResource {

    private final SummaryService summaries;
    private final CatalogRules catalog;
    private final ReportAnswers answers;
    private final Clock clock;

    public SummaryResource(SummaryService summaries, CatalogRules catalog, ReportAnswers answers, Clock clock) {
        this.summaries = summaries;
        this.catalog = catalog;
        this.answers = answers;
        this.clock = clock;
    }

    @GET
    @RolesAllowed({ADMIN, TUTOR, EXAM_BOARD})
    @Operation(summary = "Every student of the edition against the threshold", description = "Per student: hours "
            + "delivered, attended, missed, credits, required, attendance %, threshold met, internship against its "
            + "minimum, at-risk and lost flags, learning checks per unit; both late-joiner figures. For tutors; "
            + "exam-service reads the compact /summary/admission. Roles: admin, tutor, exam-board. 400 for an asOf "
            + "that is no date or outside 1850-2199, 404 for an "
            + "unknown edition, 503 "
            + "if catalog-service is unavailable and the rules not cached.")
    @APIResponse(responseCode = "200", description = "The summary",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SummaryViews.EditionSummary.class)))
    @APIResponse(responseCode = "400", description = "asOf is not a date as YYYY-MM-DD, or lies outside 1850-01-01 to 2199-12-31",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such edition in catalog-service",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "503", description = "catalog-service unavailable and the rules not cached - or " + EditionWideReport.BUSY_503,
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public StreamingOutput edition(@PathParam("editionId") long editionId,
                                   @Parameter(description = "Figures as of this day (default today); 1850-01-01 to 2199-12-31")
                                   @QueryParam("asOf") @PlausibleDate LocalDate asOf) {
        return answers.json(summary(catalog.of(editionId), asOf));
    }

    @GET
    @Path("/admission")
    @RolesAllowed({ADMIN, EXAM_BOARD})
    @Operation(summary = "The admission figures of every student", description = "The same computation as the "
            + "summary, reduced to what the admission list reads (hours, threshold, internship, unit checks): what "
            + "exam-service calls, so that an edition of thousands of students travels in a fraction of the bytes. "
            + "Roles: admin, exam-board. 400 for an asOf that is no date or outside 1850-2199, 404 for an unknown "
            + "edition, 503 if catalog-service is unavailable and the rules not cached.")
    @APIResponse(responseCode = "200", description = "The admission figures",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SummaryViews.AdmissionSummary.class)))
    @APIResponse(responseCode = "400", description = "asOf is not a date as YYYY-MM-DD, or lies outside 1850-01-01 to 2199-12-31",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such edition in catalog-service",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "503", description = "catalog-service unavailable and the rules not cached - or " + EditionWideReport.BUSY_503,
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public StreamingOutput admission(@PathParam("editionId") long editionId,
                                     @Parameter(description = "Figures as of this day (default today); 1850-01-01 to 2199-12-31")
                                     @QueryParam("asOf") @PlausibleDate LocalDate asOf,
                                     @Parameter(description = "Read the edition's rules from catalog-service now "
                                             + "instead of the copy kept for a few minutes: exam-service freezing "
                                             + "an admission list")
                                     @QueryParam("fresh") @DefaultValue("false") boolean fresh) {
        return answers.json(SummaryViews.AdmissionSummary.of(
                summary(fresh ? catalog.current(editionId) : catalog.of(editionId), asOf)));
    }

    private SummaryViews.EditionSummary summary(EditionRules rules, LocalDate asOf) {
        return summaries.edition(rules, asOf == null ? LocalDate.now(clock) : asOf);
    }
}
