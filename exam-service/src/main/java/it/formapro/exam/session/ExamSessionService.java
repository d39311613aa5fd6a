package it.formapro.exam.session;

import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Parameters;
import it.formapro.common.problem.Problem;
import it.formapro.common.problem.ProblemException;
import it.formapro.common.text.OptionalText;
import it.formapro.common.web.IdempotencyKey;
import it.formapro.common.web.PageOf;
import it.formapro.common.web.ReadVersion;
import it.formapro.exam.admission.AdmissionEntry;
import it.formapro.exam.audit.AuditEntity;
import it.formapro.exam.audit.AuditLog;
import it.formapro.exam.catalog.CatalogService;
import it.formapro.exam.outcome.ExamOutcome;
import it.formapro.exam.session.ExamSessionDtos.BoardMemberDto;
import it.formapro.exam.session.ExamSessionDtos.ExamSessionRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

@ApplicationScoped
public class ExamSessionService {

    @Inject
    CatalogService catalog;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    /** One page of the sessions by exam date, of one edition and/or in one status; null for any. */
    public PageOf<ExamSession> list(Long editionId, SessionStatus status, int page, int size) {
        StringBuilder where = new StringBuilder("1 = 1");
        Parameters params = new Parameters();
        if (editionId != null) {
            where.append(" and editionId = :edition");
            params.and("edition", editionId);
        }
        if (status != null) {
            where.append(" and status = :status");
            params.and("status", status);
        }
        long total = ExamSession.count(where.toString(), params);
        List<ExamSession> sessions = ExamSession.<ExamSession>find(where + " order by examDate, id", params)
                .page(Page.of(page, size)).list();
        return new PageOf<>(sessions, total);
    }

    public static ExamSession require(long id) {
        ExamSession session = ExamSession.findById(id);
        if (session == null) {
            throw ProblemException.notFound("Exam session", id);
        }
        return session;
    }

    /**
     * The edition of a session, read as one column: the live admission list needs nothing else, and loading the
     * session would also load its board (an eager collection; 9 % of exam's CPU per list, BENCHMARKS.md run 13).
     */
    public static long editionOf(long id) {
        return ExamSession.getEntityManager()
                .createQuery("select s.editionId from ExamSession s where s.id = :id", Long.class)
                .setParameter("id", id)
                .getResultStream().findFirst()
                .orElseThrow(() -> ProblemException.notFound("Exam session", id));
    }

    /** Locks the session row: writers of one session (freeze, issue) queue behind each other. */
    public static ExamSession lock(long id) {
        ExamSession session = ExamSession.findById(id, LockModeType.PESSIMISTIC_WRITE);
        if (session == null) {
            throw ProblemException.notFound("Exam session", id);
        }
        return session;
    }

    /**
     * Refuses to freeze, record or issue anything in a CANCELLED session: its exam did not take place (409
     * {@code session-cancelled}, with the reason and what to do).
     */
    public static void refuseIfCancelled(ExamSession session, String what) {
        if (session.status == SessionStatus.CANCELLED) {
            throw new ProblemException(409, "session-cancelled", "Conflict with the current state",
                    "Exam session " + session.id + " was CANCELLED (" + session.cancellationReason + "): " + what
                            + " in it. Schedule a new session for edition " + session.editionId,
                    null, ProblemException.figures("status", session.status, "editionId", session.editionId));
        }
    }

    /** A session, and whether this request created it (false: replay of the same Idempotency-Key). */
    public record Scheduled(ExamSession session, boolean created) {
    }

    /**
     * Schedules a session. The same Idempotency-Key with the same request (edition, date, place and board, as its
     * fingerprint) returns the session it created (a retry after a lost answer), even if it was changed since; with
     * another request it is refused, and so is the same key while its first request is being processed (409 in
     * flight). A key stored before V13 has no fingerprint and is compared with the session's edition, date and place.
     */
    @Transactional
    public Scheduled create(ExamSessionRequest request, String idempotencyKey) {
        String fingerprint = fingerprint(request);
        if (idempotencyKey != null) {
            IdempotencyKey.refuseIfInFlight(ExamSession.getEntityManager(), "exam-session", idempotencyKey);
            ExamSession replay = ExamSession.find("idempotencyKey", idempotencyKey).firstResult();
            if (replay != null) {
                boolean same = replay.requestHash != null ? replay.requestHash.equals(fingerprint)
                        : replay.editionId == request.editionId() && replay.examDate.equals(request.examDate())
                        && replay.place.equals(request.place().trim());
                if (!same) {
                    throw ProblemException.idempotencyKeyReused("Idempotency-Key '" + idempotencyKey + "' was already "
                            + "used to schedule session " + replay.id + " with another edition, date, place or board",
                            ProblemException.figures("sessionId", replay.id));
                }
                return new Scheduled(replay, false);
            }
        }
        checkBoard(request.board());
        // the edition must exist in the catalogue: an exam session for nothing is refused before it is stored
        checkExamDate(request.examDate(), catalog.rules(request.editionId()).startDate());
        ExamSession session = new ExamSession();
        apply(session, request);
        session.idempotencyKey = idempotencyKey;
        session.requestHash = idempotencyKey == null ? null : fingerprint;
        session.persist();
        audit.record("SESSION_SCHEDULED", AuditEntity.EXAM_SESSION, session.id, session.id, describe(session));
        return new Scheduled(session, true);
    }

    @Transactional
    public ExamSession update(long id, ExamSessionRequest request) {
        // locked as issuing a document locks it: a board corrected while HELD cannot pass a document being issued;
        // and the version compared under the lock, so of two edits made on the same copy the second is refused
        ExamSession session = lock(id);
        // a PUT replaces date, place and board whole: one based on a stale copy would undo another member's change
        ReadVersion.requireCurrent("Exam session", session.id, request.version(), session.version);
        if (session.status == SessionStatus.HELD) {
            refuseUnlessOnlyTheBoardChanges(session, request);
        } else if (session.status != SessionStatus.SCHEDULED) {
            throw ProblemException.conflict("session-not-editable", "Exam session " + id + " is " + session.status
                    + ": date, place and board can be changed only while it is SCHEDULED (the board also while HELD)");
        }
        if (request.editionId() != session.editionId) {
            throw ProblemException.conflict("session-edition-fixed", "Exam session " + id + " belongs to edition "
                    + session.editionId + "; schedule a new session for edition " + request.editionId());
        }
        checkBoard(request.board());
        if (!request.examDate().equals(session.examDate)) {
            checkExamDate(request.examDate(), catalog.rules(session.editionId).startDate());
        }
        apply(session, request);
        audit.record("SESSION_UPDATED", AuditEntity.EXAM_SESSION, session.id, session.id, describe(session));
        return session;
    }

    @Transactional
    public ExamSession changeStatus(long id, SessionStatus target, String reason) {
        String why = OptionalText.strippedOrNull(reason);
        if (target == SessionStatus.CANCELLED && why == null) {
            // before the state is read: a cancellation without its reason is malformed whatever the session's status
            throw ProblemException.badRequest("A session is cancelled with the reason (field 'reason'): the board and "
                    + "the candidates it was announced to are told why");
        }
        ExamSession session = lock(id);
        if (session.status == target) {
            return session; // idempotent: a retried transition changes nothing
        }
        if (!session.status.canMoveTo(target)) {
            throw new ProblemException(409, "invalid-status-transition", "Conflict with the current state",
                    "Exam session " + id + " is " + session.status + " and cannot become " + target
                            + "; allowed next: " + (session.status.next().isEmpty() ? "none (final)" : session.status.next()),
                    null, ProblemException.figures("status", session.status, "requested", target));
        }
        if (target == SessionStatus.HELD) {
            checkExamDateReached(id, session.examDate, LocalDate.now(clock));
        }
        if (target == SessionStatus.CLOSED) {
            requireEveryAdmittedCandidateHasAnOutcome(session);
        }
        if (target == SessionStatus.CANCELLED) {
            session.cancellationReason = why;
        }
        SessionStatus from = session.status;
        session.status = target;
        audit.record("SESSION_STATUS_CHANGED", AuditEntity.EXAM_SESSION, session.id, session.id,
                from + " -> " + target + (why == null ? "" : ": " + why));
        return session;
    }

    /**
     * Once the exam is held, the suite records who sat (DOMAIN.md: "the suite records who sat"): a member replaced on
     * the day is corrected on the board while HELD. Date and place are history by then; and once a document of the
     * session has been issued, it carries the board as it was (frozen at issue), so the board stays as well.
     */
    private static void refuseUnlessOnlyTheBoardChanges(ExamSession session, ExamSessionRequest request) {
        if (!request.examDate().equals(session.examDate) || !request.place().trim().equals(session.place)) {
            throw ProblemException.conflict("session-not-editable", "Exam session " + session.id + " is HELD: its date ("
                    + session.examDate + ") and place are those of the exam that took place; only the board can still be "
                    + "corrected, to record who sat");
        }
        long issued = ExamSession.getEntityManager()
                .createQuery("select count(d) from IssuedDocument d where d.sessionId = ?1", Long.class)
                .setParameter(1, session.id).getSingleResult();
        if (issued > 0) {
            throw ProblemException.conflict("session-not-editable", "Exam session " + session.id + " already has "
                    + issued + " documents issued, which state its board as it was: the board can no longer change");
        }
    }

    /** The statuses a session may move to today: HELD only from its exam date ({@link #checkExamDateReached}). */
    static List<SessionStatus> allowedNext(ExamSession session, LocalDate today) {
        return session.status.next().stream()
                .filter(next -> next != SessionStatus.HELD || examDateReached(session.examDate, today))
                .toList();
    }

    /**
     * D.lgs 13/2013 art. 6: the certificate states the date of the assessment, so outcomes and documents follow an exam
     * that has taken place: a session becomes HELD from its exam date (the day in Italy), not before.
     */
    static void checkExamDateReached(long id, LocalDate examDate, LocalDate today) {
        if (!examDateReached(examDate, today)) {
            throw new ProblemException(409, "exam-not-yet-held", "Conflict with the current state",
                    "Exam session " + id + " is dated " + examDate + ": it can be marked HELD from that day; today is "
                            + today, null, ProblemException.figures("examDate", examDate, "today", today));
        }
    }

    private static boolean examDateReached(LocalDate examDate, LocalDate today) {
        return !today.isBefore(examDate);
    }

    /**
     * The final exam follows the course (DOMAIN.md: "admission depends on attendance"): a session dated before the
     * edition starts has no attendance to admit anyone on, and is most often a mistyped year.
     */
    static void checkExamDate(LocalDate examDate, LocalDate editionStart) {
        if (editionStart != null && examDate.isBefore(editionStart)) {
            throw ProblemException.ruleViolation("exam-date", "The exam date " + examDate + " is before the edition "
                            + "starts (" + editionStart + "): the final exam follows the course",
                    List.of(new Problem.Violation("examDate", "on or after " + editionStart,
                            "DOMAIN.md, Exam and certification: admission depends on attendance")),
                    ProblemException.figures("examDate", examDate, "editionStart", editionStart));
        }
    }

    private static void requireEveryAdmittedCandidateHasAnOutcome(ExamSession session) {
        List<Long> admitted = AdmissionEntry.<AdmissionEntry>list("sessionId = ?1 and admitted = true", session.id)
                .stream().map(e -> e.studentId).toList();
        if (admitted.isEmpty() && AdmissionEntry.count("sessionId", session.id) == 0) {
            throw ProblemException.conflict("admission-list-not-frozen",
                    "Exam session " + session.id + " cannot be closed before its admission list is frozen");
        }
        Set<Long> withOutcome = ExamOutcome.<ExamOutcome>list("sessionId", session.id).stream()
                .map(o -> o.studentId).collect(Collectors.toSet());
        List<Long> missing = admitted.stream().filter(s -> !withOutcome.contains(s)).sorted().toList();
        if (!missing.isEmpty()) {
            throw new ProblemException(409, "outcomes-missing", "Conflict with the current state",
                    "Exam session " + session.id + " cannot be closed: " + missing.size()
                            + " admitted candidate(s) have no outcome yet (students " + missing + ")",
                    null, ProblemException.figures("admitted", admitted.size(), "withOutcome", withOutcome.size(),
                    "missingStudentIds", missing));
        }
    }

    /** The request as the session is made of it (place trimmed, board in its order), for its Idempotency-Key. */
    static String fingerprint(ExamSessionRequest request) {
        List<Object> fields = new ArrayList<>(List.of(request.editionId(), request.examDate(), request.place().trim()));
        request.board().forEach(m -> fields.addAll(List.of(m.role(), m.fullName().trim(), m.appointedBy())));
        return IdempotencyKey.fingerprint(fields.toArray());
    }

    private static void apply(ExamSession session, ExamSessionRequest request) {
        session.editionId = request.editionId();
        session.examDate = request.examDate();
        session.place = request.place().trim();
        session.board.clear();
        request.board().forEach(m -> session.board.add(m.toEntity()));
    }

    /** The board needs exactly one president, who chairs it and signs the documents. */
    static void checkBoard(List<BoardMemberDto> board) {
        long presidents = board.stream().filter(m -> m.role() == BoardMember.Role.PRESIDENT).count();
        if (presidents != 1) {
            throw ProblemException.ruleViolation("board-president",
                    "The exam board needs exactly one PRESIDENT; " + presidents + " given",
                    List.of(new Problem.Violation("board", "exactly one member must have role PRESIDENT, found "
                            + presidents, "D.lgs 13/2013 art. 6 (assessment: the board)")),
                    ProblemException.figures("presidents", presidents, "members", board.size()));
        }
    }

    private static String describe(ExamSession s) {
        return "edition " + s.editionId + ", " + s.examDate + ", " + s.place + ", board: "
                + s.board.stream().map(m -> m.role + " " + m.fullName + " (" + m.appointedBy + ")")
                .collect(Collectors.joining("; "));
    }
}
