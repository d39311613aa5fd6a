package it.formapro.attendance.lesson;

import it.formapro.common.problem.Problem;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
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

    @GET
    @RolesAllowed({"admin", "tutor"})
    @Operation(summary = "List lessons", description = "Lessons of every edition (or of one with ?editionId), by date. "
            + "Roles: admin, tutor.")
    @APIResponse(responseCode = "200", description = "The lessons",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.ARRAY, implementation = LessonView.class)))
    public List<LessonView> list(@Parameter(description = "Only this edition's lessons") @QueryParam("editionId") Long editionId) {
        List<Lesson> lessons = editionId == null ? Lesson.list("order by lessonDate, startTime, id") : Lesson.ofEdition(editionId);
        return lessons.stream().map(LessonView::of).toList();
    }
}
