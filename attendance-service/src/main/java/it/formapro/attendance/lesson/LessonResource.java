package it.formapro.attendance.lesson;

import static it.formapro.common.security.Roles.ADMIN;
import static it.formapro.common.security.Roles.TUTOR;

import it.formapro.common.problem.Problem;
import it.formapro.common.web.Paging;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** All lessons across editions (the main API is per edition: {@link EditionLessonResource}). */
@Path("/lessons")
@Produces(MediaType.APPLICATION_JSON)
@APIResponse(responseCode = "401", description = "No valid bearer token", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "403", description = "The token has none of the roles the operation requires (listed in its description)", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@Tag(name = "Lessons")
public class LessonResource {

    private final LessonService lessons;

    public LessonResource(LessonService lessons) {
        this.lessons = lessons;
    }

    // every edition's calendar grows with each lesson held: paged like the other services' lists, never the whole table
    @GET
    @RolesAllowed({ADMIN, TUTOR})
    @Operation(summary = "List lessons", description = "Lessons of every edition (or of one with ?editionId), by date. "
            + "The body is a JSON array of one page; the total number of matches is in the X-Total-Count header. "
            + "Roles: admin, tutor. 400 for a bad paging value.")
    @APIResponse(responseCode = "200", description = "One page of lessons",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.ARRAY, implementation = LessonView.class)))
    public Response list(@Parameter(description = "Only this edition's lessons") @QueryParam("editionId") Long editionId,
                         @Parameter(description = "Page number, from 0", example = "0") @QueryParam("page") @DefaultValue("0") @Min(0) int page,
                         @Parameter(description = "Page size, 1-100", example = "20") @QueryParam("size") @DefaultValue("20") @Min(1) @Max(Paging.MAX_SIZE) int size) {
        return Paging.page(lessons.list(editionId, page, size).map(LessonView::of), page, size);
    }
}
