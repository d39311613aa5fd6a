package it.formapro.exam.session;

import it.formapro.common.validation.PlausibleDate;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What clients send and receive about exam sessions. */
public final class ExamSessionDtos {

    private ExamSessionDtos() {
    }

    @Schema(name = "BoardMember", description = "A member of the exam board and who appointed them")
    public record BoardMemberDto(
            @Schema(description = "PRESIDENT (exactly one), MEMBER or SECRETARY", examples = "PRESIDENT")
            @NotNull BoardMember.Role role,
            @Schema(description = "Full name as it appears on the certificate", examples = "Dott.ssa Anna Ferri")
            @NotBlank @Size(max = 200) String fullName,
            @Schema(description = "REGION (members appointed by the Region) or PROVIDER (the provider's representatives)",
                    examples = "REGION")
            @NotNull BoardMember.AppointedBy appointedBy) {

        static BoardMemberDto of(BoardMember m) {
            return new BoardMemberDto(m.role, m.fullName, m.appointedBy);
        }

        BoardMember toEntity() {
            return new BoardMember(role, fullName.trim(), appointedBy);
        }
    }

    @Schema(name = "ExamSessionRequest", description = "An exam session to schedule, or its new data while SCHEDULED. "
            + "On PUT, `version` (from the last read) is required: a stale version is refused with 409.")
    public record ExamSessionRequest(
            @Schema(description = "The course edition (catalog-service id) whose students sit the exam", examples = "12")
            @NotNull @Positive Long editionId,
            @Schema(description = "Day of the exam; 1850-01-01 to 2199-12-31", examples = "2027-07-10") @NotNull @PlausibleDate
            LocalDate examDate,
            @Schema(description = "Where the exam is held", examples = "Sede Ente Formazione Demo, Via Roma 1, Pescara")
            @NotBlank @Size(max = 300) String place,
            @Schema(description = "The board: exactly one PRESIDENT, typically three members appointed by the Region "
                    + "plus the provider's representatives")
            @NotEmpty @Size(max = 20) List<@Valid @NotNull BoardMemberDto> board,
            @Schema(description = "PUT only: the session's version as last read (optimistic locking); ignored on POST",
                    examples = "0") @Min(0) Long version) {
    }

    @Schema(name = "StatusChange", description = "The next status: SCHEDULED -> HELD -> CLOSED, or SCHEDULED -> "
            + "CANCELLED with the reason",
            // whole examples: one built from the fields' own would mark a session HELD with a reason to cancel it
            examples = {"{\"status\": \"HELD\"}", "{\"status\": \"CANCELLED\", \"reason\": \"The Region has not "
                    + "appointed its board members for this date\"}"})
    public record StatusChange(
            @Schema(examples = "HELD") @NotNull SessionStatus status,
            @Schema(description = "Why: required to cancel (shown on the session and audited), optional otherwise "
                    + "(audited)", examples = "The Region has not appointed its board members for this date")
            @Size(max = 500) String reason) {
    }

    @Schema(name = "ExamSession", description = "A public final exam session of an edition")
    public record ExamSessionView(
            @Schema(examples = "3") long id,
            @Schema(examples = "12") long editionId,
            @Schema(examples = "2027-07-10") LocalDate examDate,
            @Schema(examples = "Sede Ente Formazione Demo, Pescara") String place,
            @Schema(description = "SCHEDULED, HELD, CLOSED (final: outcomes change only to correct a revoked document) "
                    + "or CANCELLED (final: nothing recorded or issued in it)", examples = "SCHEDULED")
            SessionStatus status,
            @Schema(description = "Why the session was cancelled; null unless CANCELLED",
                    examples = "The Region has not appointed its board members for this date", nullable = true)
            String cancellationReason,
            @Schema(description = "Statuses this session may move to next today (HELD from its exam date)")
            List<SessionStatus> allowedNext,
            List<BoardMemberDto> board,
            OffsetDateTime createdAt,
            @Schema(description = "Optimistic-lock version: send it back on PUT; it changes with every change of the "
                    + "session (data, board or status)", examples = "0") long version) {

        public static ExamSessionView of(ExamSession s, LocalDate today) {
            return new ExamSessionView(s.id, s.editionId, s.examDate, s.place, s.status, s.cancellationReason,
                    ExamSessionService.allowedNext(s, today), s.board.stream().map(BoardMemberDto::of).toList(), s.createdAt,
                    s.version);
        }
    }
}
