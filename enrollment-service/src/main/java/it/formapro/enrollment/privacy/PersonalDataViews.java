package it.formapro.enrollment.privacy;

import it.formapro.enrollment.enrollment.EnrollmentDtos.EnrollmentView;
import it.formapro.enrollment.enrollment.EnrollmentDtos.StatusChangeView;
import it.formapro.enrollment.student.StudentDtos.StudentView;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The JSON shapes of the personal-data API (GDPR art. 15, 17 and 20). */
public final class PersonalDataViews {

    private PersonalDataViews() {
    }

    @Schema(name = "PersonalDataExport", description = "Everything the provider holds on one student, across the "
            + "services (GDPR art. 15 and 20), in a machine-readable form")
    public record PersonalDataExport(
            @Schema(examples = "5") long studentId,
            OffsetDateTime exportedAt,
            @Schema(description = "Who asked for the export (token principal)", examples = "frontdesk-anna") String exportedBy,
            @Schema(description = "Identity, contacts and evidence on file") StudentView student,
            @Schema(description = "Enrollments with their status history") List<EnrollmentRecord> enrollments,
            @Schema(description = "attendance-service's record, as it answers it: participations, hours per "
                    + "lesson, credits, learning checks") Map<String, Object> attendance,
            @Schema(description = "exam-service's record, as it answers it: admission entries, outcomes, "
                    + "certificates and learning records") Map<String, Object> exam) {
    }

    @Schema(name = "EnrollmentRecord", description = "An enrollment with its status history")
    public record EnrollmentRecord(EnrollmentView enrollment, List<StatusChangeView> history) {
    }

    @Schema(name = "ErasureRequest", description = "An erasure request under GDPR art. 17")
    public record ErasureRequest(
            @NotBlank @Size(max = 500) @Schema(description = "The request being answered (e.g. its protocol number and "
                    + "date); no personal data", examples = "Richiesta prot. 1234 del 20-11-2026") String reason) {
    }

    @Schema(name = "ErasureReport", description = "What the erasure did in each service")
    public record ErasureReport(
            @Schema(examples = "5") long studentId,
            OffsetDateTime erasedAt,
            @Schema(examples = "admin-marco") String erasedBy,
            String reason,
            @Schema(description = "true if the student had already been erased: nothing changed") boolean alreadyErased,
            @Schema(description = "attendance-service's report (participants pseudonymised, learning-check notes "
                    + "cleared); null when already erased", nullable = true) Map<String, Object> attendance,
            @Schema(description = "exam-service's report (certificates and admission entries pseudonymised); null "
                    + "when already erased", nullable = true) Map<String, Object> exam) {
    }
}
