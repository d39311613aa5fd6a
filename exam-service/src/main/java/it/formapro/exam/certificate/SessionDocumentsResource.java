package it.formapro.exam.certificate;

import it.formapro.exam.certificate.DocumentDtos.DocumentView;
import it.formapro.exam.session.ExamSessionService;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/exam-sessions/{sessionId}/documents")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Certificates and learning records")
public class SessionDocumentsResource {

    @Inject
    DocumentService documents;

    @GET
    @RolesAllowed({"exam-board", "admin"})
    @Operation(summary = "The certificates and learning records issued in a session", description = "Oldest first.")
    public List<DocumentView> ofSession(@PathParam("sessionId") long sessionId) {
        ExamSessionService.require(sessionId);
        return IssuedDocument.<IssuedDocument>list("sessionId = ?1 order by id", sessionId).stream()
                .map(documents::view).toList();
    }
}
