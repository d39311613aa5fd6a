package it.formapro.attendance.calendar;

import static it.formapro.common.security.Roles.ADMIN;
import static it.formapro.common.security.Roles.EXAM_BOARD;
import static it.formapro.common.security.Roles.FRONTDESK;
import static it.formapro.common.security.Roles.TUTOR;

import it.formapro.attendance.catalog.CatalogRules;
import it.formapro.common.problem.Problem;
import it.formapro.common.validation.PlausibleDate;
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
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/editions/{editionId}/calendar-check")
@Produces(MediaType.APPLICATION_JSON)
@APIResponse(responseCode = "401", description = "No valid bearer token", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "403", description = "The token has none of the roles the operation requires (listed in its description)", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@Tag(name = "Lessons")
public class CalendarCheckResource {

    private final CalendarCheckService calendar;
    private final CatalogRules catalog;
    private final Clock clock;

    public CalendarCheckResource(CalendarCheckService calendar, CatalogRules catalog, Clock clock) {
        this.calendar = calendar;
        this.catalog = catalog;
        this.clock = clock;
    }

    @GET
    @RolesAllowed({ADMIN, FRONTDESK, TUTOR, EXAM_BOARD})
    @Operation(summary = "The calendar against the standard's minimums", description = "The edition's whole calendar "
            + "against each hour rule its standard states (a rule the catalogue leaves empty, or a minimum of 0, is "
            + "no line): total hours (the planned hours, at least the standard's minimum, internship excluded where "
            + "the standard's total excludes it), minimum classroom, lab, key-competence (KC), internship and "
            + "internship + lab hours, and per unit its minimum hours, minimum classroom hours, minimum and maximum lab "
            + "hours and synchronous e-learning % of its classroom hours. Each line: rule, source, required minimum or "
            + "maximum, hours scheduled (every lesson) and delivered (lessons up to asOf, default today), MET / SHORT "
            + "(by how many hours) / OVER; compliant when all are MET. Nothing is refused here. Roles: admin, "
            + "frontdesk, tutor, exam-board. 400 for an asOf that is no date or outside 1850-2199, 404 for an unknown "
            + "edition, 503 if catalog-service is unavailable and the rules not cached.")
    @APIResponse(responseCode = "200", description = "The check",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CalendarCheck.class)))
    @APIResponse(responseCode = "400", description = "asOf is not a date as YYYY-MM-DD, or lies outside 1850-01-01 to 2199-12-31",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such edition in catalog-service",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "503", description = "catalog-service unavailable and the edition rules not cached",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public CalendarCheck check(@PathParam("editionId") long editionId,
                               @Parameter(description = "Lessons up to this day count as delivered; 1850-01-01 to 2199-12-31")
                               @QueryParam("asOf") @PlausibleDate LocalDate asOf) {
        return calendar.check(catalog.of(editionId), asOf == null ? LocalDate.now(clock) : asOf);
    }
}
