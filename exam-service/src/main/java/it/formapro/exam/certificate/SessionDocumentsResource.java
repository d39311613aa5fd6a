package it.formapro.exam.certificate;

import static it.formapro.common.security.Roles.ADMIN;
import static it.formapro.common.security.Roles.EXAM_BOARD;

import it.formapro.common.problem.Problem;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
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
@APIResponse(responseCode = "401", description = "No valid bearer token", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "403", description = "The token has none of the roles the operation requires (listed in its description)", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@Tag(name = "Certificates and learning records")
public class SessionDocumentsResource {

    @Inject
    DocumentViews views;

    @GET
    @RolesAllowed({EXAM_BOARD, ADMIN})
    @Operation(summary = "The certificates and learning records issued in a session", description = "Oldest first. "
            + "Roles: exam-board, admin. 404 for an unknown session.")
    @APIResponse(responseCode = "200", description = "The documents, oldest first",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.ARRAY, implementation = DocumentView.class)))
    @APIResponse(responseCode = "404", description = "No such exam session",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public List<DocumentView> ofSession(@PathParam("sessionId") long sessionId) {
        ExamSessionService.require(sessionId);
        return IssuedDocument.<IssuedDocument>list("sessionId = ?1 order by id", sessionId).stream()
                .map(views::view).toList();
    }
}
