package it.formapro.catalog.edition;

import static it.formapro.common.security.Roles.ADMIN;
import static it.formapro.common.security.Roles.EXAM_BOARD;
import static it.formapro.common.security.Roles.FRONTDESK;
import static it.formapro.common.security.Roles.PORTAL;
import static it.formapro.common.security.Roles.TUTOR;

import it.formapro.catalog.rules.EditionRules;
import it.formapro.common.web.IdempotencyKey;
import it.formapro.common.web.Paging;
import it.formapro.common.problem.Problem;
import it.formapro.common.problem.ProblemException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.core.Context;
import java.util.Arrays;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/editions")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@APIResponse(responseCode = "401", description = "No valid bearer token", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "403", description = "The token's roles may not perform this operation (writes: admin; reads: admin, frontdesk, tutor, exam-board, portal)",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@Tag(name = "Course editions", description = "Deliveries of a standard by a provider: dates, hours, capacity, status")
public class EditionResource {

    private final EditionService editions;

    public EditionResource(EditionService editions) {
        this.editions = editions;
    }

    @GET
    @RolesAllowed({ADMIN, FRONTDESK, TUTOR, EXAM_BOARD, PORTAL})
    @Operation(summary = "List course editions",
            description = "Editions ordered by start date, optionally filtered by qualification code, status, Region and "
                    + "enrollable=true: the editions a portal may offer, OPEN or RUNNING and not yet ended (a RUNNING one "
                    + "may still be past its latest joining point, which POST /enrollments checks). Filters combine. The body is a JSON "
                    + "array of one page; the total number of matches is in the X-Total-Count header. Roles: admin, frontdesk, tutor, exam-board, portal. 400 for a bad filter or paging value.")
    @APIResponse(responseCode = "200", description = "One page of editions",
            headers = @Header(name = Paging.TOTAL_COUNT, description = "Total number of matching editions", schema = @Schema(type = SchemaType.INTEGER)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.ARRAY, implementation = EditionView.class)))
    @APIResponse(responseCode = "400", description = "Bad filter or paging value", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response list(
            @Parameter(description = "Qualification code", example = "001") @QueryParam("qualification") String qualification,
            @Parameter(description = "Status: PLANNED, OPEN, RUNNING or CLOSED", example = "OPEN") @QueryParam("status") String status,
            @Parameter(description = "Only editions that still take students: OPEN or RUNNING, end date not passed", example = "true")
            @QueryParam("enrollable") @DefaultValue("false") boolean enrollable,
            @Parameter(description = "Region issuing the edition's certificates (the edition's, else its standard's), any case",
                    example = "Abruzzo") @QueryParam("region") @Size(max = 100) String region,
            @Parameter(description = "Page number, from 0", example = "0") @QueryParam("page") @DefaultValue("0") @Min(0) int page,
            @Parameter(description = "Page size, 1-100", example = "20") @QueryParam("size") @DefaultValue("20") @Min(1) @Max(Paging.MAX_SIZE) int size) {
        EditionService.EditionFilter filter = new EditionService.EditionFilter(qualification, parseStatus(status), enrollable, region);
        return Paging.page(editions.list(filter, page, size).map(EditionView::of), page, size);
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({ADMIN, FRONTDESK, TUTOR, EXAM_BOARD, PORTAL})
    @Operation(summary = "Get a course edition", description = "The edition with its status, the statuses it may move to and its "
            + "optimistic-lock version. Roles: admin, frontdesk, tutor, exam-board, portal. 404 for an unknown edition.")
    @APIResponse(responseCode = "200", description = "The edition", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = EditionView.class)))
    @APIResponse(responseCode = "404", description = "No such edition", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public EditionView get(@Parameter(description = "Edition id", example = "12") @PathParam("id") long id) {
        return EditionView.of(editions.get(id));
    }

    @GET
    @Path("/{id}/rules")
    @RolesAllowed({ADMIN, FRONTDESK, TUTOR, EXAM_BOARD, PORTAL})
    @Operation(summary = "Get the rules an edition runs under",
            description = "The EditionRules document of docs/CONTRACTS.md: the edition plus hour, attendance, entry, unit and "
                    + "propedeuticity rules of the exact standard version it runs. Enrollment, attendance and exam services rely on it. "
                    + "Roles: admin, frontdesk, tutor, exam-board, portal. 404 for an unknown edition.")
    @APIResponse(responseCode = "200", description = "The edition and its rules", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = EditionRules.class)))
    @APIResponse(responseCode = "404", description = "No such edition", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public EditionRules rules(@Parameter(description = "Edition id", example = "12") @PathParam("id") long id) {
        return editions.rules(id);
    }

    @POST
    @RolesAllowed(ADMIN)
    @Operation(summary = "Create a course edition",
            description = "Creates a PLANNED edition on a qualification version. Refused (422, with the figures) when the planned hours "
                    + "are below the standard's minimum, the internship is outside the standard's range, the qualification or version is "
                    + "unknown, or the qualification has a professional profile only (no training standard, e.g. 004). Send an "
                    + "Idempotency-Key header to make retries safe: the same key with the same body answers the edition already "
                    + "created, as the first answer did (201, the same Location, Idempotent-Replayed: true). "
                    + "Roles: admin. 400 for a missing or malformed field, or a date outside 1850-2199.")
    @APIResponse(responseCode = "201", description = "Created, or the replay of an earlier request with the same Idempotency-Key (nothing new created)",
            headers = @Header(name = "Location", description = "URL of the new edition", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = EditionView.class)))
    @APIResponse(responseCode = "400", description = "Missing or malformed field, end before start, a date outside 1850-2199", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "Refused by a rule of the standard", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response create(
            @Parameter(description = "Client-chosen key making the creation idempotent", example = "3f1c2a9e-edition-pescara-2027")
            @HeaderParam(IdempotencyKey.HEADER) @Size(max = IdempotencyKey.MAX_LENGTH) String idempotencyKey,
            @NotNull @Valid EditionRequest request, @Context UriInfo uri) {
        // a key over MAX_LENGTH was refused by @Size with the body's violations (the published maxLength)
        String key = IdempotencyKey.read(idempotencyKey);
        EditionService.Created created = editions.create(request, key);
        return IdempotencyKey.created(uri.getBaseUriBuilder().path("editions").path(String.valueOf(created.edition().id())).build(),
                created.edition(), key, created.replayed());
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed(ADMIN)
    @Operation(summary = "Replace a course edition",
            description = "Replaces the edition's data, checked against the standard like a creation. The body must carry the edition's "
                    + "`version` as last read; a stale version is refused with 409. The qualification can only be changed while the "
                    + "edition is PLANNED. A CLOSED edition's course data are final: only the references its certificates and "
                    + "learning records carry (providerAccreditation, issuingRegion) may still be recorded or corrected, with every "
                    + "other field sent as the edition has it (409 edition-closed naming the fields that differ and the ones that "
                    + "may change); they cannot be removed (409). Roles: admin. 400 for a missing or malformed field or a date "
                    + "outside 1850-2199, 404 for an unknown edition, 422 if a rule of the standard refuses it.")
    @APIResponse(responseCode = "200", description = "Updated", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = EditionView.class)))
    @APIResponse(responseCode = "400", description = "Missing or malformed field, a date outside 1850-2199", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such edition", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "Edition closed (edition-closed: a field other than the document references differs, "
            + "or a reference would be removed), or changed meanwhile", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "Refused by a rule of the standard", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public EditionView update(@Parameter(description = "Edition id", example = "12") @PathParam("id") long id,
                              @NotNull @Valid EditionRequest request) {
        return editions.update(id, request);
    }

    @POST
    @Path("/{id}/status")
    @RolesAllowed(ADMIN)
    @Operation(summary = "Change the status of a course edition",
            description = "Allowed moves: PLANNED -> OPEN or CLOSED (cancelled), OPEN -> RUNNING or CLOSED, RUNNING -> CLOSED. "
                    + "Any other move is refused with 409 naming the allowed ones; CLOSED is final. An edition may be closed "
                    + "while it lacks references exam-service requires on its documents: `missingDocumentReferences` in the "
                    + "answer names them, and PUT still records them on the CLOSED edition. Roles: admin. 400 for "
                    + "a missing or unknown status, 404 for an unknown edition.")
    @APIResponse(responseCode = "200", description = "The edition in its new status", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = EditionView.class)))
    @APIResponse(responseCode = "400", description = "Missing or unknown status", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such edition", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "Move not allowed from the current status, or stale version", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public EditionView changeStatus(@Parameter(description = "Edition id", example = "12") @PathParam("id") long id,
                                    @NotNull @Valid StatusChange change) {
        return editions.changeStatus(id, change);
    }

    private static EditionStatus parseStatus(String status) {
        if (status == null || status.isBlank()) {
            return null;
        }
        try {
            return EditionStatus.valueOf(status.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw ProblemException.badRequest("status: '" + status + "' is not one of " + Arrays.toString(EditionStatus.values()));
        }
    }
}
