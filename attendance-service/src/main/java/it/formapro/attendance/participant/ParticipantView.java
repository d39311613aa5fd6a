package it.formapro.attendance.participant;

import java.time.Instant;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Participant", description = "A student of an edition")
public record ParticipantView(
        @Schema(examples = "12") long editionId,
        @Schema(examples = "5") long studentId,
        @Schema(examples = "7") Long enrollmentId,
        @Schema(examples = "Mario") String firstName,
        @Schema(examples = "Rossi") String lastName,
        @Schema(examples = "2027-01-11") LocalDate joinedOn,
        Participant.Status status,
        @Schema(description = "The day the student left; null while ACTIVE", nullable = true) LocalDate withdrawnOn,
        @Schema(description = "Why the student left, as the front desk gave it. Shown to admin and frontdesk only: the "
                + "free text may be health data (GDPR art. 9), and a tutor reads that and when the student left "
                + "(status, withdrawnOn), not why: always null for a tutor. Null as well while ACTIVE, if none was "
                + "given, or once the student was erased", nullable = true) String withdrawalReason,
        @Schema(description = "When the participant was last registered, changed, withdrawn or erased",
                examples = "2027-01-10T08:15:00Z") Instant updatedAt,
        @Schema(description = "Who did it (the token's user: the front desk, enrollment-service's client, the admin "
                + "who erased the student); null if it was before this was recorded", nullable = true,
                examples = "front.luca") String updatedBy) {

    /** The participant as admin and frontdesk read it: with the withdrawal's reason. */
    public static ParticipantView of(Participant p) {
        return of(p, true);
    }

    /** The participant, with the withdrawal's reason if {@code withReason}, else without it (null). */
    public static ParticipantView of(Participant p, boolean withReason) {
        return new ParticipantView(p.editionId, p.studentId, p.enrollmentId, p.firstName, p.lastName, p.joinedOn,
                p.status, p.withdrawnOn, withReason ? p.withdrawalReason : null, p.updatedAt, p.updatedBy);
    }
}
