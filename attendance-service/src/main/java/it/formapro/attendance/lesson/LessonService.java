package it.formapro.attendance.lesson;

import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Parameters;
import it.formapro.attendance.AdvisoryLocks;
import it.formapro.attendance.DayTime;
import it.formapro.attendance.Hours;
import it.formapro.attendance.RuleViolation;
import it.formapro.attendance.catalog.EditionRules;
import it.formapro.attendance.idempotency.IdempotencyKeys;
import it.formapro.attendance.register.AttendanceEntry;
import it.formapro.common.problem.Problem;
import it.formapro.common.problem.ProblemException;
import it.formapro.common.text.OptionalText;
import it.formapro.common.time.Timestamps;
import it.formapro.common.web.IdempotencyKey;
import it.formapro.common.web.PageOf;
import it.formapro.common.web.ReadVersion;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.LongFunction;
import java.util.stream.Collectors;

@ApplicationScoped
public class LessonService {

    private final AdvisoryLocks locks;
    private final IdempotencyKeys idempotency;
    private final Clock clock;

    public LessonService(AdvisoryLocks locks, IdempotencyKeys idempotency, Clock clock) {
        this.locks = locks;
        this.idempotency = idempotency;
        this.clock = clock;
    }

    public record Created(Lesson lesson, boolean replayed) {
    }

    /** One page of the lessons of every edition, or of one, by date. */
    public PageOf<Lesson> list(Long editionId, int page, int size) {
        String where = editionId == null ? "1 = 1" : "editionId = :edition";
        Parameters params = editionId == null ? new Parameters() : Parameters.with("edition", editionId);
        long total = Lesson.count(where, params);
        List<Lesson> lessons = Lesson.<Lesson>find(where + " order by lessonDate, startTime, id", params)
                .page(Page.of(page, size)).list();
        return new PageOf<>(lessons, total);
    }

    @Transactional
    public Created create(EditionRules rules, LessonRequest given, String user, String idempotencyKey) {
        LessonRequest request = given.withEndOfDay(); // 20:00-00:00 is the lesson 20:00-24:00, for the key too
        long editionId = rules.editionId();
        String scope = "lesson:" + editionId;
        String fingerprint = fingerprint(request);
        Optional<Long> previous = idempotency.find(scope, idempotencyKey, fingerprint, "lesson");
        if (previous.isPresent()) {
            return new Created(find(editionId, previous.get()), true);
        }
        refuseIfClosed(rules);
        int minutes = checkedMinutes(request);
        locks.lock(AdvisoryLocks.Scope.CALENDAR, editionId);
        List<LessonRules.PlannedLesson> calendar = Lesson.ofEdition(editionId).stream().map(Lesson::planned).toList();
        LessonRules.PlannedLesson candidate = planned(null, request);
        refuseIfViolated(LessonRules.check(rules, calendar, candidate), "The lesson would break a rule of the standard");

        Lesson lesson = new Lesson();
        lesson.editionId = editionId;
        plan(lesson, request, minutes);
        lesson.createdAt = Timestamps.instant(clock);
        lesson.createdBy = user;
        lesson.persistAndFlush();
        idempotency.remember(scope, idempotencyKey, fingerprint, lesson.id);
        return new Created(lesson, false);
    }

    @Transactional
    public Lesson lock(long editionId, long lessonId, String user) {
        Lesson lesson = findForUpdate(editionId, lessonId);
        if (!lesson.isLocked()) {
            lesson.lockedAt = Timestamps.instant(clock);
            lesson.lockedBy = user;
            lesson.persistAndFlush();
        }
        return lesson;
    }

    /**
     * Removes a lesson nobody is recorded present at (no register yet, or every entry 0: a lesson that was not held,
     * whose hours would otherwise count as delivered and missed by everyone), unless a later unit's lesson relies on
     * it (propedeuticity). Its 0 entries go with it; their audit rows stay. With the {@code version} the caller read,
     * refused if the lesson changed since (a lesson read as Monday's, to cancel, moved to Tuesday meanwhile); without,
     * removed whatever its version, as callers did before it could be given.
     */
    @Transactional
    public void delete(EditionRules rules, long lessonId, Long version) {
        long editionId = rules.editionId();
        locks.lock(AdvisoryLocks.Scope.CALENDAR, editionId);
        Lesson lesson = findForUpdate(editionId, lessonId);
        if (version != null) {
            ReadVersion.requireSame("Lesson", lesson.id, version, lesson.version);
        }
        if (lesson.isLocked()) {
            throw ProblemException.conflict("lesson-locked", "Lesson " + lessonId + " is locked: it can no longer be removed");
        }
        long present = presences(lessonId);
        if (present > 0) {
            throw ProblemException.conflict("lesson-has-register", "Lesson " + lessonId + " has " + present
                    + " students recorded present: a lesson that was held stays in the calendar (lock it once its "
                    + "register is final); if it was not held, set its register entries to 0 first, then remove it");
        }
        List<LessonRules.PlannedLesson> calendar = Lesson.ofEdition(editionId).stream().map(Lesson::planned).toList();
        List<LessonRules.PlannedLesson> remaining = calendar.stream().filter(l -> l.id() != lessonId).toList();
        refuseIfPropedeuticityLost(rules, remaining, lessonId, other -> "Removing lesson " + lessonId
                + " would leave lesson " + other + " before its propedeutic units are complete");
        refuseIfElearningShareLost(rules, calendar, remaining, "Removing lesson " + lessonId
                + " would leave more e-learning than the standard allows against the classroom hours left");
        AttendanceEntry.delete("lessonId", lessonId);
        lesson.delete();
    }

    /**
     * Replaces the planned data of a lesson (day, times, unit, mode, teacher, key competences), keeping its id: only a
     * lesson that is not locked and has no register yet, and only if the lesson as changed respects the rules and no
     * other lesson loses its propedeutic units. The request carries the version the caller read (optimistic locking):
     * a change made from an older read is refused. The same values again, at the current version, change nothing.
     */
    @Transactional
    public Lesson update(EditionRules rules, long lessonId, LessonRequest given, String user) {
        LessonRequest request = given.withEndOfDay();
        long editionId = rules.editionId();
        refuseIfClosed(rules);
        int minutes = checkedMinutes(request);
        locks.lock(AdvisoryLocks.Scope.CALENDAR, editionId);
        Lesson lesson = findForUpdate(editionId, lessonId);
        // under the row lock, before anything else: PUT replaces every planned field, so one made from an older read
        // would silently undo what was changed since (the day another tutor moved the lesson to)
        ReadVersion.requireCurrent("Lesson", lesson.id, request.version(), lesson.version);
        if (lesson.isLocked()) {
            throw ProblemException.conflict("lesson-locked", "Lesson " + lessonId + " was locked by " + lesson.lockedBy
                    + " at " + lesson.lockedAt + ": it can no longer be rescheduled or corrected");
        }
        long recorded = registerEntries(lessonId);
        if (recorded > 0) {
            throw ProblemException.conflict("lesson-has-register", "Lesson " + lessonId + " already has " + recorded
                    + " register entries, recorded against its times " + lesson.lessonDate + " " + lesson.startTime + "-"
                    + DayTime.text(lesson.endTime) + ": they describe the lesson as held then, so it can no longer be "
                    + "moved or changed. If it was not held, set its register entries to 0, remove it and add a new "
                    + "lesson for the new day and times");
        }
        LessonRules.PlannedLesson changed = planned(lessonId, request);
        if (changed.equals(lesson.planned()) && lesson.teacher.equals(request.teacher().strip())
                && lesson.keyCompetences == Boolean.TRUE.equals(request.keyCompetences())) {
            return lesson;
        }
        List<LessonRules.PlannedLesson> others = Lesson.ofEdition(editionId).stream()
                .filter(l -> l.id != lessonId).map(Lesson::planned).toList();
        refuseIfViolated(LessonRules.check(rules, others, changed),
                "Lesson " + lessonId + ", as changed, would break a rule of the standard");
        List<LessonRules.PlannedLesson> after = new ArrayList<>(others);
        after.add(changed);
        refuseIfPropedeuticityLost(rules, after, lessonId, other -> "Moving lesson " + lessonId + " to " + changed.date()
                + " " + changed.start() + "-" + DayTime.text(changed.end()) + " would leave lesson " + other
                + " before its propedeutic units are complete");
        List<LessonRules.PlannedLesson> before = new ArrayList<>(others);
        before.add(lesson.planned());
        refuseIfElearningShareLost(rules, before, after, "Lesson " + lessonId + ", as changed, would leave more e-learning "
                + "than the standard allows against the classroom hours");

        plan(lesson, request, minutes);
        // microseconds: what PostgreSQL keeps, so the answer equals a later read
        lesson.updatedAt = Timestamps.instant(clock);
        lesson.updatedBy = user;
        lesson.persistAndFlush();
        return lesson;
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

    private static void refuseIfClosed(EditionRules rules) {
        if ("CLOSED".equals(rules.status())) {
            throw ProblemException.conflict("edition-closed", "Edition " + rules.editionId()
                    + " is closed: its calendar can no longer change");
        }
    }

    /**
     * The lesson's minutes, from its times; 400 if the end is not after the start or the hours given differ. An end
     * before the start may be a lesson going on past midnight: a lesson belongs to one date (its register's day), so
     * the refusal names the two lessons to enter instead.
     */
    private static int checkedMinutes(LessonRequest request) {
        LocalTime start = request.startTime();
        LocalTime end = request.endTime();
        if (!end.isAfter(start)) {
            String detail = "endTime: must be after startTime (" + start + ")";
            if (end.isBefore(start)) {
                detail += ": a lesson lies within its date, which ends at 24:00 (or 00:00); if it goes on past midnight, "
                        + "enter it as two lessons, " + start + "-24:00 on " + request.date() + " and 00:00-" + end
                        + " on " + request.date().plusDays(1);
            }
            throw new ProblemException(400, "validation", "Invalid request", detail,
                    List.of(new Problem.Violation("endTime", "must be after startTime, on the same date")),
                    ProblemException.figures("date", request.date(), "startTime", DayTime.text(start),
                            "endTime", DayTime.text(end)));
        }
        int minutes = DayTime.minutesBetween(start, end);
        BigDecimal derived = Hours.ofMinutes(minutes);
        if (request.hours() != null && request.hours().compareTo(derived) != 0) {
            throw new ProblemException(400, "validation", "Invalid request", "hours: " + request.hours()
                    + " does not match the times " + start + "-" + DayTime.text(end) + " (" + derived + " h)",
                    List.of(new Problem.Violation("hours", "must equal the duration of the times: " + derived)),
                    ProblemException.figures("hours", request.hours(), "derivedHours", derived));
        }
        return minutes;
    }

    private static LessonRules.PlannedLesson planned(Long id, LessonRequest request) {
        return new LessonRules.PlannedLesson(id, request.date(), request.startTime(), request.endTime(),
                OptionalText.strippedOrNull(request.unitCode()), request.modality());
    }

    /**
     * The lesson a request plans, as {@link #plan} reads it: the hours are left out, since the times give them (a
     * request whose hours differ from its times is refused before it creates anything).
     */
    private static String fingerprint(LessonRequest request) {
        return IdempotencyKey.fingerprint(request.date(), request.startTime(), DayTime.text(request.endTime()),
                OptionalText.strippedOrNull(request.unitCode()), request.modality(), request.teacher().strip(),
                Boolean.TRUE.equals(request.keyCompetences()));
    }

    /** Sets the lesson's planned data from the request. */
    private static void plan(Lesson lesson, LessonRequest request, int minutes) {
        lesson.lessonDate = request.date();
        lesson.startTime = request.startTime();
        lesson.endTime = request.endTime();
        lesson.minutes = minutes;
        lesson.unitCode = OptionalText.strippedOrNull(request.unitCode());
        lesson.modality = request.modality();
        lesson.teacher = request.teacher().strip();
        lesson.keyCompetences = Boolean.TRUE.equals(request.keyCompetences()); // absent = false: older callers keep working
    }

    private static long presences(long lessonId) {
        return AttendanceEntry.count("lessonId = ?1 and minutesPresent > 0", lessonId);
    }

    private static long registerEntries(long lessonId) {
        return AttendanceEntry.count("lessonId", lessonId);
    }

    /**
     * 422 if a lesson of {@code calendar} other than {@code changedId} lacks, in that calendar, the hours of its
     * propedeutic units before it; {@code detail} names that lesson.
     */
    private static void refuseIfPropedeuticityLost(EditionRules rules, List<LessonRules.PlannedLesson> calendar,
                                                   long changedId, LongFunction<String> detail) {
        for (LessonRules.PlannedLesson other : calendar) {
            if (other.id() == changedId) {
                continue;
            }
            List<RuleViolation> broken = LessonRules.check(rules,
                            calendar.stream().filter(l -> !l.id().equals(other.id())).toList(), other).stream()
                    .filter(v -> v.rule().equals("PROPEDEUTICITY")).toList();
            if (!broken.isEmpty()) {
                refuseIfViolated(broken, detail.apply(other.id()));
            }
        }
    }

    /**
     * 422 if the e-learning caps as % of the classroom hours hold on {@code before} and not on {@code after}: a calendar
     * that loses classroom hours (a lesson removed, or changed to another mode) must still carry its e-learning. A cap
     * already passed before (the standard's figures changed since) does not block unrelated changes.
     */
    private static void refuseIfElearningShareLost(EditionRules rules, List<LessonRules.PlannedLesson> before,
                                                   List<LessonRules.PlannedLesson> after, String detail) {
        Set<String> broken = LessonRules.checkElearningShares(rules, before).stream().map(RuleViolation::rule)
                .collect(Collectors.toSet());
        refuseIfViolated(LessonRules.checkElearningShares(rules, after).stream()
                .filter(v -> !broken.contains(v.rule())).toList(), detail);
    }
}
