package it.formapro.enrollment.attendance;

import java.time.LocalDate;

/** Body of {@code PUT /editions/{editionId}/participants/{studentId}} (docs/CONTRACTS.md). */
public record ParticipantRegistration(long enrollmentId, String firstName, String lastName, LocalDate joinedOn) {
}
