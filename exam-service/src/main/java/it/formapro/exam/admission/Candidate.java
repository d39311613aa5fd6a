package it.formapro.exam.admission;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One student of the edition on the admission list: admitted, or excluded with every reason and the figures. */
@Schema(name = "AdmissionCandidate", description = "A student of the edition, ADMITTED or EXCLUDED with every reason")
public record Candidate(
        @Schema(examples = "5") long studentId,
        @Schema(description = "The confirmed enrollment (enrollment-service id), null when none", examples = "7",
                nullable = true) Long enrollmentId,
        @Schema(examples = "Mario") String firstName,
        @Schema(examples = "Rossi") String lastName,
        @Schema(description = "ADMITTED or EXCLUDED", examples = "EXCLUDED") Decision decision,
        @Schema(description = "True when the student left the course") boolean withdrawn,
        @Schema(description = "Why the student is excluded (empty when admitted)") List<Reason> reasons,
        Figures figures,
        @Schema(description = "The learning check of each training unit") List<UnitCheck> unitChecks) {

    public enum Decision { ADMITTED, EXCLUDED }

    @Schema(name = "AdmissionReason", description = "One rule the student does not meet")
    public record Reason(
            @Schema(description = "NOT_CONFIRMED, WITHDRAWN, NO_ATTENDANCE_RECORD, BELOW_THRESHOLD, "
                    + "INTERNSHIP_BELOW_MINIMUM, UNIT_CHECK_MISSING or UNIT_CHECK_FAILED", examples = "BELOW_THRESHOLD",
                    type = SchemaType.STRING, enumeration = {"NOT_CONFIRMED", "WITHDRAWN", "NO_ATTENDANCE_RECORD",
                            "BELOW_THRESHOLD", "INTERNSHIP_BELOW_MINIMUM", "UNIT_CHECK_MISSING", "UNIT_CHECK_FAILED"})
            String code,
            @Schema(examples = "attended 150.0 of 208.0 h = 72.1 %, below 80 % (Standard 000)") String message,
            @Schema(description = "The standard the rule comes from", examples = "Standard 001 - Abruzzo, DD n. 61/DPG025 of 19-04-2023")
            String source) {
    }

    @Schema(name = "AdmissionFigures", description = "The attendance figures the decision rests on")
    public record Figures(
            @Schema(description = "attendance-service's admission figure: the hours attended that count towards the "
                    + "threshold (not those a credit excuses, nor, under its late-joiner policy, those before joining)",
                    examples = "150.00") BigDecimal attendedHours,
            @Schema(description = "Every hour the student was present (internship apart where the standard's total "
                    + "excludes it, as in attendedHours): what the learning record and the certificate state as the "
                    + "hours actually attended ([001] sez. 11, 'ore di effettiva frequenza'). Null in a list frozen "
                    + "before the figure existed", examples = "155.00", nullable = true) BigDecimal hoursActuallyAttended,
            @Schema(description = "Hours the student had to attend (edition hours minus credits)", examples = "208.00")
            BigDecimal requiredHours,
            @Schema(examples = "72.1") BigDecimal attendancePercent,
            @Schema(examples = "80") BigDecimal thresholdPercent,
            @Schema(examples = "64.00") BigDecimal internshipHours,
            @Schema(description = "The standard's internship minimum; null when it sets none", examples = "60",
                    nullable = true) BigDecimal internshipMin,
            @Schema(examples = "12.00") BigDecimal creditHours,
            @Schema(description = "Internship hours the student had to attend: internshipMin less internship credits "
                    + "(null in a list frozen before the figure existed, or when the standard sets no minimum)",
                    examples = "30.00", nullable = true) BigDecimal internshipRequiredHours) {
    }

    @Schema(name = "AdmissionUnitCheck", description = "The learning check (verifica) of one training unit")
    public record UnitCheck(
            @Schema(examples = "2") String unitCode,
            @Schema(examples = "Normativa di settore") String title,
            @Schema(description = "PASSED, FAILED or MISSING (no check recorded)", examples = "PASSED",
                    type = SchemaType.STRING, enumeration = {"PASSED", "FAILED", "MISSING"}) String result,
            @Schema(description = "Null when MISSING", examples = "2027-03-02", nullable = true) LocalDate checkDate) {
    }

    public boolean admitted() {
        return decision == Decision.ADMITTED;
    }
}
