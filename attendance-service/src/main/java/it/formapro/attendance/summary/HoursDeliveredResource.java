package it.formapro.attendance.summary;

import static it.formapro.common.security.Roles.ADMIN;
import static it.formapro.common.security.Roles.EXAM_BOARD;
import static it.formapro.common.security.Roles.FRONTDESK;
import static it.formapro.common.security.Roles.PORTAL;
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

@Path("/editions/{editionId}/hours-delivered")
@Produces(MediaType.APPLICATION_JSON)
@APIResponse(responseCode = "401", description = "No valid bearer token", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "403", description = "The token has none of the roles the operation requires (listed in its description)", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@Tag(name = "Summaries")
public class HoursDeliveredResource {

    private final SummaryService summaries;
    private final CatalogRules catalog;
    private final Clock clock;

    public HoursDeliveredResource(SummaryService summaries, CatalogRules catalog, Clock clock) {
        this.summaries = summaries;
        this.catalog = catalog;
        this.clock = clock;
    }

    @GET
    @RolesAllowed({ADMIN, FRONTDESK, TUTOR, EXAM_BOARD, PORTAL})
    @Operation(summary = "Hours delivered so far", description = "Hours of the lessons held by asOf (default "
            + "today; of asOf itself only those begun, if it is today), on the same basis as plannedHours (internship "
            + "excluded where the standard's total excludes it). "
            + "enrollment-service uses it for the latest joining point (TUI), with the caller's token: a portal applying "
            + "to an edition already started reads it too (the edition's progress, no personal data). Roles: admin, "
            + "frontdesk, tutor, exam-board, portal. 400 for an asOf that is no date or outside 1850-2199, 404 for an "
            + "unknown edition, 503 if catalog-service is unavailable and the rules not cached.")
    @APIResponse(responseCode = "200", description = "The hours delivered",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SummaryService.HoursDelivered.class)))
    @APIResponse(responseCode = "400", description = "asOf is not a date as YYYY-MM-DD, or lies outside 1850-01-01 to 2199-12-31",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such edition in catalog-service",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "503", description = "catalog-service unavailable and the edition rules not cached",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public SummaryService.HoursDelivered hoursDelivered(@PathParam("editionId") long editionId,
                                                        @Parameter(description = "Count lessons up to this day; 1850-01-01 to 2199-12-31")
                                                        @QueryParam("asOf") @PlausibleDate LocalDate asOf) {
        return summaries.hoursDelivered(catalog.of(editionId), asOf == null ? LocalDate.now(clock) : asOf);
    }
}
