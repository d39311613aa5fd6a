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
        String reason,
        boolean certificateHeld,
        String recognisedBy,
        Instant recognisedAt) {

    public static CreditView of(AttendanceCredit c) {
        return new CreditView(c.id, c.editionId, c.studentId, c.unitCode, c.internship, c.hours, c.reason,
                c.certificateHeld, c.recognisedBy, c.recognisedAt);
    }
}
