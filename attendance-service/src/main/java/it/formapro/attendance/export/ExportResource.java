package it.formapro.attendance.export;

import static it.formapro.common.security.Roles.ADMIN;
import static it.formapro.common.security.Roles.TUTOR;

import it.formapro.common.problem.Problem;
import it.formapro.common.reports.EditionWideReport;
import it.formapro.common.reports.ReportAnswers;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import it.formapro.attendance.catalog.CatalogRules;
import it.formapro.attendance.catalog.EditionRules;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/editions/{editionId}")
@APIResponse(responseCode = "401", description = "No valid bearer token", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "403", description = "The token has none of the roles the operation requires (listed in its description)", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@Tag(name = "Exports", description = "The edition's register as CSV and as the paper register (PDF)")
public class ExportResource {

    private final CatalogRules catalog;
    private final RegisterSheets sheets;
    private final ReportAnswers answers;

    public ExportResource(CatalogRules catalog, RegisterSheets sheets, ReportAnswers answers) {
        this.catalog = catalog;
        this.sheets = sheets;
        this.answers = answers;
    }

    @GET
    @Path("/register.csv")
    @Produces("text/csv")
    @RolesAllowed({ADMIN, TUTOR})
    @EditionWideReport
    @Operation(summary = "The register as CSV", description = "One row per lesson and student expected at it: lesson "
            + "data, student, whether recorded, hours present (blank for a lesson not held yet: it has begun neither "
            + "for the register nor for the summaries). A text cell that a spreadsheet would read as a formula (one "
            + "starting with =, +, -, @, a tab or a carriage return; OWASP \"CSV Injection\") is written with a "
            + "leading single quote. Roles: admin, tutor.")
    @APIResponse(responseCode = "200", description = "The register as a CSV attachment",
            content = @Content(mediaType = "text/csv", schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(responseCode = "503", description = "Refused for now: " + EditionWideReport.BUSY_503,
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response csv(@PathParam("editionId") long editionId) {
        return Response.ok(answers.text(RegisterCsv.write(sheets.load(editionId))))
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"register-" + editionId + ".csv\"")
                .build();
    }

    @GET
    @Path("/register.pdf")
    @Produces("application/pdf")
    @RolesAllowed({ADMIN, TUTOR})
    @EditionWideReport
    @Operation(summary = "The paper register as PDF", description = "Lessons x students with the hours present, "
            + "then each student's totals over the lessons held (a lesson not held yet is blank and counts neither "
            + "as attended nor as missed, as in the summaries); the heading names the edition and the standard (from "
            + "catalog-service). "
            + "Roles: admin, tutor. 404 for an unknown edition, 503 if catalog-service is unavailable and the rules not cached.")
    @APIResponse(responseCode = "200", description = "The register as a PDF attachment",
            content = @Content(mediaType = "application/pdf", schema = @Schema(type = SchemaType.STRING, format = "binary")))
    @APIResponse(responseCode = "404", description = "No such edition in catalog-service",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "503", description = "catalog-service unavailable and the edition rules not cached - or " + EditionWideReport.BUSY_503,
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response pdf(@PathParam("editionId") long editionId) {
        // the rules before the sheet's transaction: no database connection is held while catalog answers
        EditionRules rules = catalog.of(editionId);
        return Response.ok(answers.bytes(RegisterPdf.write(sheets.load(editionId), rules)))
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"register-" + editionId + ".pdf\"")
                .build();
    }
}
