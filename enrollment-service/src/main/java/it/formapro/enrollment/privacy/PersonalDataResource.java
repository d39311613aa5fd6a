package it.formapro.enrollment.privacy;

import static it.formapro.common.security.Roles.ADMIN;
import static it.formapro.common.security.Roles.FRONTDESK;

import it.formapro.common.problem.Problem;
import it.formapro.enrollment.privacy.PersonalDataViews.ErasureReport;
import it.formapro.enrollment.privacy.PersonalDataViews.ErasureRequest;
import it.formapro.enrollment.privacy.PersonalDataViews.PersonalDataExport;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
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

@Path("/students/{id}")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@APIResponse(responseCode = "401", description = "No valid bearer token", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "403", description = "The token has none of the roles the operation requires (listed in its description)", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "404", description = "No such student", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "503", description = "Another service holding the student's data did not answer; nothing was exported or erased here, a retry is safe", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@Tag(name = "Personal data", description = "A student's rights over their data (GDPR art. 15, 17 and 20), across the services")
public class PersonalDataResource {

    @Inject
    PersonalDataService personalData;

    @GET
    @Path("/personal-data")
    @RolesAllowed({ADMIN, FRONTDESK})
    @Operation(summary = "Export a student's personal data", description = "Everything the provider holds on the "
            + "student, gathered from every service: identity, contacts and evidence; enrollments with their history; "
            + "participations, hours, credits and learning checks (attendance-service); admission entries, outcomes "
            + "and certificates (exam-service). GDPR art. 15 and 20. Roles: admin, frontdesk. 404 for an unknown "
            + "student, 503 if a service did not answer (no partial export).")
    @APIResponse(responseCode = "200", description = "The export",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PersonalDataExport.class)))
    public PersonalDataExport export(@PathParam("id") long id) {
        return personalData.export(id);
    }

    @POST
    @Path("/erasure")
    @RolesAllowed(ADMIN)
    @Operation(summary = "Erase a student (GDPR art. 17)", description = "Pseudonymises the student in every service: "
            + "identity, contacts and evidence are deleted here; registers, admission lists and certificates, which "
            + "the law requires us to keep (art. 17(3)(b), D.lgs 13/2013 art. 6), stay under the pseudonym "
            + "'Anonimo ANON-<id>' (certificates keep their number and still verify). Refused while an enrollment "
            + "still needs the identity: pre-enrolled or waiting (withdraw it first), or confirmed on an edition that "
            + "is not CLOSED; and while an exam is pending in exam-service (a session whose certificate or learning "
            + "record for the student is still to be issued, or whose admission list, not frozen yet, will name "
            + "them, or an edition they are CONFIRMED on with no exam session yet), even once the edition is CLOSED: "
            + "each is a violation naming the session (or edition), status and date and what to do. Idempotent: erasing again answers alreadyErased. Roles: admin. 400 "
            + "without a reason, 404 for an unknown student, 409 if an enrollment or a pending exam stands in the way "
            + "(listed in violations), 503 if another service did not answer, exam-service included when asked "
            + "about pending exams (nothing erased here; retry).")
    @APIResponse(responseCode = "200", description = "Erased, or already erased",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ErasureReport.class)))
    @APIResponse(responseCode = "400", description = "No reason given", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "An enrollment or a pending exam still needs the identity", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public ErasureReport erase(@PathParam("id") long id, @NotNull @Valid ErasureRequest request) {
        return personalData.erase(id, request.reason());
    }
}
