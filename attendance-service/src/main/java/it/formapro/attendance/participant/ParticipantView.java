package it.formapro.attendance.participant;

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
        @Schema(description = "Why the student left, as given; null while ACTIVE, if none was given, or once the student "
                + "was erased", nullable = true) String withdrawalReason) {

    public static ParticipantView of(Participant p) {
        return new ParticipantView(p.editionId, p.studentId, p.enrollmentId, p.firstName, p.lastName, p.joinedOn,
                p.status, p.withdrawnOn, p.withdrawalReason);
    }
}
