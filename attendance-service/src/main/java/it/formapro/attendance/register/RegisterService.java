package it.formapro.attendance.register;

import static it.formapro.common.problem.ProblemException.figures;

import it.formapro.attendance.DayTime;
import it.formapro.attendance.Hours;
import it.formapro.attendance.lesson.Lesson;
import it.formapro.attendance.lesson.LessonService;
import it.formapro.attendance.lesson.LessonView;
import it.formapro.common.problem.Problem;
import it.formapro.common.problem.ProblemException;
import it.formapro.common.time.Timestamps;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The lesson register: bulk and single writes in one transaction each, every change audited. The rules are checked
 * here on every row before anything is written, except one place at a time, which is checked right after the write
 * under its students' locks (a refusal rolls the write back); {@link RegisterStore} reads and writes the rows.
 */
@ApplicationScoped
public class RegisterService {

    private final LessonService lessons;
    private final RegisterStore store;
    private final Clock clock;

    public RegisterService(LessonService lessons, RegisterStore store, Clock clock) {
        this.lessons = lessons;
        this.store = store;
        this.clock = clock;
    }

    @Transactional
    public RegisterViews.Register record(long editionId, long lessonId, List<RegisterRow> given, String user) {
        // an exit at 00:00 after a later arrival is 24:00, kept and compared so (DayTime.endOf)
        List<RegisterRow> rows = given.stream().map(RegisterRow::withEndOfDay).toList();
        Lesson lesson = store.lockLesson(lessonId).filter(l -> l.editionId == editionId)
                .orElseThrow(() -> LessonService.notFound(editionId, lessonId));
        if (lesson.isLocked()) {
            throw ProblemException.conflict("lesson-locked", "Lesson " + lessonId + " of " + lesson.lessonDate
                    + " was locked by " + lesson.lockedBy + " at " + lesson.lockedAt + ": its register is read-only");
        }
        if (!lesson.hasBegun(clock)) {
            throw ProblemException.ruleViolation("register-rule", "Lesson " + lessonId + " is on " + lesson.lessonDate
                            + " at " + lesson.startTime + ": presence can be recorded only once the lesson has been held "
                            + "(from its start)",
                    List.of(new Problem.Violation("lessonDate", "the lesson has not been held yet", null)),
                    figures("lessonDate", lesson.lessonDate, "startTime", lesson.startTime, "today", LocalDate.now(clock)));
        }
        Set<Long> seen = new HashSet<>();
        List<Long> duplicates = rows.stream().map(RegisterRow::studentId).filter(id -> !seen.add(id)).distinct().toList();
        if (!duplicates.isEmpty()) {
            throw ProblemException.badRequest("entries: students listed more than once: " + duplicates);
        }
        List<RegisterStore.Row> participants = store.rows(editionId, lessonId);
        Map<Long, RegisterStore.Row> byStudent = participants.stream()
                .collect(Collectors.toMap(RegisterStore.Row::studentId, Function.identity()));

        // validate every row first: a bad row changes nothing
        List<Problem.Violation> invalid = new ArrayList<>();
        List<Problem.Violation> refused = new ArrayList<>();
        List<String> stale = new ArrayList<>();
        int[] minutes = new int[rows.size()];
        // the times each valid row's presence is kept with, worked out once for the overlap check and the write
        Times[] kept = new Times[rows.size()];
        for (int i = 0; i < rows.size(); i++) {
            RegisterRow row = rows.get(i);
            String field = "entries[" + i + "] (student " + row.studentId() + ")";
            RegisterStore.Row p = byStudent.get(row.studentId());
            if (p == null) {
                refused.add(new Problem.Violation(field, "not a participant of edition " + editionId, null));
                continue;
            }
            if (!p.attendsOn(lesson.lessonDate)) {
                refused.add(new Problem.Violation(field, "was not a participant on " + lesson.lessonDate + " (joined "
                        + p.joinedOn() + (p.withdrawnOn() != null ? ", withdrawn " + p.withdrawnOn() : "") + ")", null));
                continue;
            }
            try { // a row that says its presence in two ways (or none) is malformed, whatever the lesson
                Presence.oneForm(row.minutesPresent(), row.hoursPresent(), row.arrivedAt(), row.leftAt(), row.spans());
            } catch (Presence.Invalid e) {
                invalid.add(new Problem.Violation(field, e.getMessage(), null));
                continue;
            }
            if (lesson.modality.isElearning() && Presence.untrackedAttendance(row.minutesPresent(), row.hoursPresent())) {
                refused.add(new Problem.Violation(field, "e-learning presence is the platform's tracked time: give "
                        + "arrivedAt and leftAt as the platform logged them, or its sessions as spans (minutesPresent or "
                        + "hoursPresent only as 0, an absence)", Presence.TRACKED_TIMES_RULE));
                continue;
            }
            try {
                minutes[i] = Presence.minutes(row.minutesPresent(), row.hoursPresent(), row.arrivedAt(), row.leftAt(),
                        row.spans(), lesson.startTime, lesson.endTime, lesson.modality.anyTimeOfDay());
            } catch (Presence.Invalid e) {
                (e.rule() != null ? refused : invalid).add(new Problem.Violation(field, e.getMessage(), e.rule(), e.figures));
                continue;
            }
            // a presence given as times keeps them: the platform's tracked entry and exit, or a late arrival
            kept[i] = minutes[i] > 0 ? Times.of(row) : Times.NONE;
            if (row.version() != null && !row.version().equals(p.version())) {
                stale.add(row.studentId() + " (you sent version " + row.version() + ", current "
                        + (p.version() == null ? "none" : p.version()) + ")");
            }
        }
        if (!invalid.isEmpty()) {
            throw new ProblemException(400, "validation", "Invalid request", invalid.stream()
                    .map(v -> v.field() + ": " + v.message()).collect(Collectors.joining("; ")), invalid, null);
        }
        Map<Long, List<PresenceOverlap.Span>> here = spansHere(lesson, rows, minutes, kept, byStudent);
        RegisterStore.PresenceQuery query = query(here);
        if (!refused.isEmpty() || !stale.isEmpty()) {
            // nothing is written: the answer names every row refused, those that would be in two places at once too,
            // and a rule broken comes before a stale version (reloading would not mend it)
            if (query != null) {
                refused.addAll(presencesElsewhere(lesson, rows, minutes, here, store.lockAndReadPresencesMeeting(lesson, query)));
            }
            if (!refused.isEmpty()) {
                throw refusal(lesson, refused);
            }
            throw new ProblemException(409, "concurrent-modification", "Concurrent modification",
                    "Someone else changed these entries meanwhile, reload the register and retry: " + String.join(", ", stale),
                    null, null);
        }

        // as PostgreSQL keeps it, so the answer equals a later read
        Instant now = Timestamps.instant(clock);
        List<RegisterStore.Change> changes = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            RegisterRow row = rows.get(i);
            RegisterStore.Row current = byStudent.get(row.studentId());
            Times times = kept[i];
            if (!current.holds(minutes[i], times.arrivedAt(), times.leftAt(), times.spans())) { // unchanged: nothing to audit
                changes.add(new RegisterStore.Change(current.studentId(), current.minutesPresent(), minutes[i],
                        times.arrivedAt(), times.leftAt(), times.spans()));
            }
        }
        // written first, then checked against the day's other presences under their locks: a refusal rolls it back
        RegisterStore.Written written = store.write(lesson, changes, user, now, query);
        List<Problem.Violation> elsewhere = presencesElsewhere(lesson, rows, minutes, here, written.meeting());
        if (!elsewhere.isEmpty()) {
            throw refusal(lesson, elsewhere);
        }
        for (RegisterStore.Change change : changes) {
            byStudent.put(change.studentId(), byStudent.get(change.studentId())
                    .withEntry(change, written.versions().get(change.studentId()), now, user));
        }
        // the answer is built from what this request already holds: no second read
        return register(lesson, participants.stream().map(p -> byStudent.get(p.studentId())).toList());
    }

    /**
     * The times a presence is kept with: one pair as given; several spans in time order, as given (the trace of what
     * was logged, overlaps included), with the first arrival and the last exit as the pair, which every reader of
     * arrived_at/left_at then still finds (V13). One span is kept as the pair it is.
     */
    record Times(LocalTime arrivedAt, LocalTime leftAt, List<PresenceSpan> spans) {

        static final Times NONE = new Times(null, null, null);

        static Times of(RegisterRow row) {
            if (row.spans() == null) {
                return new Times(row.arrivedAt(), row.leftAt(), null);
            }
            List<PresenceSpan> sorted = row.spans().stream().sorted(PresenceSpan.BY_TIME).toList();
            LocalTime last = sorted.stream().map(PresenceSpan::leftAt).max(LocalTime::compareTo).orElseThrow();
            return new Times(sorted.get(0).arrivedAt(), last, sorted.size() == 1 ? null : sorted);
        }
    }

    private static ProblemException refusal(Lesson lesson, List<Problem.Violation> refused) {
        return ProblemException.ruleViolation("register-rule", "The register was not saved: " + refused.stream()
                        .map(v -> v.field() + ": " + v.message()).collect(Collectors.joining("; ")), refused,
                figures("lessonId", lesson.id, "lessonDate", lesson.lessonDate,
                        "lessonHours", Hours.ofMinutes(lesson.minutes), "lessonMinutes", lesson.minutes));
    }

    /**
     * The presences above zero this register sets, by student, where each may lie in the day. A row that says what its
     * entry already says was checked when it was written: a tutor who re-sends the whole register to correct one row
     * has that one row checked.
     */
    private static Map<Long, List<PresenceOverlap.Span>> spansHere(Lesson lesson, List<RegisterRow> rows, int[] minutes,
                                                                  Times[] kept, Map<Long, RegisterStore.Row> participants) {
        boolean anyTime = lesson.modality.anyTimeOfDay();
        Map<Long, List<PresenceOverlap.Span>> here = new HashMap<>();
        for (int i = 0; i < rows.size(); i++) {
            RegisterRow row = rows.get(i);
            RegisterStore.Row current = participants.get(row.studentId());
            if (minutes[i] <= 0 || current == null) {
                continue;
            }
            Times times = kept[i];
            if (!current.holds(minutes[i], times.arrivedAt(), times.leftAt(), times.spans())) {
                here.put(row.studentId(), PresenceOverlap.spans(minutes[i], times.arrivedAt(), times.leftAt(),
                        times.spans(), lesson.startTime, lesson.endTime, anyTime));
            }
        }
        return here;
    }

    /** Only what can share time with these presences is read first (null: nothing to look for). */
    private static RegisterStore.PresenceQuery query(Map<Long, List<PresenceOverlap.Span>> here) {
        if (here.isEmpty()) {
            return null;
        }
        // the lessons meeting any of them: one range, from the earliest to the latest (each span is judged afterwards)
        int from = here.values().stream().flatMap(List::stream).mapToInt(PresenceOverlap.Span::from).min().orElseThrow();
        int to = here.values().stream().flatMap(List::stream).mapToInt(PresenceOverlap.Span::to).max().orElseThrow();
        return new RegisterStore.PresenceQuery(here.keySet(), DayTime.atMinute(from), DayTime.atMinute(to));
    }

    /**
     * Students who would be in two places at once: their presence here does not fit beside the ones they already
     * have that day at other lessons ({@link PresenceOverlap}). {@code meeting} was read with each of them locked on
     * that day until the transaction ends: two tutors saving overlapping lessons of one student in the same instant
     * would otherwise each read the other's presence as not there yet, and both save (each holds only its own lesson's
     * lock). For the few students it finds, the whole day is read: a chain of overlapping lessons may leave no room
     * even where only one of them meets this one.
     */
    private List<Problem.Violation> presencesElsewhere(Lesson lesson, List<RegisterRow> rows, int[] minutes,
                                                       Map<Long, List<PresenceOverlap.Span>> here,
                                                       List<RegisterStore.SameDayPresence> meeting) {
        Set<Long> overlapping = meeting.stream()
                .filter(o -> here.containsKey(o.studentId()) && PresenceOverlap.overlap(o.spans(), here.get(o.studentId())))
                .map(RegisterStore.SameDayPresence::studentId).collect(Collectors.toSet());
        if (overlapping.isEmpty()) {
            return List.of();
        }
        Map<Long, List<RegisterStore.SameDayPresence>> elsewhere = store.sameDayPresences(lesson, overlapping).stream()
                .collect(Collectors.groupingBy(RegisterStore.SameDayPresence::studentId));
        List<Problem.Violation> violations = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            List<PresenceOverlap.Span> spans = here.get(rows.get(i).studentId());
            List<RegisterStore.SameDayPresence> others = elsewhere.get(rows.get(i).studentId());
            if (spans == null || others == null) {
                continue;
            }
            List<PresenceOverlap.Span> day = new ArrayList<>(spans);
            others.forEach(o -> day.addAll(o.spans()));
            if (PresenceOverlap.fits(day)) {
                continue;
            }
            violations.add(new Problem.Violation("entries[" + i + "] (student " + rows.get(i).studentId() + ")",
                    "would be in two places at once on " + lesson.lessonDate + ": " + minutes[i] + " min here (within "
                            + PresenceOverlap.times(spans) + ") do not fit beside " + others.stream()
                            .filter(o -> PresenceOverlap.overlap(o.spans(), spans))
                            .map(o -> o.minutes() + " min at lesson " + o.lessonId() + " of edition " + o.editionId()
                                    + " (" + o.modality() + ", within " + PresenceOverlap.times(o.spans()) + ")")
                            .collect(Collectors.joining(" and ")), PresenceOverlap.RULE));
        }
        return violations;
    }

    public RegisterViews.Register register(long editionId, long lessonId) {
        return register(lessons.find(editionId, lessonId));
    }

    public List<RegisterViews.Change> history(long editionId, long lessonId, Long studentId) {
        lessons.find(editionId, lessonId);
        List<RegisterChange> changes = studentId == null
                ? RegisterChange.list("lessonId = ?1 order by id", lessonId)
                : RegisterChange.list("lessonId = ?1 and studentId = ?2 order by id", lessonId, studentId);
        return changes.stream().map(c -> new RegisterViews.Change(c.id, c.lessonId, c.studentId, c.oldMinutes,
                c.newMinutes, c.oldMinutes == null ? null : Hours.ofMinutes(c.oldMinutes), Hours.ofMinutes(c.newMinutes),
                c.arrivedAt, c.leftAt, PresenceSpan.of(c.spanArrivedAt, c.spanLeftAt), c.changedBy, c.changedAt)).toList();
    }

    private RegisterViews.Register register(Lesson lesson) {
        return register(lesson, store.rows(lesson.editionId, lesson.id));
    }

    /** The register of a lesson: every participant on its day (or with an entry), by name. */
    private static RegisterViews.Register register(Lesson lesson, List<RegisterStore.Row> participants) {
        List<RegisterViews.Entry> rows = participants.stream()
                .filter(p -> p.attendsOn(lesson.lessonDate) || p.recorded())
                .map(p -> p.recorded()
                        ? new RegisterViews.Entry(p.studentId(), p.firstName(), p.lastName(), true, p.minutesPresent(),
                        Hours.ofMinutes(p.minutesPresent()), p.arrivedAt(), p.leftAt(), p.spans(), p.version(),
                        p.updatedAt(), p.updatedBy())
                        : new RegisterViews.Entry(p.studentId(), p.firstName(), p.lastName(), false, 0,
                        Hours.ofMinutes(0), null, null, null, null, null, null))
                .toList();
        return new RegisterViews.Register(LessonView.of(lesson), rows);
    }
}
