package it.formapro.exam.privacy;

import static it.formapro.common.security.Roles.ADMIN;
import static it.formapro.common.security.Roles.FRONTDESK;

import it.formapro.common.problem.Problem;
import it.formapro.exam.privacy.PersonalDataDtos.ErasureReport;
import it.formapro.exam.privacy.PersonalDataDtos.ExamPersonalData;
import it.formapro.exam.privacy.PersonalDataDtos.PendingExam;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** A student's personal data held by exam-service: export and erasure (pseudonymisation, never deletion). */
@Path("/students/{studentId}")
@Produces(MediaType.APPLICATION_JSON)
@APIResponse(responseCode = "401", description = "No valid bearer token", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "403", description = "The token has none of the roles the operation requires (listed in its description)", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@Tag(name = "Personal data")
public class PersonalDataResource {

    @Inject
    PersonalDataService personalData;

    @GET
    @Path("/personal-data")
    @RolesAllowed({ADMIN, FRONTDESK})
    @Operation(summary = "Everything exam-service holds about a student (GDPR art. 15 and 20)",
            description = "The student's entry in every frozen admission list (as frozen, names and figures included), "
                    + "the board's outcomes, and the certificates and learning records issued with their content "
                    + "(holder, units, course, assessment), revocation and pseudonymisation. exam-service does not own "
                    + "students (enrollment-service does): an id it has no record of answers 200 with empty lists, not "
                    + "404. Roles: admin, frontdesk. 400 if studentId is not a positive number.")
    @APIResponse(responseCode = "200", description = "The student's data; empty lists when exam-service holds none",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ExamPersonalData.class)))
    @APIResponse(responseCode = "400", description = "studentId is not a positive number",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public ExamPersonalData export(@PathParam("studentId") @Positive long studentId) {
        return personalData.export(studentId);
    }

    @GET
    @Path("/pending-exams")
    @RolesAllowed({ADMIN, FRONTDESK})
    @Operation(summary = "The exam sessions in which the student's exam is not concluded yet (GDPR art. 17(3)(b))",
            description = "What enrollment-service asks before erasing a student: while an exam is pending, the "
                    + "certificate or learning record it leads to still needs the identity. A session is pending when "
                    + "its frozen admission list admits the student and no document has been issued to the student in "
                    + "it (whatever its status: a CLOSED session still issues the documents its outcomes call for), or "
                    + "when its list is not frozen yet and its edition is one of the editionId given (the editions the "
                    + "caller holds the student CONFIRMED on: before freezing this service knows no candidates, and "
                    + "every CONFIRMED student of the edition will be on the list); an editionId given that has no session at all, "
                    + "and no document for the student, is pending as NO_SESSION_YET (sessionId, status and examDate "
                    + "null: its exam is still to be scheduled). A session where the student was recorded ABSENT "
                    + "issues them nothing: it is pending as ABSENT_FROM_EXAM while its edition is one of the "
                    + "editionId given and the student has no document of that edition. A CANCELLED session is pending for "
                    + "nobody (its exam did not take place; an edition whose sessions were all cancelled has no session "
                    + "yet). A document counts while it stands: one whose revocation is recorded concludes nothing, "
                    + "since the corrected document is still to be issued and needs the identity (revokedDocuments "
                    + "names such documents). A standing certificate of the edition issued in another session "
                    + "concludes every session of the edition (the qualification is certified once), as does the "
                    + "standing learning record on leaving the edition (while it stands, no session issues the "
                    + "student a certificate or a second learning record). Oldest exam date first; an empty list when "
                    + "nothing is pending. Roles: admin, frontdesk. 400 if studentId or an editionId is not a "
                    + "positive number, or more than 100 editions are given.")
    @APIResponse(responseCode = "200", description = "The pending sessions; empty when none",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(type = SchemaType.ARRAY,
                            implementation = PendingExam.class)))
    @APIResponse(responseCode = "400", description = "studentId or an editionId is not a positive number, or more than "
            + "100 editions", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public List<PendingExam> pendingExams(@PathParam("studentId") @Positive long studentId,
                                          @Parameter(description = "An edition the student is CONFIRMED on in "
                                                  + "enrollment-service (repeat the parameter for each, e.g. "
                                                  + "?editionId=12&editionId=14)")
                                          @QueryParam("editionId") @Size(max = 100) List<@NotNull @Positive Long> editionIds) {
        return personalData.pendingExams(studentId, editionIds);
    }

    @POST
    @Path("/erasure")
    @RolesAllowed(ADMIN)
    @Operation(summary = "Apply a student's erasure request (GDPR art. 17): pseudonymise, never delete",
            description = "Certificates and learning records must be kept (D.lgs 13/2013 art. 6; GDPR art. 17(3)(b)), "
                    + "so nothing is deleted: in one transaction, each document's holder becomes the pseudonym "
                    + "(Anonimo ANON-<studentId>, without birth data, codice fiscale or identity document), its PDF is "
                    + "re-rendered from that "
                    + "content and the public verification shows the pseudonym's initials with holderPseudonymised = "
                    + "true; number, verification code, revocation and pdfSha256 (the SHA-256 of the PDF as issued, so "
                    + "the holder's own copy still verifies) are kept. The names in the student's frozen admission "
                    + "entries become the pseudonym too; decisions, figures and outcomes stay. The free texts written "
                    + "about the student, which may name people or tell allegations, become '[cleared on erasure "
                    + "request]': the reasons of their documents' revocations and of the amendments of those, on the "
                    + "document and in the audit trail, and the board's notes on their outcomes (such as the reason "
                    + "for correcting an ABSENT of theirs), on the outcome and in the audit trail; the revocations, "
                    + "outcomes and events stay, with their dates, actors and figures. Each "
                    + "change is in the audit trail, without names. No body. Safe to retry: the counts are of the rows this call "
                    + "changed, so a repeated request answers zeros. Refused (409 exam-pending, nothing changed) while a "
                    + "frozen list admits the student in a session with no document standing for them (none issued, "
                    + "or each one issued revoked): the document will need the identity (what enrollment-service "
                    + "asked through pending-exams before erasing, checked again here in case a list was frozen "
                    + "since). From then on nothing is issued to the student (409 student-erased), even if their "
                    + "identity was read before: issues and the erasure of one student queue behind each other. "
                    + "Roles: admin. 400 if studentId is not a positive number.")
    @APIResponse(responseCode = "200", description = "Applied: what this call changed",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ErasureReport.class)))
    @APIResponse(responseCode = "400", description = "studentId is not a positive number",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "An exam of the student is pending (exam-pending, one violation per session)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public ErasureReport erase(@PathParam("studentId") @Positive long studentId) {
        return personalData.erase(studentId);
    }
}
