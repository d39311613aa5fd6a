package it.formapro.attendance.privacy;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What one erasure call changed; a repeated call changes nothing and answers zeros. */
@Schema(name = "ErasureReport", description = "Rows changed by this erasure call (zeros when the student was already "
        + "erased or unknown here)")
public record ErasureReport(
        @Schema(examples = "5") long studentId,
        @Schema(description = "Participant rows whose name was replaced by the pseudonym", examples = "2") int participantsPseudonymised,
        @Schema(description = "Learning checks whose free-text notes were cleared", examples = "3") int learningCheckNotesCleared,
        @Schema(description = "Withdrawals whose free-text reason was cleared (the date stays)", examples = "1") int withdrawalReasonsCleared,
        @Schema(description = "Attendance credits, revoked ones included, whose free-text reason or revocation "
                + "reason was cleared (unit, hours and who revoked them stay)", examples = "1") int creditReasonsCleared,
        @Schema(description = "Annulled learning checks whose free-text annulment reason was cleared (the annulment, "
                + "who made it and when, and what the check recorded stay)", examples = "1")
        int learningCheckAnnulmentReasonsCleared) {
}
