package it.formapro.attendance.summary;

import it.formapro.attendance.catalog.EditionRules;
import it.formapro.attendance.check.LearningCheck;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The summaries of docs/CONTRACTS.md ({@code GET /editions/{id}/summary}); fields may be added, never renamed. */
public final class SummaryViews {

    private SummaryViews() {
    }

    // [001] sez. 11: the learning record states "il numero di ore di effettiva frequenza"; exam-service prints this
    static final String HOURS_ACTUALLY_ATTENDED = "Every hour the student was present at the lessons delivered up to "
            + "asOf: all units, credited or not, before joining or not, whatever the late-joiner policy. The internship "
            + "is included where it is part of the course hours, apart (internshipHours) where the standard excludes it "
            + "from the total ([001]), as in attendedHours. The hours actually attended a learning record or certificate "
            + "states; never less than attendedHours";

    @Schema(name = "EditionSummary", description = "Every student of the edition against the admission threshold")
    public record EditionSummary(
            @Schema(examples = "12") long editionId,
            @Schema(description = "Course hours delivered up to asOf (internship excluded where it is not part of the total)",
                    examples = "41.50") BigDecimal deliveredHours,
            @Schema(description = "The edition's planned course hours", examples = "208") BigDecimal plannedHours,
            @Schema(description = "Admission threshold, % of the hours", examples = "70") BigDecimal thresholdPercent,
            @Schema(description = "Date the figures refer to", examples = "2027-02-01") LocalDate asOf,
            @Schema(description = "How hours delivered before a student joined are treated")
            EditionRules.LateJoinerPolicy lateJoinerPolicy,
            @Schema(description = "The course hours the threshold is measured on: the planned hours, at least the "
                    + "standard's minimum", examples = "208") BigDecimal courseHours,
            List<StudentSummary> students) {
    }

    @Schema(name = "StudentSummary", description = "A student's attendance against the threshold. Figures follow the "
            + "edition's late-joiner policy; lateJoining shows both policies. requiredHours = course hours - credits; "
            + "meetsThreshold = attendedHours >= thresholdPercent of requiredHours; attendancePercent = attended / "
            + "hours expected so far; lost = admission out of reach even attending all remaining hours; atRisk = still "
            + "reachable, but the hours the student may still miss are under 10 % of the remaining hours")
    public record StudentSummary(
            @Schema(examples = "5") long studentId,
            @Schema(examples = "Mario") String firstName,
            @Schema(examples = "Rossi") String lastName,
            // ACTIVE or WITHDRAWN, read as text with the figures: documented as the participant's enum
            @Schema(ref = "ParticipantStatus", examples = "ACTIVE") String status,
            @Schema(examples = "2027-01-11") LocalDate joinedOn,
            @Schema(description = "The day the student left; null while ACTIVE", nullable = true) LocalDate withdrawnOn,
            @Schema(description = "Course hours delivered that count for this student", examples = "41.50") BigDecimal deliveredHours,
            @Schema(description = "The admission figure: hours attended that count towards the threshold (not those "
                    + "a credit excuses, nor, under EXCLUDE_BEFORE_JOINING, those before joining)", examples = "38.00")
            BigDecimal attendedHours,
            @Schema(description = HOURS_ACTUALLY_ATTENDED, examples = "43.00") BigDecimal hoursActuallyAttended,
            @Schema(description = "Hours expected so far and not attended", examples = "3.50") BigDecimal missedHours,
            @Schema(description = "Attendance credits on the course (internship credits apart), as they count: each "
                    + "unit's at most the unit's hours (its minimum hours in the standard, else those scheduled for it "
                    + "in the calendar), so a credit recognised before lessons of its unit were removed counts for the "
                    + "hours left", examples = "0.00") BigDecimal creditHours,
            @Schema(description = "Course hours the student must follow: course hours - credits", examples = "208.00") BigDecimal requiredHours,
            @Schema(description = "Hours to attend for admission: threshold % of requiredHours", examples = "145.60") BigDecimal admissionHours,
            @Schema(description = "attended / hours expected so far, %", examples = "91.57") BigDecimal attendancePercent,
            @Schema(description = "attendedHours >= admissionHours") boolean meetsThreshold,
            @Schema(description = "Hours the student can still attend", examples = "166.50") BigDecimal remainingHours,
            @Schema(description = "Hours still to attend for admission", examples = "107.60") BigDecimal stillNeededHours,
            @Schema(description = "Internship hours attended", examples = "0.00") BigDecimal internshipHours,
            @Schema(description = "The standard's internship minimum (null when none)", examples = "60", nullable = true)
            BigDecimal internshipMin,
            @Schema(description = "Internship credits", examples = "0.00") BigDecimal internshipCreditHours,
            @Schema(description = "Internship hours to attend: minimum - internship credits", examples = "60.00") BigDecimal internshipRequiredHours,
            boolean meetsInternship,
            boolean atRisk,
            boolean lost,
            LateJoining lateJoining,
            List<UnitStatus> units,
            boolean allUnitChecksPassed) {
    }

    @Schema(name = "LateJoining", description = "The figures under both late-joiner policies, so the tutor sees the consequence")
    public record LateJoining(
            EditionRules.LateJoinerPolicy policy,
            @Schema(description = "Course hours delivered before the student joined", examples = "20.00") BigDecimal hoursDeliveredBeforeJoining,
            PolicyFigures countAsAbsence,
            PolicyFigures excludeBeforeJoining) {
    }

    @Schema(name = "PolicyFigures")
    public record PolicyFigures(BigDecimal deliveredHours, BigDecimal attendedHours, BigDecimal missedHours,
                                BigDecimal requiredHours, BigDecimal admissionHours, BigDecimal attendancePercent,
                                boolean meetsThreshold, boolean atRisk, boolean lost) {

        static PolicyFigures of(Standing.Result r) {
            return new PolicyFigures(r.deliveredHours(), r.attendedHours(), r.missedHours(), r.requiredHours(),
                    r.admissionHours(), r.attendancePercent(), r.meetsThreshold(), r.atRisk(), r.lost());
        }
    }

    @Schema(name = "UnitStatus", description = "A training unit for the student: latest learning check in force (an "
            + "annulled check counts nowhere) and hours")
    public record UnitStatus(
            @Schema(examples = "1") String unitCode,
            @Schema(examples = "Inquadramento della professione") String title,
            @Schema(description = "The latest check of the unit in force is PASSED") boolean checkPassed,
            @Schema(description = "Date of the latest check in force (null: none yet, or only annulled ones)", nullable = true)
            LocalDate checkDate,
            @Schema(description = "Outcome of the latest check in force (null: none yet, or only annulled ones)",
                    nullable = true) LearningCheck.Outcome outcome,
            @Schema(description = "Score of the latest check in force, on the provider's scale; null when none was given",
                    nullable = true) BigDecimal score,
            @Schema(description = "Hours attended in the unit's lessons", examples = "10.00") BigDecimal attendedHours,
            @Schema(description = "Credits on the unit, as they count: at most the unit's hours", examples = "0.00")
            BigDecimal creditHours) {
    }

    @Schema(name = "AdmissionSummary", description = "The figures the exam board's admission list reads, per student, "
            + "and nothing else: a tenth of the full summary's size for a large edition")
    public record AdmissionSummary(
            @Schema(examples = "12") long editionId,
            @Schema(examples = "41.50") BigDecimal deliveredHours,
            @Schema(examples = "208") BigDecimal plannedHours,
            @Schema(examples = "70") BigDecimal thresholdPercent,
            LocalDate asOf,
            List<AdmissionFigures> students) {

        static AdmissionSummary of(EditionSummary full) {
            return new AdmissionSummary(full.editionId(), full.deliveredHours(), full.plannedHours(),
                    full.thresholdPercent(), full.asOf(), full.students().stream().map(AdmissionFigures::of).toList());
        }
    }

    @Schema(name = "AdmissionFigures", description = "One student's figures for admission (meanings as in StudentSummary)")
    public record AdmissionFigures(
            @Schema(examples = "5") long studentId,
            @Schema(examples = "Mario") String firstName,
            @Schema(examples = "Rossi") String lastName,
            // ACTIVE or WITHDRAWN, read as text with the figures: documented as the participant's enum
            @Schema(ref = "ParticipantStatus", examples = "ACTIVE") String status,
            LocalDate joinedOn,
            BigDecimal deliveredHours,
            BigDecimal attendedHours,
            @Schema(description = HOURS_ACTUALLY_ATTENDED) BigDecimal hoursActuallyAttended,
            BigDecimal missedHours,
            BigDecimal creditHours,
            BigDecimal requiredHours,
            BigDecimal attendancePercent,
            boolean meetsThreshold,
            BigDecimal internshipHours,
            @Schema(description = "The standard's internship minimum (null when none)", nullable = true) BigDecimal internshipMin,
            @Schema(description = "Internship credits", examples = "0.00") BigDecimal internshipCreditHours,
            @Schema(description = "Internship hours to attend: minimum - internship credits (what meetsInternship "
                    + "compares internshipHours with)", examples = "60.00") BigDecimal internshipRequiredHours,
            boolean meetsInternship,
            List<UnitCheck> units,
            boolean allUnitChecksPassed) {

        static AdmissionFigures of(StudentSummary s) {
            return new AdmissionFigures(s.studentId(), s.firstName(), s.lastName(), s.status(), s.joinedOn(),
                    s.deliveredHours(), s.attendedHours(), s.hoursActuallyAttended(), s.missedHours(), s.creditHours(),
                    s.requiredHours(),
                    s.attendancePercent(), s.meetsThreshold(), s.internshipHours(), s.internshipMin(),
                    s.internshipCreditHours(), s.internshipRequiredHours(), s.meetsInternship(), s.units().stream().map(u -> new UnitCheck(u.unitCode(), u.checkPassed(),
                    u.checkDate())).toList(), s.allUnitChecksPassed());
        }
    }

    @Schema(name = "UnitCheck", description = "Whether the latest learning check of a unit in force was passed, and "
            + "when (checkDate null: no check in force; an annulled check counts nowhere)")
    public record UnitCheck(@Schema(examples = "1") String unitCode, boolean checkPassed,
                            @Schema(description = "Date of the latest check in force; null when none", nullable = true)
                            LocalDate checkDate) {
    }
}
