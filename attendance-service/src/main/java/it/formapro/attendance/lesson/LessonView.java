package it.formapro.attendance.lesson;

import it.formapro.attendance.Hours;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Lesson", description = "A lesson of an edition's calendar")
public record LessonView(
        @Schema(examples = "31") long id,
        @Schema(examples = "12") long editionId,
        @Schema(examples = "2027-01-12") LocalDate date,
        @Schema(examples = "09:00") LocalTime startTime,
        @Schema(description = "24:00:00 for a lesson ending at midnight (ISO 8601's end of the day)", examples = "13:00")
        LocalTime endTime,
        @Schema(description = "Hours, derived from the times", examples = "4.00") BigDecimal hours,
        @Schema(description = "Training unit code", examples = "2") String unitCode,
        Modality modality,
        @Schema(examples = "Giulia Bianchi") String teacher,
        @Schema(description = "Devoted to the key competences (KC): counts towards the standard's \"Durata delle "
                + "attività formative rivolte alle KC\"") boolean keyCompetences,
        @Schema(description = "Whether the register is closed (read-only)") boolean locked,
        Instant lockedAt,
        String lockedBy,
        @Schema(description = "When the lesson was last rescheduled or corrected (PUT); null if never since it was "
                + "added", nullable = true, examples = "2027-01-10T08:15:00Z") Instant updatedAt,
        @Schema(description = "Who last rescheduled or corrected the lesson; null if never", nullable = true,
                examples = "tutor.anna") String updatedBy,
        @Schema(description = "Optimistic-locking version") long version) {

    public static LessonView of(Lesson l) {
        return new LessonView(l.id, l.editionId, l.lessonDate, l.startTime, l.endTime, Hours.ofMinutes(l.minutes),
                l.unitCode, l.modality, l.teacher, l.keyCompetences, l.isLocked(), l.lockedAt, l.lockedBy, l.updatedAt, l.updatedBy,
                l.version);
    }
}
