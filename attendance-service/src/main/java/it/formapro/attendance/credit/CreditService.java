package it.formapro.attendance.credit;

import it.formapro.common.time.Timestamps;
import it.formapro.attendance.AdvisoryLocks;
import it.formapro.attendance.RuleViolation;
import it.formapro.attendance.catalog.EditionRules;
import it.formapro.attendance.idempotency.IdempotencyKeys;
import it.formapro.attendance.lesson.Lesson;
import it.formapro.attendance.lesson.Modality;
import it.formapro.attendance.participant.ParticipantService;
import it.formapro.common.problem.ProblemException;
import it.formapro.common.text.OptionalText;
import it.formapro.common.web.IdempotencyKey;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class CreditService {

    private final AdvisoryLocks locks;
    private final IdempotencyKeys idempotency;
    private final ParticipantService participants;
    private final Clock clock;

    public CreditService(AdvisoryLocks locks, IdempotencyKeys idempotency, ParticipantService participants,
                         Clock clock) {
        this.locks = locks;
        this.idempotency = idempotency;
        this.participants = participants;
        this.clock = clock;
    }

    public record Created(AttendanceCredit credit, boolean replayed) {
    }

    @Transactional
    public Created recognise(EditionRules rules, long studentId, CreditRequest request, String user, String key) {
        long editionId = rules.editionId();
        String scope = "credit:" + editionId + ":" + studentId;
        String unitCode = OptionalText.strippedOrNull(request.unitCode());
        String fingerprint = IdempotencyKey.fingerprint(unitCode, request.internship(), request.hours(),
                request.reason().strip(), request.certificateHeld());
        Optional<Long> previous = idempotency.find(scope, key, fingerprint, "credit");
        if (previous.isPresent()) {
            return new Created(find(editionId, studentId, previous.get()), true);
        }
        participants.find(editionId, studentId);
        if (request.internship() == (unitCode != null)) {
            throw ProblemException.badRequest("give either unitCode (a unit credit) or internship=true (an internship credit)");
        }
        locks.lock(AdvisoryLocks.Scope.CREDITS, editionId);
        List<CreditRules.Credit> current = AttendanceCredit.of(editionId, studentId).stream()
                .map(AttendanceCredit::asRuleCredit).toList();
        RuleViolation.refuseIfAny(CreditRules.check(rules, scheduled(editionId), current,
                        new CreditRules.Claim(unitCode, request.internship(), request.hours(), request.certificateHeld())),
                "credit-rule", "The attendance credit is refused");
        AttendanceCredit credit = new AttendanceCredit();
        credit.editionId = editionId;
        credit.studentId = studentId;
        credit.unitCode = unitCode;
        credit.internship = request.internship();
        credit.hours = request.hours();
        credit.reason = request.reason().strip();
        credit.certificateHeld = request.certificateHeld();
        credit.recognisedBy = user;
        credit.recognisedAt = Timestamps.instant(clock);
        credit.persistAndFlush();
        idempotency.remember(scope, key, fingerprint, credit.id);
        return new Created(credit, false);
    }

    /** The edition's calendar as the credit rules bound a credit by it (every lesson, held or not). */
    private static ScheduledHours scheduled(long editionId) {
        return ScheduledHours.of(Lesson.ofEdition(editionId).stream()
                .map(l -> new ScheduledHours.Lessons(l.unitCode, l.modality == Modality.INTERNSHIP, l.minutes)).toList());
    }

    /**
     * Revokes a credit: it stays, with who revoked it and when (the audit record), and counts no more. Under the
     * edition's credit lock, so two revocations of one credit cannot both go through; a revoked credit is refused
     * (409) saying by whom and when.
     */
    @Transactional
    public AttendanceCredit revoke(long editionId, long studentId, long creditId, String user, String reason) {
        locks.lock(AdvisoryLocks.Scope.CREDITS, editionId);
        AttendanceCredit credit = find(editionId, studentId, creditId);
        if (credit.revoked()) {
            throw ProblemException.conflict("credit-revoked", "Credit " + creditId + " of student " + studentId
                    + " in edition " + editionId + " was already revoked by " + credit.revokedBy + " at "
                    + credit.revokedAt + "; it no longer counts");
        }
        credit.revokedAt = Timestamps.instant(clock);
        credit.revokedBy = user;
        credit.revocationReason = OptionalText.strippedOrNull(reason);
        return credit;
    }

    /** The credit, revoked or not (a replayed creation answers what it created, revoked since or not). */
    public AttendanceCredit find(long editionId, long studentId, long creditId) {
        AttendanceCredit c = AttendanceCredit.findById(creditId);
        if (c == null || c.editionId != editionId || c.studentId != studentId) {
            throw ProblemException.notFound("Credit", creditId + " of student " + studentId + " in edition " + editionId);
        }
        return c;
    }
}
