package it.formapro.attendance.privacy;

import it.formapro.attendance.check.CheckView;
import it.formapro.attendance.credit.CreditView;
import it.formapro.attendance.lesson.Modality;
import it.formapro.attendance.participant.ParticipantView;
import it.formapro.attendance.register.PresenceSpan;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Everything attendance-service holds about one student (GDPR art. 15 and 20), across every edition. */
@Schema(name = "AttendancePersonalData", description = "Everything attendance-service holds about a student, across "
        + "every edition; empty lists when it holds nothing")
public record AttendancePersonalData(
        @Schema(examples = "5") long studentId,
        @Schema(description = "Every participation, withdrawn ones included, by edition") List<ParticipantView> participations,
        @Schema(description = "Every recorded presence (0 h included), by lesson date") List<Attendance> attendance,
        @Schema(description = "Every attendance credit, revoked ones included, by edition") List<CreditView> credits,
        @Schema(description = "Every learning check, retakes included, by edition, unit and date") List<CheckView> learningChecks) {

    @Schema(name = "PersonalDataAttendance", description = "The student's recorded presence at one lesson")
    public record Attendance(
            @Schema(examples = "31") long lessonId,
            @Schema(examples = "12") long editionId,
            @Schema(examples = "2027-01-12") LocalDate lessonDate,
            @Schema(description = "Training unit code; null for an internship lesson", examples = "2", nullable = true)
            String unitCode,
            Modality modality,
            @Schema(description = "Hours present, 2 decimals", examples = "3.75") BigDecimal hoursPresent,
            @Schema(description = "Arrival, or the platform's tracked entry (the first arrival when given as spans); "
                    + "null when given as minutes or hours", examples = "09:00", nullable = true) LocalTime arrivedAt,
            @Schema(description = "Exit, or the tracked exit (the last exit when given as spans); 24:00:00 at "
                    + "midnight; null when given as minutes or hours", examples = "13:00", nullable = true) LocalTime leftAt,
            @Schema(description = "The spans the presence was given as, in time order; null when not given as several",
                    nullable = true)
            List<PresenceSpan> spans) {
    }
}
