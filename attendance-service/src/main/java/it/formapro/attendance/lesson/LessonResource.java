package it.formapro.attendance.lesson;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/lessons")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Lessons")
public class LessonResource {

    @GET
    @RolesAllowed({"admin", "tutor"})
    @Operation(summary = "List lessons")
    public List<Lesson> list() {
        return Lesson.list("order by lessonDate");
    }
}
