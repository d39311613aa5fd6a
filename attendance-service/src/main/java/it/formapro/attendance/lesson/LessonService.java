package it.formapro.attendance.lesson;

import it.formapro.attendance.EditionLocks;
import it.formapro.attendance.Hours;
import it.formapro.attendance.RuleViolation;
import it.formapro.attendance.catalog.EditionRules;
import it.formapro.attendance.idempotency.IdempotencyKeys;
import it.formapro.common.problem.Problem;
import it.formapro.common.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class LessonService {

    private final EditionLocks locks;
    private final IdempotencyKeys idempotency;

    public LessonService(EditionLocks locks, IdempotencyKeys idempotency) {
        this.locks = locks;
        this.idempotency = idempotency;
    }

    public record Created(Lesson lesson, boolean replayed) {
    }

    @Transactional
    public Created create(EditionRules rules, LessonRequest request, String user, String idempotencyKey) {
        long editionId = rules.editionId();
        String scope = "lesson:" + editionId;
        Optional<Long> previous = idempotency.find(scope, idempotencyKey);
        if (previous.isPresent()) {
            return new Created(find(editionId, previous.get()), true);
        }
        if ("CLOSED".equals(rules.status())) {
            throw ProblemException.conflict("edition-closed", "Edition " + editionId + " is closed: its calendar can no longer change");
        }
        if (!request.endTime().isAfter(request.startTime())) {
            throw ProblemException.badRequest("endTime: must be after startTime (" + request.startTime() + ")");
        }
        int minutes = (int) Duration.between(request.startTime(), request.endTime()).toMinutes();
        BigDecimal derived = Hours.ofMinutes(minutes);
        if (request.hours() != null && request.hours().compareTo(derived) != 0) {
            throw new ProblemException(400, "validation", "Invalid request", "hours: " + request.hours()
                    + " does not match the times " + request.startTime() + "-" + request.endTime() + " (" + derived + " h)",
                    List.of(new Problem.Violation("hours", "must equal the duration of the times: " + derived)),
                    ProblemException.figures("hours", request.hours(), "derivedHours", derived));
        }
        locks.lock(EditionLocks.Scope.CALENDAR, editionId);
        List<LessonRules.PlannedLesson> calendar = Lesson.ofEdition(editionId).stream().map(Lesson::planned).toList();
        LessonRules.PlannedLesson candidate = new LessonRules.PlannedLesson(null, request.date(), request.startTime(),
                request.endTime(), blankToNull(request.unitCode()), request.modality());
        refuseIfViolated(LessonRules.check(rules, calendar, candidate), "The lesson would break a rule of the standard");

        Lesson lesson = new Lesson();
        lesson.editionId = editionId;
        lesson.lessonDate = request.date();
        lesson.startTime = request.startTime();
        lesson.endTime = request.endTime();
        lesson.minutes = minutes;
        lesson.unitCode = candidate.unitCode();
        lesson.modality = request.modality();
        lesson.teacher = request.teacher().strip();
        lesson.keyCompetences = Boolean.TRUE.equals(request.keyCompetences()); // absent = false: older callers keep working
        lesson.createdAt = Instant.now();
        lesson.createdBy = user;
        lesson.persistAndFlush();
        idempotency.remember(scope, idempotencyKey, lesson.id);
        return new Created(lesson, false);
    }

    @Transactional
    public Lesson lock(long editionId, long lessonId, String user) {
        Lesson lesson = findForUpdate(editionId, lessonId);
        if (!lesson.isLocked()) {
            lesson.lockedAt = Instant.now();
            lesson.lockedBy = user;
            lesson.persistAndFlush();
        }
        return lesson;
    }

    /** Removes a lesson that has no register yet, unless a later unit's lesson relies on it (propedeuticity). */
    @Transactional
    public void delete(EditionRules rules, long lessonId) {
        long editionId = rules.editionId();
        locks.lock(EditionLocks.Scope.CALENDAR, editionId);
        Lesson lesson = findForUpdate(editionId, lessonId);
        if (lesson.isLocked()) {
            throw ProblemException.conflict("lesson-locked", "Lesson " + lessonId + " is locked: it can no longer be removed");
        }
        long recorded = Lesson.getEntityManager()
                .createQuery("select count(e) from AttendanceEntry e where e.lessonId = ?1", Long.class)
                .setParameter(1, lessonId).getSingleResult();
        if (recorded > 0) {
            throw ProblemException.conflict("lesson-has-register", "Lesson " + lessonId + " already has " + recorded
                    + " register entries: set them to 0 or lock the lesson instead of removing it");
        }
        List<LessonRules.PlannedLesson> remaining = Lesson.ofEdition(editionId).stream()
                .filter(l -> l.id != lessonId).map(Lesson::planned).toList();
        for (LessonRules.PlannedLesson other : remaining) {
            List<RuleViolation> broken = LessonRules.check(rules,
                            remaining.stream().filter(l -> !l.id().equals(other.id())).toList(), other).stream()
                    .filter(v -> v.rule().equals("PROPEDEUTICITY")).toList();
            if (!broken.isEmpty()) {
                refuseIfViolated(broken, "Removing lesson " + lessonId + " would leave lesson " + other.id()
                        + " before its propedeutic units are complete");
            }
        }
        lesson.delete();
    }

    public Lesson find(long editionId, long lessonId) {
        Lesson lesson = Lesson.findById(lessonId);
        if (lesson == null || lesson.editionId != editionId) {
            throw notFound(editionId, lessonId);
        }
        return lesson;
    }

    /** The 404 of a lesson that does not exist or belongs to another edition. */
    public static ProblemException notFound(long editionId, long lessonId) {
        return ProblemException.notFound("Lesson", lessonId + " of edition " + editionId);
    }

    /** Loads the lesson locked for update: serialises lock / register writes on the same lesson. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Lesson findForUpdate(long editionId, long lessonId) {
        Lesson lesson = Lesson.findById(lessonId, LockModeType.PESSIMISTIC_WRITE);
        if (lesson == null || lesson.editionId != editionId) {
            throw notFound(editionId, lessonId);
        }
        return lesson;
    }

    static void refuseIfViolated(List<RuleViolation> violations, String detail) {
        RuleViolation.refuseIfAny(violations, "lesson-rule", detail);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
