package it.formapro.attendance.credit;

import java.math.BigDecimal;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Credit", description = "An attendance credit recognised to a student")
public record CreditView(
        @Schema(examples = "3") long id,
        @Schema(examples = "12") long editionId,
        @Schema(examples = "5") long studentId,
        @Schema(examples = "4") String unitCode,
        boolean internship,
        @Schema(examples = "10.00") BigDecimal hours,
        @Schema(description = "The prior learning the credit rests on; null once the student was erased (GDPR art. 17)",
                examples = "Informatica di base: ECDL Full Standard 2024", nullable = true) String reason,
        boolean certificateHeld,
        @Schema(description = "Who recognised it (user name from the token)", examples = "tutor.anna") String recognisedBy,
        Instant recognisedAt,
        @Schema(description = "When the credit was revoked; null while it is in force (and counts)", nullable = true)
        Instant revokedAt,
        @Schema(description = "Who revoked it (user name from the token); null while it is in force", examples = "tutor.anna",
                nullable = true)
        String revokedBy,
        @Schema(description = "Why it was revoked, as given; null if none was given, while in force, or once the student "
                + "was erased", examples = "Certificate found not to cover the unit", nullable = true) String revocationReason) {

    public static CreditView of(AttendanceCredit c) {
        return new CreditView(c.id, c.editionId, c.studentId, c.unitCode, c.internship, c.hours, c.reason,
                c.certificateHeld, c.recognisedBy, c.recognisedAt, c.revokedAt, c.revokedBy,
                c.revocationReason);
    }
}
