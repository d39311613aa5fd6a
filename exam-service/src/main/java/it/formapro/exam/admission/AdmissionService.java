package it.formapro.exam.admission;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import it.formapro.common.time.Timestamps;
import it.formapro.common.problem.Problem;
import it.formapro.common.problem.ProblemException;
import it.formapro.common.reports.EditionWideReport;
import it.formapro.exam.attendance.AttendanceService;
import it.formapro.exam.attendance.AttendanceSummary;
import it.formapro.exam.audit.AuditEntity;
import it.formapro.exam.audit.AuditLog;
import it.formapro.exam.catalog.CatalogService;
import it.formapro.exam.catalog.EditionRules;
import it.formapro.exam.enrollment.EnrollmentService;
import it.formapro.exam.privacy.ErasedStudent;
import it.formapro.exam.privacy.Pseudonymisation;
import it.formapro.exam.session.ExamSession;
import it.formapro.exam.session.ExamSessionService;
import it.formapro.exam.session.SessionStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.eclipse.microprofile.context.ManagedExecutor;

@ApplicationScoped
public class AdmissionService {

    @Inject
    CatalogService catalog;

    @Inject
    AttendanceService attendance;

    @Inject
    EnrollmentService enrollment;

    @Inject
    AuditLog audit;

    @Inject
    ObjectMapper json;

    @Inject
    ManagedExecutor executor;

    /** The frozen list if there is one, else the list computed now from the other services. */
    @EditionWideReport
    public AdmissionList list(long sessionId) {
        long editionId = ExamSessionService.editionOf(sessionId);
        AdmissionFreeze freeze = AdmissionFreeze.findById(sessionId);
        return freeze != null ? frozen(sessionId, editionId, freeze) : compute(sessionId, editionId, false);
    }

    /**
     * Freezes the list as computed now. Freezing twice is refused: outcomes already refer to the first snapshot.
     * <p>
     * The list is computed from catalog, enrollment and attendance (a large edition's summary takes seconds) outside
     * any transaction, so that no database connection nor the session's row is held while they answer; then a short
     * transaction locks the session, checks again that it may still be frozen (another freeze may have stored its
     * list meanwhile, or the session been closed or cancelled: 409 as before) and stores the list. The same checks
     * come first, before asking the other services anything.
     */
    @EditionWideReport
    public AdmissionList freeze(long sessionId) {
        ExamSession session = ExamSessionService.require(sessionId);
        refuseFreezing(session);
        AdmissionList computed = compute(sessionId, session.editionId, true);
        return QuarkusTransaction.requiringNew().call(() -> store(sessionId, computed));
    }

    /**
     * Stores the list computed outside the transaction. Its names were read from attendance before this transaction,
     * so an erasure may have committed here since (GDPR art. 17): the entries of a student whose erasure is recorded
     * ({@link ErasedStudent}) are stored pseudonymised, as the erasure leaves frozen entries
     * ({@link Pseudonymisation#admissionEntry}). The table lock the erasure takes on the entries (SHARE ROW EXCLUSIVE)
     * conflicts with the one taken here, before the record is read: an erasure in progress commits first and its
     * record is seen (each statement reads what is committed), one that comes later waits for this list and
     * pseudonymises its entries itself.
     */
    private AdmissionList store(long sessionId, AdmissionList computed) {
        ExamSession session = ExamSessionService.lock(sessionId);
        refuseFreezing(session);
        AdmissionEntry.getEntityManager().createNativeQuery("LOCK TABLE admission_entry IN ROW EXCLUSIVE MODE")
                .executeUpdate();
        Set<Long> erased = ErasedStudent.among(computed.candidates().stream().map(Candidate::studentId).toList());
        AdmissionFreeze freeze = new AdmissionFreeze();
        freeze.sessionId = sessionId;
        freeze.frozenAt = Timestamps.now();
        freeze.frozenBy = audit.actor();
        freeze.thresholdPercent = computed.thresholdPercent();
        freeze.source = computed.source();
        freeze.persist();
        for (Candidate c : computed.candidates()) {
            AdmissionEntry entry = new AdmissionEntry();
            entry.sessionId = sessionId;
            entry.studentId = c.studentId();
            entry.admitted = c.admitted();
            entry.withdrawn = c.withdrawn();
            String content = write(c);
            entry.content = erased.contains(c.studentId())
                    ? Pseudonymisation.admissionEntry(content, c.studentId()).orElse(content) : content;
            entry.persist();
        }
        audit.record("ADMISSION_LIST_FROZEN", AuditEntity.ADMISSION_LIST, sessionId, sessionId,
                computed.admitted() + " admitted, " + computed.excluded() + " excluded; admitted students "
                        + computed.candidates().stream().filter(Candidate::admitted).map(Candidate::studentId).toList()
                        + (erased.isEmpty() ? "" : "; erased students " + erased.stream().sorted().toList()
                        + " stored under their pseudonym (GDPR art. 17)"));
        return frozen(sessionId, session.editionId, freeze);
    }

    /** 409 when the session's list is frozen already, or the session is CLOSED or CANCELLED. */
    private static void refuseFreezing(ExamSession session) {
        AdmissionFreeze existing = AdmissionFreeze.findById(session.id);
        if (existing != null) {
            throw new ProblemException(409, "admission-list-frozen", "Conflict with the current state",
                    "The admission list of exam session " + session.id + " was already frozen at " + existing.frozenAt
                            + " by " + existing.frozenBy + "; outcomes refer to that snapshot",
                    null, ProblemException.figures("frozenAt", existing.frozenAt.toString()));
        }
        if (session.status == SessionStatus.CLOSED) {
            throw ProblemException.conflict("session-closed", "Exam session " + session.id + " is CLOSED");
        }
        ExamSessionService.refuseIfCancelled(session, "no admission list is frozen");
    }

    /**
     * The frozen entry of a candidate who may get an outcome, or a 422 naming why not (with the reasons of the
     * frozen list); 409 when there is no frozen list yet.
     */
    public Candidate requireAdmitted(long sessionId, long studentId) {
        Candidate candidate = requireFrozenEntry(sessionId, studentId);
        if (!candidate.admitted()) {
            throw ProblemException.ruleViolation("candidate-not-admitted",
                    "Student " + studentId + " is not admitted to exam session " + sessionId + ": "
                            + String.join("; ", candidate.reasons().stream().map(Candidate.Reason::message).toList()),
                    candidate.reasons().stream().map(r -> new Problem.Violation(r.code(), r.message(), r.source())).toList(),
                    ProblemException.figures("studentId", studentId, "decision", candidate.decision()));
        }
        return candidate;
    }

    /** The candidate as frozen (admitted or not). */
    public Candidate requireFrozenEntry(long sessionId, long studentId) {
        if (AdmissionFreeze.findById(sessionId) == null) {
            throw ProblemException.conflict("admission-list-not-frozen", "The admission list of exam session "
                    + sessionId + " is not frozen yet: POST /exam-sessions/" + sessionId + "/admissions/freeze first");
        }
        AdmissionEntry entry = AdmissionEntry.find(sessionId, studentId);
        if (entry == null) {
            throw ProblemException.ruleViolation("candidate-not-admitted", "Student " + studentId
                            + " is not on the frozen admission list of exam session " + sessionId,
                    List.of(new Problem.Violation("studentId", "not a student of the edition when the list was frozen")),
                    ProblemException.figures("studentId", studentId));
        }
        return read(entry.content);
    }

    /**
     * The three reads are independent, so they run side by side: the list costs the slowest of them, not their sum
     * (the benchmark's admission list). The managed executor carries the request context, hence the caller's token.
     *
     * @param fresh whether the catalogue rules must be read now (freezing) or may come from the minute-long cache (the
     *              live list)
     */
    private AdmissionList compute(long sessionId, long edition, boolean fresh) {
        CompletableFuture<EditionRules> rulesCall = executor.supplyAsync(
                () -> fresh ? catalog.rules(edition) : catalog.cachedRules(edition));
        CompletableFuture<AttendanceSummary> summaryCall = executor.supplyAsync(() -> attendance.summary(edition, fresh));
        var confirmed = enrollment.confirmedEnrollments(edition);
        EditionRules rules = join(rulesCall);
        AttendanceSummary summary = join(summaryCall);
        List<Candidate> candidates = AdmissionRules.evaluate(rules, summary, confirmed);
        BigDecimal threshold = summary.thresholdPercent() != null ? summary.thresholdPercent()
                : rules.attendance() == null ? null : rules.attendance().admissionPercent();
        return build(sessionId, edition, false, null, null, threshold, rules.source(), candidates);
    }

    /** The call's own outcome: its problem (503, 404...) as if it had been made on this thread. */
    private static <T> T join(CompletableFuture<T> call) {
        try {
            return call.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            throw e;
        }
    }

    private AdmissionList frozen(long sessionId, long editionId, AdmissionFreeze freeze) {
        List<Candidate> candidates = AdmissionEntry.<AdmissionEntry>list("sessionId = ?1 order by id", sessionId)
                .stream().map(e -> read(e.content)).toList();
        return build(sessionId, editionId, true, freeze.frozenAt, freeze.frozenBy, freeze.thresholdPercent, freeze.source,
                candidates);
    }

    private static AdmissionList build(long sessionId, long editionId, boolean frozen, OffsetDateTime at, String by,
                                       BigDecimal threshold, String source, List<Candidate> candidates) {
        int admitted = (int) candidates.stream().filter(Candidate::admitted).count();
        return new AdmissionList(sessionId, editionId, frozen, at, by, threshold, source, admitted,
                candidates.size() - admitted, candidates);
    }

    private String write(Candidate c) {
        try {
            return json.writeValueAsString(c);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialise candidate " + c.studentId(), e);
        }
    }

    private Candidate read(String content) {
        try {
            return json.readValue(content, Candidate.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("corrupt admission entry", e);
        }
    }
}
