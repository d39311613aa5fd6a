package it.formapro.attendance.lesson;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import it.formapro.attendance.DayTime;
import it.formapro.attendance.DayTimeJson;
import it.formapro.common.validation.PlausibleDate;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "LessonRequest", description = "A lesson to add to the edition's calendar, or its new planned data "
        + "when rescheduled (PUT replaces all of them). On PUT, `version` (from the last read) is required: a stale "
        + "version is refused with 409.")
public record LessonRequest(
        @NotNull @PlausibleDate @Schema(description = "Day of the lesson; 1850-01-01 to 2199-12-31", examples = "2027-01-12")
        LocalDate date,
        @NotNull @Schema(description = "Start time", examples = "09:00") LocalTime startTime,
        @NotNull @JsonDeserialize(using = DayTimeJson.EndTime.class)
        @Schema(description = "End time, after the start on the same day. A lesson ending at midnight ends at 24:00 "
                + "(ISO 8601's end of the day; 00:00 after a later start is read as 24:00, and shown back as "
                + "24:00:00); one going on past midnight is entered as two lessons, one on each date (400 otherwise)",
                examples = "13:00") LocalTime endTime,
        @DecimalMin("0.01") @Schema(description = "Optional: the lesson's hours; derived from the times, and when given "
                + "must match them (to 2 decimals)", examples = "4.00") BigDecimal hours,
        @Size(max = 40) @Schema(description = "Code of the training unit (UF/URA) in the edition's rules; optional "
                + "only for INTERNSHIP", examples = "2") String unitCode,
        @NotNull @Schema(description = "How the hours are delivered", examples = "CLASSROOM") Modality modality,
        @NotBlank @Size(max = 200) @Schema(description = "Teacher (or internship tutor)", examples = "Giulia Bianchi")
        String teacher,
        @Schema(description = "Optional, default false: the lesson is devoted to the key competences (KC), whose "
                + "hours the standard states (\"Durata delle attività formative rivolte alle KC\": [000] and [002] "
                + "20 h); the calendar check adds them up", examples = "false", defaultValue = "false")
        Boolean keyCompetences,
        @Min(0) @Schema(description = "PUT only: the lesson's version as last read (optimistic locking); ignored on "
                + "POST", examples = "0") Long version) {

    /** The request with its end as meant: 00:00 after a later start is the end of the day (DayTime.endOf). */
    public LessonRequest withEndOfDay() {
        LocalTime end = DayTime.endOf(startTime, endTime);
        return end.equals(endTime) ? this
                : new LessonRequest(date, startTime, end, hours, unitCode, modality, teacher, keyCompetences, version);
    }
}
