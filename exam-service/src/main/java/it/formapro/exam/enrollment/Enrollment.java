package it.formapro.exam.enrollment;

import java.time.OffsetDateTime;

/** enrollment-service's enrollment of a student in an edition (docs/CONTRACTS.md). */
public record Enrollment(long id, long studentId, long editionId, String status, OffsetDateTime preEnrolledAt,
                         OffsetDateTime confirmedAt, OffsetDateTime withdrawnAt) {

    public boolean confirmedAndActive() {
        return "CONFIRMED".equals(status) && withdrawnAt == null;
    }
}
