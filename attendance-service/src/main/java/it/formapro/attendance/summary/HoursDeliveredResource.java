package it.formapro.attendance.summary;

import it.formapro.attendance.catalog.CatalogRules;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/editions/{editionId}/hours-delivered")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Summaries")
public class HoursDeliveredResource {

    private final SummaryService summaries;
    private final CatalogRules catalog;

    public HoursDeliveredResource(SummaryService summaries, CatalogRules catalog) {
        this.summaries = summaries;
        this.catalog = catalog;
    }

    @GET
    @RolesAllowed({"admin", "frontdesk", "tutor", "exam-board"})
    @Operation(summary = "Hours delivered so far", description = "Hours of the lessons dated up to asOf (default "
            + "today), on the same basis as plannedHours (internship excluded where the standard's total excludes it). "
            + "enrollment-service uses it for the latest joining point (TUI).")
    public SummaryService.HoursDelivered hoursDelivered(@PathParam("editionId") long editionId,
                                                        @Parameter(description = "Count lessons up to this day")
                                                        @QueryParam("asOf") LocalDate asOf) {
        return summaries.hoursDelivered(catalog.of(editionId), asOf == null ? LocalDate.now() : asOf);
    }
}
