package it.formapro.attendance.check;

import static it.formapro.common.problem.ProblemException.figures;

import it.formapro.common.time.Timestamps;
import it.formapro.attendance.RuleViolation;
import it.formapro.attendance.catalog.EditionRules;
import it.formapro.attendance.idempotency.IdempotencyKeys;
import it.formapro.attendance.lesson.Lesson;
import it.formapro.attendance.participant.Participant;
import it.formapro.attendance.participant.ParticipantService;
import it.formapro.common.problem.ProblemException;
import it.formapro.common.web.IdempotencyKey;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class CheckService {

    private final IdempotencyKeys idempotency;
    private final ParticipantService participants;
    private final Clock clock;

    public CheckService(IdempotencyKeys idempotency, ParticipantService participants, Clock clock) {
        this.idempotency = idempotency;
        this.participants = participants;
        this.clock = clock;
    }

    public record Created(LearningCheck check, boolean replayed) {
    }

    @Transactional
    public Created record(EditionRules rules, long studentId, CheckRequest request, String user, String key) {
        long editionId = rules.editionId();
        String scope = "check:" + editionId + ":" + studentId;
        String fingerprint = IdempotencyKey.fingerprint(request.unitCode().strip(), request.date(), request.outcome(),
                request.score(), request.notes());
        Optional<Long> previous = idempotency.find(scope, key, fingerprint, "check");
        if (previous.isPresent()) {
            return new Created(find(editionId, studentId, previous.get()), true);
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
        refuseIfNotHeldThen(rules, p, unitCode, request.date());
        LearningCheck check = new LearningCheck();
        check.editionId = editionId;
        check.studentId = studentId;
        check.unitCode = unitCode;
        check.checkDate = request.date();
        check.outcome = request.outcome();
        check.score = request.score();
        check.notes = request.notes();
        check.recordedBy = user;
        check.recordedAt = Timestamps.instant(clock);
        check.persistAndFlush();
        idempotency.remember(scope, key, fingerprint, check.id);
        return new Created(check, false);
    }

    /**
     * Annuls a check recorded by mistake ({@link CheckAnnulment}): it stays, with who annulled it, when and why, and
     * counts no more. The row is locked (SELECT ... FOR UPDATE) so that two annulments of one check cannot both go
     * through: the second waits and is refused (409) saying by whom and when.
     */
    @Transactional
    public LearningCheck annul(long editionId, long studentId, long checkId, String user, String reason) {
        LearningCheck check = LearningCheck.findById(checkId, LockModeType.PESSIMISTIC_WRITE);
        if (check == null || check.editionId != editionId || check.studentId != studentId) {
            throw notFound(editionId, studentId, checkId);
        }
        CheckAnnulment.annul(check, user, reason, Timestamps.instant(clock));
        return check;
    }

    /** The check, annulled or not (a replayed creation answers what it created, annulled since or not). */
    private static LearningCheck find(long editionId, long studentId, long checkId) {
        LearningCheck c = LearningCheck.findById(checkId);
        if (c == null || c.editionId != editionId || c.studentId != studentId) {
            throw notFound(editionId, studentId, checkId);
        }
        return c;
    }

    private static ProblemException notFound(long editionId, long studentId, long checkId) {
        return ProblemException.notFound("Learning check", checkId + " of student " + studentId + " in edition " + editionId);
    }

    /**
     * A check is a trace of what happened: not dated in the future, nor after the student left, nor after the edition
     * ended, nor before its unit concluded ({@link CheckRules#unitConcluded}). The latest check of a unit decides (a
     * retake after a failure), so a date typed wrong would hide every later one and keep the student off the admission
     * list, or pass a unit not delivered yet.
     */
    private void refuseIfNotHeldThen(EditionRules rules, Participant p, String unitCode, LocalDate date) {
        LocalDate today = LocalDate.now(clock);
        List<RuleViolation> wrong = new ArrayList<>();
        if (date.isAfter(today)) {
            wrong.add(new RuleViolation("CHECK_NOT_HELD_YET", "The check is dated " + date + ", after today (" + today
                    + "): record it once it has taken place", "Edition " + rules.editionId() + " learning checks",
                    figures("date", date, "today", today)));
        }
        if (p.withdrawnOn != null && date.isAfter(p.withdrawnOn)) {
            wrong.add(new RuleViolation("CHECK_AFTER_WITHDRAWAL", "The check is dated " + date + ", after the student "
                    + "withdrew on " + p.withdrawnOn, "Edition " + rules.editionId() + " learning checks",
                    figures("date", date, "withdrawnOn", p.withdrawnOn)));
        }
        if (rules.endDate() != null && date.isAfter(rules.endDate())) {
            wrong.add(new RuleViolation("CHECK_AFTER_EDITION", "The check is dated " + date + ", after the edition ended on "
                    + rules.endDate() + ": a unit's check comes at the end of the unit, within the course",
                    rules.source("verifica di apprendimento a conclusione di ogni unità formativa"),
                    figures("date", date, "editionEnd", rules.endDate())));
        }
        List<CheckRules.UnitLesson> unitLessons = Lesson.<Lesson>list("editionId = ?1 and unitCode = ?2",
                        rules.editionId(), unitCode).stream()
                .map(l -> new CheckRules.UnitLesson(l.lessonDate, l.startTime, l.modality)).toList();
        CheckRules.unitConcluded(rules, unitCode, date, unitLessons, clock).ifPresent(wrong::add);
        RuleViolation.refuseIfAny(wrong, "check-rule", "The learning check is refused");
    }
}
