package it.formapro.attendance.check;

import static it.formapro.common.problem.ProblemException.figures;

import it.formapro.attendance.RuleViolation;
import it.formapro.attendance.catalog.EditionRules;
import it.formapro.attendance.idempotency.IdempotencyKeys;
import it.formapro.attendance.participant.Participant;
import it.formapro.attendance.participant.ParticipantService;
import it.formapro.common.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class CheckService {

    private final IdempotencyKeys idempotency;
    private final ParticipantService participants;

    public CheckService(IdempotencyKeys idempotency, ParticipantService participants) {
        this.idempotency = idempotency;
        this.participants = participants;
    }

    public record Created(LearningCheck check, boolean replayed) {
    }

    @Transactional
    public Created record(EditionRules rules, long studentId, CheckRequest request, String user, String key) {
        long editionId = rules.editionId();
        String scope = "check:" + editionId + ":" + studentId;
        Optional<Long> previous = idempotency.find(scope, key);
        if (previous.isPresent()) {
            LearningCheck c = LearningCheck.findById(previous.get());
            if (c == null) {
                throw ProblemException.notFound("Learning check", previous.get());
            }
            return new Created(c, true);
        }
        Participant p = participants.find(editionId, studentId);
        String unitCode = request.unitCode().strip();
        if (rules.unit(unitCode).isEmpty()) {
            RuleViolation.refuseIfAny(List.of(new RuleViolation("UNIT_UNKNOWN", "Training unit '" + unitCode
                    + "' is not a unit of this edition's standard", rules.source("training units"),
                    figures("unitCode", unitCode))), "check-rule", "The learning check is refused");
        }
        if (request.date().isBefore(p.joinedOn)) {
            throw ProblemException.badRequest("date: " + request.date() + " is before the student joined (" + p.joinedOn + ")");
        }
        LearningCheck check = new LearningCheck();
        check.editionId = editionId;
        check.studentId = studentId;
        check.unitCode = unitCode;
        check.checkDate = request.date();
        check.outcome = request.outcome();
        check.score = request.score();
        check.notes = request.notes();
        check.recordedBy = user;
        check.recordedAt = Instant.now();
        check.persistAndFlush();
        idempotency.remember(scope, key, check.id);
        return new Created(check, false);
    }
}
