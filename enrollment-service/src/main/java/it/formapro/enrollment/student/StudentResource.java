package it.formapro.enrollment.student;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/students")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Students")
public class StudentResource {

    @GET
    @RolesAllowed({"admin", "frontdesk"})
    @Operation(summary = "List students")
    public List<Student> list() {
        return Student.list("order by lastName, firstName");
    }
}
