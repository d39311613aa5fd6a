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

@Path("/editions/{editionId}/participants/{studentId}/summary")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Summaries")
public class StudentSummaryResource {

    private final SummaryService summaries;
    private final CatalogRules catalog;

    public StudentSummaryResource(SummaryService summaries, CatalogRules catalog) {
        this.summaries = summaries;
        this.catalog = catalog;
    }

    @GET
    @RolesAllowed({"admin", "tutor", "exam-board"})
    @Operation(summary = "One student against the threshold", description = "As one row of the edition summary.")
    public SummaryViews.StudentSummary student(@PathParam("editionId") long editionId,
                                               @PathParam("studentId") long studentId,
                                               @Parameter(description = "Figures as of this day (default today)")
                                               @QueryParam("asOf") LocalDate asOf) {
        return summaries.student(catalog.of(editionId), studentId, asOf == null ? LocalDate.now() : asOf);
    }
}
