package it.formapro.enrollment.attendance;

import java.time.LocalDate;

/** Body of {@code POST /editions/{editionId}/participants/{studentId}/withdrawal} (docs/CONTRACTS.md). */
public record ParticipantWithdrawal(LocalDate withdrawnOn, String reason) {
}
