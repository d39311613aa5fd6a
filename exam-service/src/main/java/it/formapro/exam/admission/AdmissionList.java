package it.formapro.exam.admission;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "AdmissionList", description = "Who may sit the exam of a session, and why the others may not")
public record AdmissionList(
        @Schema(examples = "3") long sessionId,
        @Schema(examples = "12") long editionId,
        @Schema(description = "True once the board froze the list: outcomes and documents refer to this snapshot")
        boolean frozen,
        @Schema(description = "When the list was frozen (null while it is computed live)", nullable = true)
        OffsetDateTime frozenAt,
        @Schema(description = "Who froze it (null while it is computed live)", nullable = true) String frozenBy,
        @Schema(description = "Attendance threshold of the standard, %", examples = "70") BigDecimal thresholdPercent,
        @Schema(description = "The standard the rules come from", examples = "Standard 001 - Abruzzo, DD n. 61/DPG025 of 19-04-2023")
        String source,
        @Schema(examples = "12") int admitted,
        @Schema(examples = "3") int excluded,
        List<Candidate> candidates) {
}
