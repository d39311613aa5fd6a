package it.formapro.attendance.participant;

import static it.formapro.common.security.Roles.ADMIN;
import static it.formapro.common.security.Roles.FRONTDESK;
import static it.formapro.common.security.Roles.TUTOR;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import it.formapro.common.problem.Problem;
import it.formapro.common.security.Caller;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/editions/{editionId}/participants")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@APIResponse(responseCode = "401", description = "No valid bearer token", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "403", description = "The token has none of the roles the operation requires (listed in its description)", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@Tag(name = "Participants", description = "Students of an edition, registered and withdrawn by enrollment-service")
public class ParticipantResource {

    private final ParticipantService participants;
    private final Caller caller;

    public ParticipantResource(ParticipantService participants, Caller caller) {
        this.participants = participants;
        this.caller = caller;
    }

    @GET
    @RolesAllowed({ADMIN, FRONTDESK, TUTOR})
    @Operation(summary = "The edition's participants", description = "The students registered on the edition, by last "
            + "name, withdrawn ones included. Roles: admin, frontdesk, tutor; withdrawalReason only for admin and "
            + "frontdesk (null for a tutor: the front desk's free text may be health data). An unknown edition gives "
            + "an empty list.")
    @APIResponse(responseCode = "200", description = "The participants",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.ARRAY, implementation = ParticipantView.class)))
    public List<ParticipantView> list(@PathParam("editionId") long editionId) {
        boolean withReason = readsWithdrawalReason();
        return Participant.ofEdition(editionId).stream().map(p -> ParticipantView.of(p, withReason)).toList();
    }

    @GET
    @Path("/{studentId}")
    @RolesAllowed({ADMIN, FRONTDESK, TUTOR})
    @Operation(summary = "One participant", description = "The student's participation in the edition: joining "
            + "day, status and withdrawal, if any. Roles: admin, frontdesk, tutor; withdrawalReason only for admin and "
            + "frontdesk (null for a tutor: the front desk's free text may be health data). 404 if the student is not "
            + "a participant.")
    @APIResponse(responseCode = "200", description = "The participant",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ParticipantView.class)))
    @APIResponse(responseCode = "404", description = "Not a participant of this edition",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public ParticipantView get(@PathParam("editionId") long editionId, @PathParam("studentId") long studentId) {
        return ParticipantView.of(participants.find(editionId, studentId),
                readsWithdrawalReason());
    }

    @PUT
    @Path("/{studentId}")
    @RolesAllowed({ADMIN, FRONTDESK})
    @Operation(summary = "Register a participant (idempotent)", description = "Called by enrollment-service when an "
            + "enrollment is confirmed, and again when the student's name is corrected. The same body twice gives the "
            + "same participant. A withdrawn participant is reactivated only by another enrollmentId (a new "
            + "enrollment); with the enrollmentId it was withdrawn from, only the names are updated and it stays "
            + "withdrawn (joinedOn and the withdrawal as recorded), so a name correction crossing a withdrawal cannot "
            + "undo it. joinedOn decides which delivered hours count for the student. A change records who made it "
            + "(updatedBy, the token's user, and updatedAt); the same body again changes nothing. Once the student's "
            + "personal data were erased (POST /students/{studentId}/erasure: their rows keep the pseudonym 'Anonimo "
            + "ANON-<studentId>'), a name other than the pseudonym, on this edition or another, and another "
            + "enrollmentId on a withdrawn row are refused (409 participant-erased, nothing changed). Roles: admin, "
            + "frontdesk. 400 for a missing or malformed field.")
    @APIResponse(responseCode = "200", description = "The participant",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ParticipantView.class)))
    @APIResponse(responseCode = "400", description = "Missing or malformed field",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "The student's personal data were erased (participant-erased): "
            + "the rows take no name but the pseudonym and a withdrawn one is not reactivated; or the row was changed "
            + "meanwhile (concurrent-modification)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public ParticipantView register(@PathParam("editionId") long editionId, @PathParam("studentId") long studentId,
                                    @Valid @NotNull ParticipantRequest request) {
        return ParticipantView.of(participants.register(editionId, studentId, request, caller.name()));
    }

    @POST
    @Path("/{studentId}/withdrawal")
    @RolesAllowed({ADMIN, FRONTDESK})
    @Operation(summary = "Withdraw a participant (idempotent)", description = "The student leaves the edition; the "
            + "register keeps the hours already recorded. A withdrawal dated before the joining day (confirmed ahead "
            + "of the start, left before the first day) means the student attends no day. It records who withdrew the "
            + "student (updatedBy, the token's user, and updatedAt). Once the student's personal data were erased, the "
            + "withdrawal is recorded without its reason (free text that may describe the person). Roles: admin, frontdesk. "
            + "400 for a missing field, 404 if the student is not a participant.")
    @APIResponse(responseCode = "200", description = "The withdrawn participant",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ParticipantView.class)))
    @APIResponse(responseCode = "400", description = "Missing or malformed field",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "Not a participant of this edition",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public ParticipantView withdraw(@PathParam("editionId") long editionId, @PathParam("studentId") long studentId,
                                    @Valid @NotNull WithdrawalRequest request) {
        return ParticipantView.of(participants.withdraw(editionId, studentId, request, caller.name()));
    }

    /**
     * Why a student left is read by the office, which records withdrawals: it is the front desk's free text and may
     * describe the person's health (GDPR art. 9: no wider than needed); tutors see the withdrawal without it.
     */
    private boolean readsWithdrawalReason() {
        return caller.isStaff();
    }
}
