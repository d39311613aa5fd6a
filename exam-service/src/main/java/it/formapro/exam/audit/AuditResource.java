package it.formapro.exam.audit;

import static it.formapro.common.security.Roles.ADMIN;

import it.formapro.common.problem.Problem;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import it.formapro.common.problem.ProblemException;
import it.formapro.common.web.Paging;
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
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/audit-events")
@Produces(MediaType.APPLICATION_JSON)
@APIResponse(responseCode = "401", description = "No valid bearer token", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "403", description = "The token has none of the roles the operation requires (listed in its description)", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@Tag(name = "Audit trail")
public class AuditResource {

    private final AuditLog audit;

    public AuditResource(AuditLog audit) {
        this.audit = audit;
    }

    @Schema(name = "AuditEvent", description = "One recorded change: who did what, when")
    public record AuditEventView(
            @Schema(examples = "42") long id,
            @Schema(description = "When the change was committed", examples = "2027-07-10T10:15:30Z") OffsetDateTime at,
            @Schema(description = "User name from the token", examples = "board.president") String actor,
            @Schema(examples = "OUTCOME_RECORDED") String action,
            @Schema(description = "EXAM_SESSION, ADMISSION_LIST, OUTCOME or DOCUMENT", examples = "OUTCOME",
                    type = SchemaType.STRING, enumeration = {"EXAM_SESSION", "ADMISSION_LIST", "OUTCOME", "DOCUMENT"})
            String entityType,
            @Schema(examples = "7") long entityId,
            @Schema(description = "The exam session it concerns; null for a document issued without one", examples = "3",
                    nullable = true) Long sessionId,
            @Schema(description = "What changed", examples = "student 5: PASSED (UC1 passed, UC2 passed)") String detail) {

        static AuditEventView of(AuditEvent e) {
            return new AuditEventView(e.id, e.at, e.actor, e.action, e.entityType, e.entityId, e.sessionId, e.detail);
        }
    }

    @GET
    @RolesAllowed(ADMIN)
    @Operation(summary = "Query the audit trail",
            description = "Changes to exam sessions, admission lists, outcomes and certificates, oldest first, one page "
                    + "at a time: the body is a JSON array, the number of matches is in the X-Total-Count header "
                    + "(X-Page, X-Page-Size, X-Page-Count as in catalog-service). Filter by entity (entityType + "
                    + "entityId) and/or by exam session. Roles: admin. 400 for an unknown entityType (the known ones "
                    + "are listed) or a paging value out of range.")
    @APIResponse(responseCode = "200", description = "One page of events, oldest first",
            headers = @Header(name = Paging.TOTAL_COUNT, description = "Total number of matching events",
                    schema = @Schema(type = SchemaType.INTEGER)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.ARRAY, implementation = AuditEventView.class)))
    @APIResponse(responseCode = "400", description = "Unknown entityType, or a bad paging value",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response list(
            @Parameter(description = "EXAM_SESSION, ADMISSION_LIST, OUTCOME or DOCUMENT", example = "DOCUMENT")
            @QueryParam("entityType") String entityType,
            @QueryParam("entityId") Long entityId,
            @QueryParam("sessionId") Long sessionId,
            @Parameter(description = "Page number, from 0", example = "0") @QueryParam("page") @DefaultValue("0") @Min(0) int page,
            @Parameter(description = "Page size, 1-100", example = "20") @QueryParam("size") @DefaultValue("20") @Min(1)
            @Max(Paging.MAX_SIZE) int size) {
        AuditEntity type = entityType == null ? null : entity(entityType);
        return Paging.page(audit.page(type, entityId, sessionId, page, size).map(AuditEventView::of), page, size);
    }

    /**
     * The entity type asked for: an unknown one is a 400 naming the known ones, not an empty list that reads as "no
     * change was ever made" (a misspelt DOCUMENTS would hide every revocation).
     */
    static AuditEntity entity(String entityType) {
        try {
            return AuditEntity.valueOf(entityType.trim());
        } catch (IllegalArgumentException e) {
            String known = Arrays.stream(AuditEntity.values()).map(Enum::name).collect(Collectors.joining(", "));
            throw new ProblemException(400, "validation", "Invalid request", "entityType: '" + entityType
                    + "' is not an entity type of the audit trail; the known ones are " + known,
                    List.of(new Problem.Violation("entityType", "one of " + known)),
                    ProblemException.figures("knownEntityTypes", Arrays.asList(AuditEntity.values())));
        }
    }
}
