package it.formapro.exam.session;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/exam-sessions")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Exam sessions")
public class ExamSessionResource {

    @GET
    @RolesAllowed({"admin", "exam-board"})
    @Operation(summary = "List exam sessions")
    public List<ExamSession> list() {
        return ExamSession.list("order by examDate");
    }
}
