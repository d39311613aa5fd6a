package it.formapro.catalog.qualification;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/qualifications")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Qualifications", description = "The regional qualifications of the catalogue")
public class QualificationResource {

    @GET
    @RolesAllowed({"admin", "frontdesk", "tutor", "exam-board", "portal"})
    @Operation(summary = "List the qualifications", description = "Every qualification of the catalogue, ordered by code and version.")
    public List<Qualification> list() {
        return Qualification.list("order by code, version");
    }
}
