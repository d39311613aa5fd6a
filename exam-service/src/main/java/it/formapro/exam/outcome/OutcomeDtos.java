package it.formapro.exam.outcome;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.OffsetDateTime;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

public final class OutcomeDtos {

    private OutcomeDtos() {
    }

    @Schema(name = "OutcomeRequest", description = "The board's outcome for an admitted candidate")
    public record OutcomeRequest(
            @Schema(description = "PASSED (every competence unit passed), FAILED, or ABSENT (the admitted candidate did "
                    + "not sit the exam: no unit results, no document from this session, a later session of the "
                    + "edition admits the student again)", examples = "PASSED")
            @NotNull ExamOutcome.Result result,
            @Schema(description = "One result per competence unit of the qualification; empty for ABSENT")
            @NotNull @Size(max = 100) List<@Valid @NotNull UnitResult> units,
            @Schema(description = "Optional remark of the board", examples = "Prova pratica svolta con ottimi risultati")
            @Size(max = 1000) String note) {
    }

    @Schema(name = "Outcome", description = "The recorded outcome of a candidate")
    public record OutcomeView(
            @Schema(examples = "9") long id,
            @Schema(examples = "3") long sessionId,
            @Schema(examples = "5") long studentId,
            @Schema(examples = "PASSED") ExamOutcome.Result result,
            List<UnitResult> units,
            String note,
            OffsetDateTime recordedAt,
            @Schema(examples = "board.president") String recordedBy) {
    }
}
