package it.formapro.enrollment.attendance;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.LocalDate;

/**
 * The part of attendance-service's {@code GET /editions/{editionId}/participants/{studentId}} answer enrollment reads
 * (docs/CONTRACTS.md): which enrollment registered the participant, since when, and whether it is still ACTIVE.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record RegisteredParticipant(Long enrollmentId, LocalDate joinedOn, String status) {

    public boolean activeFor(long enrollment) {
        return enrollmentId != null && enrollmentId == enrollment && "ACTIVE".equals(status);
    }
}
