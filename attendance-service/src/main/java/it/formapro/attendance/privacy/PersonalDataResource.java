package it.formapro.attendance.privacy;

import static it.formapro.common.security.Roles.ADMIN;
import static it.formapro.common.security.Roles.FRONTDESK;

import it.formapro.common.problem.Problem;
import it.formapro.common.security.Caller;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.logging.Logger;

/**
 * A student's personal data in this service: export (GDPR art. 15/20) and erasure (art. 17). The erasure
 * pseudonymises rather than deletes: under art. 17(3)(b) the records the provider must keep by law (the attendance
 * register, credits, learning checks) stay, pseudonymised (see {@link PersonalDataService}).
 */
@Path("/students/{studentId}")
@Produces(MediaType.APPLICATION_JSON)
@APIResponse(responseCode = "401", description = "No valid bearer token", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "403", description = "The token has none of the roles the operation requires (listed in its description)", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@Tag(name = "Personal data", description = "A student's data in attendance-service: export, and erasure by pseudonymisation (GDPR)")
public class PersonalDataResource {

    private static final Logger LOG = Logger.getLogger(PersonalDataResource.class);

    private final PersonalDataService personalData;
    private final Caller caller;

    public PersonalDataResource(PersonalDataService personalData, Caller caller) {
        this.personalData = personalData;
        this.caller = caller;
    }

    @GET
    @Path("/personal-data")
    @RolesAllowed({ADMIN, FRONTDESK})
    @Operation(summary = "Export the student's personal data", description = "Everything this service holds about the "
            + "student, across every edition (GDPR art. 15 and 20): participations (withdrawn ones included), every "
            + "recorded presence with its lesson and hours, attendance credits (revoked ones included), learning "
            + "checks (annulled ones included). attendance-service does not know which students exist, so an unknown student (or one with no "
            + "data here) gives 200 with empty lists, never 404. Roles: admin, frontdesk. 401 without a valid token, 403 for any other role.")
    @APIResponse(responseCode = "200", description = "The student's data (empty lists when there is none)",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AttendancePersonalData.class)))
    public AttendancePersonalData export(@PathParam("studentId") long studentId) {
        return personalData.export(studentId);
    }

    @POST
    @Path("/erasure")
    @Consumes(MediaType.WILDCARD) // no body: a bare POST (no Content-Type) must not be a 415
    @RolesAllowed(ADMIN)
    @Operation(summary = "Erase the student's identity (pseudonymise, idempotent)", description = "GDPR art. 17, "
            + "within art. 17(3)(b): the register, credits and learning checks are records the provider must keep by "
            + "law, so they stay, pseudonymised. Every participation of the student takes the name 'Anonimo "
            + "ANON-<studentId>' (registers, CSV/PDF exports and summaries show it from then on) and the free texts "
            + "that may describe the person are cleared: the notes of the student's learning checks and the reasons "
            + "of their annulments, the reasons of withdrawals and of credits (revoked ones included) and of their "
            + "revocations; hours, credits and check outcomes are unchanged. "
            + "One transaction. The answer counts the rows changed by this call: a repeated call (e.g. a retry by "
            + "enrollment-service) changes nothing and answers zeros, and so does an unknown student. No request "
            + "body. Roles: admin. 401 without a valid token, 403 for any other role.")
    @APIResponse(responseCode = "200", description = "What this call changed",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ErasureReport.class)))
    public ErasureReport erase(@PathParam("studentId") long studentId) {
        ErasureReport report = personalData.erase(studentId, caller.name());
        // audit: who and which student id, never a name
        LOG.infof("Erasure of student %d by %s: %d participant rows pseudonymised, %d learning-check notes, %d "
                        + "check annulment reasons, %d withdrawal reasons and %d credit reasons cleared", studentId,
                caller.name(), report.participantsPseudonymised(), report.learningCheckNotesCleared(),
                report.learningCheckAnnulmentReasonsCleared(), report.withdrawalReasonsCleared(),
                report.creditReasonsCleared());
        return report;
    }
}
