package it.formapro.attendance.credit;

import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The body of POST .../credits/{creditId}/revocation: why the credit is revoked, if said. */
@Schema(name = "CreditRevocationRequest", description = "Why a credit recognised by mistake is revoked")
public record CreditRevocationRequest(
        @Size(max = CreditRevocationRequest.REASON_MAX_LENGTH)
        @Schema(description = "Why the credit is revoked: optional, at most 500 characters (kept with it, cleared on the "
                + "student's erasure)", examples = "Certificate found not to cover the unit", nullable = true)
        String reason) {

    /** The column's length (V10). */
    public static final int REASON_MAX_LENGTH = 500;
}
