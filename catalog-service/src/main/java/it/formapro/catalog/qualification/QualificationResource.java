package it.formapro.catalog.qualification;

import static it.formapro.common.security.Roles.ADMIN;
import static it.formapro.common.security.Roles.EXAM_BOARD;
import static it.formapro.common.security.Roles.FRONTDESK;
import static it.formapro.common.security.Roles.PORTAL;
import static it.formapro.common.security.Roles.TUTOR;

import it.formapro.catalog.rules.RulesMapper;
import it.formapro.catalog.rules.StandardRules;
import it.formapro.common.web.Paging;
import it.formapro.common.problem.Problem;
import it.formapro.common.problem.ProblemException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/qualifications")
@Produces(MediaType.APPLICATION_JSON)
@APIResponse(responseCode = "401", description = "No valid bearer token", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "403", description = "The token's roles may not perform this operation (writes: admin; reads: admin, frontdesk, tutor, exam-board, portal)",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@Tag(name = "Qualifications", description = "The regional qualifications of the catalogue, their competence units, training standards and rules")
public class QualificationResource {

    @GET
    @RolesAllowed({ADMIN, FRONTDESK, TUTOR, EXAM_BOARD, PORTAL})
    @Operation(summary = "List or search the qualifications",
            description = "The latest version of each qualification (all versions with allVersions=true), ordered by code and version, "
                    + "filtered by EQF level, sector (SEP, by substring), Region and free text (code, title, description, or one of its "
                    + "ATECO, ISTAT CP2011 and ADA codes). The body is a JSON "
                    + "array of one page; the total number of matches is in the X-Total-Count header. Roles: admin, frontdesk, tutor, exam-board, portal. 400 for a bad filter or paging value.")
    @APIResponse(responseCode = "200", description = "One page of qualifications",
            headers = @Header(name = Paging.TOTAL_COUNT, description = "Total number of matches", schema = @Schema(type = SchemaType.INTEGER)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.ARRAY, implementation = QualificationViews.Summary.class)))
    @APIResponse(responseCode = "400", description = "Bad filter or paging value", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response list(
            @Parameter(description = "EQF level, 1-8", example = "5") @QueryParam("eqf") @Min(1) @Max(8) Integer eqf,
            @Parameter(description = "Sector (SEP), matched as a substring, case-insensitive", example = "Area comune") @QueryParam("sector") String sector,
            @Parameter(description = "Free text searched in code, title, description and the ATECO, ISTAT CP2011 and ADA codes", example = "customer") @QueryParam("q") String text,
            @Parameter(description = "Region of the repertorio, any case (the standards that name none are left out)", example = "Abruzzo")
            @QueryParam("region") @Size(max = 100) String region,
            @Parameter(description = "Include every version, not only the latest", example = "false") @QueryParam("allVersions") @DefaultValue("false") boolean allVersions,
            @Parameter(description = "Page number, from 0", example = "0") @QueryParam("page") @DefaultValue("0") @Min(0) int page,
            @Parameter(description = "Page size, 1-100", example = "20") @QueryParam("size") @DefaultValue("20") @Min(1) @Max(Paging.MAX_SIZE) int size) {
        Qualification.Search search = new Qualification.Search(eqf, sector, text, region, allVersions);
        return Paging.page(Qualification.search(search, page, size).map(QualificationViews.Summary::of), page, size);
    }

    @GET
    @Path("/{code}")
    @RolesAllowed({ADMIN, FRONTDESK, TUTOR, EXAM_BOARD, PORTAL})
    @Operation(summary = "Get a qualification (latest version)",
            description = "The latest version of the qualification with its competence units (skills and knowledge), training standard "
                    + "(units, texts) and its rules in compact form. A profile-only qualification (004) has no standard and no rules. "
                    + "Roles: admin, frontdesk, tutor, exam-board, portal. 404 for an unknown code.")
    @APIResponse(responseCode = "200", description = "The qualification", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = QualificationViews.Detail.class)))
    @APIResponse(responseCode = "404", description = "Unknown code", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public QualificationViews.Detail latest(@Parameter(description = "Qualification code", example = "001") @PathParam("code") String code) {
        Qualification q = Qualification.findLatest(code).orElseThrow(() -> ProblemException.notFound("Qualification", code));
        return QualificationViews.Detail.of(q, Qualification.versionsOf(code));
    }

    @GET
    @Path("/{code}/versions/{version}")
    @RolesAllowed({ADMIN, FRONTDESK, TUTOR, EXAM_BOARD, PORTAL})
    @Operation(summary = "Get one version of a qualification", description = "Like the latest, for an exact version (editions run on exact versions). "
            + "Roles: admin, frontdesk, tutor, exam-board, portal. 404 for an unknown code or version.")
    @APIResponse(responseCode = "200", description = "The qualification version", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = QualificationViews.Detail.class)))
    @APIResponse(responseCode = "404", description = "Unknown code or version", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public QualificationViews.Detail version(@Parameter(description = "Qualification code", example = "001") @PathParam("code") String code,
                                             @Parameter(description = "Version", example = "1") @PathParam("version") int version) {
        return QualificationViews.Detail.of(find(code, version), Qualification.versionsOf(code));
    }

    @GET
    @Path("/{code}/versions/{version}/rules")
    @RolesAllowed({ADMIN, FRONTDESK, TUTOR, EXAM_BOARD, PORTAL})
    @Operation(summary = "Get the rules of a qualification version (compact)",
            description = "Hours, attendance, entry requirements, units, propedeuticity and competence units of the standard, in the "
                    + "form the other services consume (the rules part of EditionRules). "
                    + "Roles: admin, frontdesk, tutor, exam-board, portal. 404 for an unknown code or version, or a profile-only qualification.")
    @APIResponse(responseCode = "200", description = "The rules", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = StandardRules.class)))
    @APIResponse(responseCode = "404", description = "Unknown code or version, or no training standard (profile only)", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public StandardRules rules(@Parameter(description = "Qualification code", example = "001") @PathParam("code") String code,
                               @Parameter(description = "Version", example = "1") @PathParam("version") int version) {
        Qualification q = find(code, version);
        if (q.trainingStandard == null) {
            throw new ProblemException(404, "no-training-standard", "No training standard",
                    "Qualification " + code + " v" + version + " (" + q.title + ") has a professional profile only and no training "
                            + "standard (" + q.source + "): it has no hour, attendance or entry rules", null,
                    ProblemException.figures("qualificationCode", code, "qualificationVersion", version));
        }
        return RulesMapper.rulesOf(q, q.trainingStandard);
    }

    private static Qualification find(String code, int version) {
        return Qualification.findVersion(code, version).orElseThrow(() -> {
            List<Integer> versions = Qualification.versionsOf(code);
            return versions.isEmpty() ? ProblemException.notFound("Qualification", code)
                    : new ProblemException(404, "not-found", "Resource not found",
                    "Qualification " + code + " has no version " + version + "; available versions: " + versions, null,
                    ProblemException.figures("availableVersions", versions));
        });
    }
}
