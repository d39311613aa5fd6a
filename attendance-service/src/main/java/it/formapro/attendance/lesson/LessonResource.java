package it.formapro.attendance.lesson;

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
@Tag(name = "Lessons")
public class LessonResource {

    @GET
    @RolesAllowed({"admin", "tutor"})
    @Operation(summary = "List lessons", description = "Lessons of every edition (or of one with ?editionId), by date.")
    public List<LessonView> list(@Parameter(description = "Only this edition's lessons") @QueryParam("editionId") Long editionId) {
        List<Lesson> lessons = editionId == null ? Lesson.list("order by lessonDate, startTime, id") : Lesson.ofEdition(editionId);
        return lessons.stream().map(LessonView::of).toList();
    }
}
