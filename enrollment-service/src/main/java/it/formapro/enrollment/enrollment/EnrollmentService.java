package it.formapro.enrollment.enrollment;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.security.ForbiddenException;
import it.formapro.common.problem.Problem;
import it.formapro.common.problem.ProblemException;
import it.formapro.common.reports.EditionWideReport;
import it.formapro.common.security.Caller;
import it.formapro.common.time.Timestamps;
import it.formapro.enrollment.attendance.AttendanceGateway;
import it.formapro.enrollment.attendance.HoursDelivered;
import it.formapro.enrollment.attendance.ParticipantRegistration;
import it.formapro.enrollment.attendance.ParticipantWithdrawal;
import it.formapro.enrollment.catalog.CatalogGateway;
import it.formapro.enrollment.catalog.EditionRules;
import it.formapro.enrollment.eligibility.ApplicantFacts;
import it.formapro.enrollment.eligibility.EligibilityEngine;
import it.formapro.enrollment.eligibility.EligibilityReport;
import it.formapro.enrollment.eligibility.EligibilityRefusals;
import it.formapro.enrollment.enrollment.EnrollmentDtos.EnrollmentView;
import it.formapro.enrollment.enrollment.EnrollmentDtos.PreEnrollmentRequest;
import it.formapro.enrollment.enrollment.EnrollmentDtos.WithdrawalRequest;
import it.formapro.enrollment.enrollment.EnrollmentDtos.WithdrawalView;
import it.formapro.enrollment.student.Student;
import it.formapro.enrollment.student.StudentService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.jboss.logging.Logger;

/**
 * Pre-enrollment, confirmation and withdrawal. Remote reads (catalog rules, hours delivered) happen before any
 * transaction; the seat decision runs in one short transaction that holds a per-edition PostgreSQL advisory lock,
 * so concurrent confirmations of one edition are serialized and capacity can never be exceeded. The attendance
 * registration is called inside that transaction: if it fails, the confirmation is rolled back and the client gets
 * 503 ("refuse and roll back"; the PUT is idempotent, so a retry converges), and a participant attendance may have
 * taken all the same is withdrawn there (at once if attendance answers, else with the enrollment's withdrawal).
 * Confirmation and withdrawal lock the student's row, then the edition, then the enrollment, as pre-enrollment does.
 */
@ApplicationScoped
public class EnrollmentService {

    private static final Logger LOG = Logger.getLogger(EnrollmentService.class);

    private final EligibilityEngine engine = new EligibilityEngine();

    @Inject
    CatalogGateway catalog;

    @Inject
    AttendanceGateway attendance;

    @Inject
    StudentService students;

    @Inject
    Caller caller;

    @Inject
    EntityManager em;

    @Inject
    Clock clock;

    public record PreEnrollment(Enrollment enrollment, EligibilityReport eligibility) {
    }

    public PreEnrollment preEnroll(long editionId, PreEnrollmentRequest request) {
        boolean portal = !caller.isStaff();
        if ((request.studentId() == null) == (request.applicant() == null)) {
            throw ProblemException.badRequest("Send either studentId or applicant (exactly one of them)");
        }
        if (portal && request.studentId() != null) {
            throw new ForbiddenException("the portal submits the applicant's data, not a registered student's id");
        }
        ApplicantFacts sent = request.applicant() == null ? null : new ApplicantFacts(request.applicant().birthDate(),
                request.applicant().citizenship(), request.applicant().evidence());
        ApplicantFacts facts;
        if (request.studentId() != null) {
            facts = students.getLive(request.studentId()).facts();
        } else {
            Student existing = portalSafe(portal, () -> StudentService.applicantOnFile(request.applicant(), false));
            // The front desk, which sees the student, judges the documents on file updated with those the application
            // presents (recorded if it succeeds). A portal is judged on what it sent only, on file or not: evaluated on
            // the file, its outcome would tell anyone knowing a codice fiscale what that person's record holds.
            facts = existing != null && !portal
                    ? new ApplicantFacts(existing.birthDate, existing.citizenship, existing.evidence().updatedWith(sent.evidence()))
                    : sent;
        }
        EditionRules rules = catalog.rules(editionId);
        requireOpen(rules);
        EligibilityReport report = engine.evaluate(facts, rules, LocalDate.now(clock));
        if (report.anyFail()) {
            // Missing evidence may still come before the start; a rule the documents already fail may not.
            String detail = "Pre-enrollment refused: " + report.notPassed().stream().filter(r -> r.outcome().name().equals("FAIL")).count()
                    + " entry requirement(s) of standard " + rules.qualificationCode() + " fail on "
                    + (portal ? "the data and documents the application sent" : "the documents on file");
            // the portal gets the outcome per rule, never the reasons (they quote the documents, README "Enrollment")
            throw portal ? EligibilityRefusals.portalRefusal("entry-requirements-failed", detail, report, rules)
                    : EligibilityRefusals.refusal("entry-requirements-failed", detail, report, true, rules);
        }
        if (portal && !LocalDate.now(clock).isBefore(rules.startDate())) {
            // An applicant from a portal joins on the day they are confirmed at the earliest: past the TUI today, they
            // could never be confirmed (the front desk, who may record a student who joined on an earlier day, is not
            // refused here: confirmation measures the TUI on that day; README "Readings").
            checkTui(rules, LocalDate.now(clock), "the application was not accepted (nothing recorded)");
        }
        Enrollment created = QuarkusTransaction.requiringNew().call(() -> {
            // the row lock serialises this with an erasure of the same student (and an acceptance of held documents)
            StudentService.ApplicationStudent applied = request.studentId() != null
                    ? new StudentService.ApplicationStudent(students.lockLive(request.studentId()), true)
                    : portalSafe(portal, () -> students.findOrCreate(request.applicant()));
            Student student = portalSafe(portal, () -> StudentService.requireNotDuplicate(applied.student()));
            lockEdition(editionId);
            if (Enrollment.count("studentId = ?1 and editionId = ?2 and status <> ?3", student.id, editionId,
                    EnrollmentStatus.WITHDRAWN) > 0) {
                // a portal learns that the applicant is known, never the student's internal id
                throw ProblemException.conflict("already-enrolled", (portal ? "The applicant" : "Student " + student.id)
                        + " already has a live enrollment on edition " + editionId);
            }
            long confirmed = Enrollment.confirmedOn(editionId);
            Enrollment e = new Enrollment();
            e.studentId = student.id;
            e.editionId = editionId;
            e.preEnrolledAt = Timestamps.now(clock);
            // the portal that sent the application reads it back (GET /applications/{id}); the front desk's are not
            e.submittedBy = portal ? caller.name() : null;
            e.status = confirmed >= capacity(rules) ? EnrollmentStatus.WAITING_LIST : EnrollmentStatus.PRE_ENROLLED;
            e.persist();
            String documents = "";
            if (sent != null && applied.onFile()) {
                List<String> kinds = sent.evidence().presented();
                if (portal) {
                    // held on the application for the front desk to accept (acceptPresented): a portal writes nothing
                    // onto a stored person's record
                    PresentedDocuments held = PresentedDocuments.of(sent, e.preEnrolledAt);
                    held.enrollmentId = e.id;
                    held.persist();
                    documents = kinds.isEmpty() ? "" : "; documents presented with the application held for the front "
                            + "desk (not on the student until accepted): " + String.join(", ", kinds);
                } else {
                    student.recordPresented(sent.evidence());
                    documents = kinds.isEmpty() ? "" : "; documents presented with the application recorded on the "
                            + "student: " + String.join(", ", kinds);
                }
            }
            record(e, null, e.status, (e.status == EnrollmentStatus.WAITING_LIST
                    ? "edition full (" + confirmed + "/" + capacity(rules) + " confirmed)" : report.verdict().name())
                    + documents);
            return e;
        });
        return new PreEnrollment(created, report);
    }

    /**
     * A portal learns that an applicant is known, never a student's internal id: a duplicate-student refusal (the
     * applicant's document held by another record, one whose country is not recorded, or a record marked as a
     * duplicate) reaches it without the ids, which the front desk reads from its own side.
     */
    private static <T> T portalSafe(boolean portal, Supplier<T> lookup) {
        try {
            return lookup.get();
        } catch (ProblemException e) {
            if (!portal || !"duplicate-student".equals(e.slug())) {
                throw e;
            }
            throw ProblemException.conflict("duplicate-student", "The applicant's identity document is on file for a "
                    + "student record the front desk must check first (one document is one person's, and one person is "
                    + "one student): the application was not recorded; the applicant should ask the provider's front desk");
        }
    }

    /**
     * Confirms an enrollment. {@code requestedJoinedOn} records the day the student actually joined when the
     * confirmation is entered after the fact; the TUI is then measured on the hours delivered before that day.
     */
    public EnrollmentView confirm(long enrollmentId, LocalDate requestedJoinedOn) {
        Enrollment current = get(enrollmentId);
        requireStatus(current, EnrollmentStatus.PRE_ENROLLED, EnrollmentStatus.WAITING_LIST);
        EditionRules rules = catalog.rules(current.editionId);
        requireOpen(rules);
        LocalDate today = LocalDate.now(clock);
        if (requestedJoinedOn != null && (requestedJoinedOn.isBefore(rules.startDate()) || requestedJoinedOn.isAfter(today))) {
            throw ProblemException.badRequest("joinedOn " + requestedJoinedOn + " must be between the edition's start date "
                    + rules.startDate() + " and today " + today);
        }
        LocalDate joinedOn = requestedJoinedOn != null ? requestedJoinedOn
                : today.isAfter(rules.startDate()) ? today : rules.startDate();
        // a first look before asking attendance for the TUI; decided again below, on the student as locked
        requireEligible(current, StudentService.requireNotDuplicate(students.getLive(current.studentId)), rules, joinedOn, today);
        if (!joinedOn.isBefore(rules.startDate()) && !today.isBefore(rules.startDate())) {
            checkTui(rules, joinedOn, "the enrollment was not confirmed");
        }
        AtomicBoolean registrationSent = new AtomicBoolean();
        SeatOutcome outcome;
        try {
            outcome = QuarkusTransaction.requiringNew().call(() -> seat(enrollmentId, current.studentId, current.editionId,
                    rules, joinedOn, today, registrationSent));
        } catch (RuntimeException failure) {
            if (registrationSent.get()) {
                // attendance may have taken the participant even though this failed (a lost answer, a failed commit)
                withdrawUnconfirmedParticipant(enrollmentId, current.studentId, current.editionId);
            }
            throw failure;
        }
        if (outcome.confirmed() == null) {
            throw new ProblemException(409, "edition-full", "No seat available",
                    "Edition " + current.editionId + " has no seat for this enrollment: " + outcome.confirmedCount() + " of "
                            + outcome.capacity() + " seats are confirmed" + (outcome.confirmedCount() < outcome.capacity()
                            ? " and the free seats are held for waiting-list enrollments pre-enrolled earlier" : "")
                            + "; the enrollment is on the waiting list at position " + outcome.waitingListPosition(),
                    null, ProblemException.figures("capacity", outcome.capacity(), "confirmed", outcome.confirmedCount(),
                            "waitingListPosition", outcome.waitingListPosition()));
        }
        LOG.infof("Enrollment %d confirmed on edition %d (%d/%d seats)", enrollmentId, current.editionId,
                outcome.confirmedCount(), outcome.capacity());
        return outcome.confirmed();
    }

    /**
     * The seat decision, in the confirmation's transaction. The student's row is locked first, then the edition, as a
     * pre-enrollment takes them (one order, no deadlock): a concurrent update of the student (a corrected name or
     * document) waits for this confirmation or this one for it, so the eligibility is decided on, and attendance gets
     * the names of, the student as they stand (an update committed after it sends a corrected name to the CONFIRMED
     * enrollment itself: ParticipantNames).
     */
    private SeatOutcome seat(long enrollmentId, long studentId, long editionId, EditionRules rules, LocalDate joinedOn,
                             LocalDate today, AtomicBoolean registrationSent) {
        Student student = StudentService.requireNotDuplicate(students.lockLive(studentId));
        lockEdition(editionId);
        Enrollment e = em.find(Enrollment.class, enrollmentId, LockModeType.PESSIMISTIC_WRITE);
        requireStatus(e, EnrollmentStatus.PRE_ENROLLED, EnrollmentStatus.WAITING_LIST);
        requireEligible(e, student, rules, joinedOn, today);
        int capacity = capacity(rules);
        long confirmed = Enrollment.confirmedOn(e.editionId);
        long waitingAhead = e.waitingAhead();
        if (!SeatRule.canTakeSeat(capacity, confirmed, waitingAhead)) {
            if (e.status != EnrollmentStatus.WAITING_LIST) {
                EnrollmentStatus from = e.status;
                e.status = EnrollmentStatus.WAITING_LIST;
                record(e, from, e.status, "edition full (" + confirmed + "/" + capacity + " confirmed)");
                waitingAhead = e.waitingAhead();
            }
            return new SeatOutcome(null, capacity, confirmed, waitingAhead + 1);
        }
        EnrollmentStatus from = e.status;
        e.status = EnrollmentStatus.CONFIRMED;
        e.confirmedAt = Timestamps.now(clock);
        e.joinedOn = joinedOn;
        record(e, from, e.status, "all entry requirements pass; joined on " + joinedOn);
        discardPending(e);
        em.flush();
        // Inside the transaction on purpose: a failure here rolls the confirmation back (refuse and roll back).
        registrationSent.set(true);
        attendance.register(e.editionId, e.studentId,
                new ParticipantRegistration(e.id, student.firstName, student.lastName, joinedOn));
        return new SeatOutcome(EnrollmentView.of(e, null), capacity, confirmed + 1, null);
    }

    /**
     * Every entry requirement passes on the student's file, documented by the day the student starts (the edition's
     * start, or a late joiner's). Documents a portal presented and the front desk has not accepted are not on the file
     * and count for nothing; where they would meet a rule the file does not, the refusal says so and where to accept them.
     */
    private void requireEligible(Enrollment enrollment, Student student, EditionRules rules, LocalDate joinedOn, LocalDate today) {
        EligibilityReport report = engine.evaluateDocumentedBy(student.facts(), rules, joinedOn, today);
        if (report.allPass()) {
            return;
        }
        String detail = "Confirmation refused: every entry requirement of standard " + rules.qualificationCode()
                + " must pass and be documented by " + joinedOn + ", the day the student starts (no derogation); "
                + report.notPassed().size() + " do not";
        ProblemException refusal = EligibilityRefusals.refusal("entry-requirements-not-met", detail, report, false, rules);
        PresentedDocuments held = PresentedDocuments.findById(enrollment.id);
        if (held == null || !held.pending()) {
            throw refusal;
        }
        EligibilityReport withHeld = engine.evaluateDocumentedBy(new ApplicantFacts(student.birthDate, student.citizenship,
                student.evidence().updatedWith(held.evidence)), rules, joinedOn, today);
        List<String> covered = PresentedDocuments.wouldMeet(report, withHeld);
        if (covered.isEmpty()) {
            throw refusal;
        }
        Map<String, Object> figures = new LinkedHashMap<>(refusal.figures());
        figures.put("metByPresentedDocuments", covered);
        throw new ProblemException(refusal.status(), refusal.slug(), refusal.title(), detail + ". The documents "
                + "presented with the application by " + enrollment.submittedBy + " ("
                + String.join(", ", held.kinds()) + ") are not on the student's record until the front desk accepts "
                + "them, and would meet " + String.join(", ", covered) + ": check them and accept them (POST /enrollments/"
                + enrollment.id + "/presented-documents/acceptance), then confirm again", refusal.violations(), figures);
    }

    /**
     * After a failed confirmation that had sent the participant: withdraws it in attendance if it is there, ACTIVE, for
     * this enrollment (AttendanceGateway.withdrawUnconfirmed). Under the confirmation's locks, so a retry confirming the
     * enrollment meanwhile is either seen (CONFIRMED: the participant is its own, left alone) or waits for this. Best
     * effort: attendance may well be what failed; a participant left over is withdrawn with the enrollment (withdraw).
     */
    private void withdrawUnconfirmedParticipant(long enrollmentId, long studentId, long editionId) {
        try {
            boolean withdrawn = QuarkusTransaction.requiringNew().call(() -> {
                lockStudent(studentId);
                lockEdition(editionId);
                Enrollment e = em.find(Enrollment.class, enrollmentId, LockModeType.PESSIMISTIC_WRITE);
                return e.status != EnrollmentStatus.CONFIRMED && attendance.withdrawUnconfirmed(e.editionId, e.studentId,
                        e.id, LocalDate.now(clock), "the participant it may have registered is left there until the "
                                + "enrollment is confirmed or withdrawn");
            });
            if (withdrawn) {
                LOG.infof("Enrollment %d: the participant registered by its failed confirmation was withdrawn in "
                        + "attendance-service", enrollmentId);
            }
        } catch (RuntimeException e) {
            LOG.warnf("Enrollment %d: after its failed confirmation, whether attendance-service kept the participant could "
                    + "not be checked (%s); it is withdrawn there when the enrollment is withdrawn", enrollmentId, e.toString());
        }
    }

    private record SeatOutcome(EnrollmentView confirmed, int capacity, long confirmedCount, Long waitingListPosition) {
    }

    public WithdrawalView withdraw(long enrollmentId, WithdrawalRequest request) {
        Enrollment current = get(enrollmentId);
        requireStatus(current, EnrollmentStatus.PRE_ENROLLED, EnrollmentStatus.WAITING_LIST, EnrollmentStatus.CONFIRMED);
        LocalDate today = LocalDate.now(clock);
        LocalDate withdrawnOn = request == null || request.withdrawnOn() == null ? today : request.withdrawnOn();
        checkWithdrawalDate(current, withdrawnOn, today);
        String reason = request == null ? null : request.reason();
        return QuarkusTransaction.requiringNew().call(() -> {
            // the locks in the order of a confirmation (student, edition, enrollment), with which it serialises
            lockStudent(current.studentId);
            lockEdition(current.editionId);
            Enrollment e = em.find(Enrollment.class, enrollmentId, LockModeType.PESSIMISTIC_WRITE);
            requireStatus(e, EnrollmentStatus.PRE_ENROLLED, EnrollmentStatus.WAITING_LIST, EnrollmentStatus.CONFIRMED);
            checkWithdrawalDate(e, withdrawnOn, today); // confirmed meanwhile: measured on the row as locked
            EnrollmentStatus from = e.status;
            e.status = EnrollmentStatus.WITHDRAWN;
            e.withdrawnAt = Timestamps.now(clock);
            e.withdrawnOn = withdrawnOn;
            e.withdrawalReason = reason;
            record(e, from, e.status, reason);
            discardPending(e);
            em.flush();
            Long offeredTo = null;
            if (from == EnrollmentStatus.CONFIRMED) {
                // Inside the transaction: if attendance cannot record the withdrawal, the enrollment stays confirmed.
                attendance.withdraw(e.editionId, e.studentId, new ParticipantWithdrawal(withdrawnOn,
                        reason == null ? "Withdrawn from the enrollment" : reason));
                Enrollment first = Enrollment.find("editionId = ?1 and status = ?2 order by preEnrolledAt, id",
                        e.editionId, EnrollmentStatus.WAITING_LIST).firstResult();
                offeredTo = first == null ? null : first.id;
            } else {
                // a confirmation whose PUT attendance took but which failed here left a participant there: withdrawn now
                // (404: never registered); if attendance cannot answer, the enrollment stays as it was (503)
                attendance.withdrawUnconfirmed(e.editionId, e.studentId, e.id, withdrawnOn, "the withdrawal was rolled "
                        + "back (the enrollment is still " + from + "); retry later");
            }
            return new WithdrawalView(EnrollmentView.of(e, null), offeredTo);
        });
    }

    public Enrollment get(long id) {
        Enrollment e = Enrollment.findById(id);
        if (e == null) {
            throw ProblemException.notFound("Enrollment", id);
        }
        return e;
    }

    @EditionWideReport
    public List<EnrollmentView> ofEdition(long editionId, EnrollmentStatus status) {
        List<EnrollmentView> views = new ArrayList<>();
        long position = 0;
        for (Enrollment e : Enrollment.ofEdition(editionId)) {
            Long pos = e.status == EnrollmentStatus.WAITING_LIST ? ++position : null;
            if (status == null || e.status == status) {
                views.add(EnrollmentView.of(e, pos));
            }
        }
        return views;
    }

    /** The enrollment as the front desk reads it, with what a portal's application presented, if anything. */
    public EnrollmentView view(long id) {
        Enrollment e = get(id);
        return EnrollmentView.withPresented(e, PresentedDocuments.findById(id));
    }

    public List<EnrollmentView> ofStudent(long studentId) {
        students.get(studentId);
        List<Enrollment> rows = Enrollment.list("studentId = ?1 order by preEnrolledAt, id", studentId);
        // what portals presented for them, in one query
        Map<Long, PresentedDocuments> presented = PresentedDocuments.byEnrollment(rows.stream().map(e -> e.id).toList());
        return rows.stream().map(e -> EnrollmentView.withPresented(e, presented.get(e.id))).toList();
    }

    /**
     * The front desk accepts the documents a portal presented with an application for a student already on file: they
     * are recorded on the student as a front-desk application records them (Student.recordPresented: in place of
     * those of the same kind), and the history says so. Idempotent: accepted documents are not recorded again (the
     * student's record may have been corrected since). Under the student's row lock, taken first as a confirmation
     * takes it, so a confirmation decides either before or after the documents are on the record. Only while the
     * application waits for confirmation (a confirmed or withdrawn one's documents were discarded), for a live student
     * not marked as a duplicate (as every other write on a student), and never silently putting an older document in
     * place of a more recent one on file: that takes {@code replaceNewer}.
     */
    public EnrollmentView acceptPresented(long enrollmentId, boolean replaceNewer) {
        return decideHeld(enrollmentId, true, (student, e, held) -> {
            if (held.status == PresentedDocuments.Status.PENDING) {
                List<PresentedDocuments.NewerOnFile> newer = PresentedDocuments.newerOnFile(student.evidence(), held.evidence);
                if (!newer.isEmpty() && !replaceNewer) {
                    throw new ProblemException(409, "presented-documents-older", "Conflict with the current state", "The documents presented "
                            + "with application " + enrollmentId + " would replace more recent ones on student "
                            + student.id + "'s record: " + newer.stream().map(Object::toString)
                            .collect(Collectors.joining(", ")) + "; nothing was recorded. Keep the record as it is (reject "
                            + "them), or accept them with {\"replaceNewer\": true} if the ones on file are wrong", null,
                            ProblemException.figures("newerOnFile", newer.stream().map(n -> Map.of("kind", n.kind(),
                                    "onFile", n.onFile().toString(), "presented", n.presented().toString())).toList()));
                }
            }
            List<String> replaced = PresentedDocuments.replacing(student.evidence(), held.evidence);
            if (held.accept(caller.name(), Timestamps.now(clock))) {
                student.recordPresented(held.evidence);
                record(e, e.status, e.status, "documents presented with the application by " + e.submittedBy
                        + " accepted and recorded on the student: " + String.join(", ", held.kinds())
                        + (replaced.isEmpty() ? "" : " (replacing those on file: " + String.join(", ", replaced) + ")"));
                return EnrollmentView.withAccepted(e, held, replaced);
            }
            return EnrollmentView.withPresented(e, held);
        });
    }

    /**
     * The front desk rejects the documents a portal presented: they are never recorded on the student (and stop
     * counting in the portal's receipt). Idempotent; the reason is kept with them, not in the history, so that the
     * student's erasure, which deletes them, leaves no free text about the person. The documents themselves are not
     * kept (PresentedDocuments.reject).
     */
    public EnrollmentView rejectPresented(long enrollmentId, String reason) {
        return decideHeld(enrollmentId, false, (student, e, held) -> {
            List<String> kinds = held.kinds();
            if (held.reject(caller.name(), Timestamps.now(clock), reason.strip())) {
                record(e, e.status, e.status, "documents presented with the application by " + e.submittedBy
                        + " rejected, not recorded on the student: " + String.join(", ", kinds));
            }
            return EnrollmentView.withPresented(e, held);
        });
    }

    private interface HeldDecision {
        EnrollmentView decide(Student student, Enrollment enrollment, PresentedDocuments held);
    }

    /**
     * What an acceptance and a rejection check and lock before deciding: the refusals first, without a lock (404 for
     * no held documents, 409 for an erased student, one marked duplicate if {@code refuseDuplicate}, an application no
     * longer waiting); then, in one transaction, the student's row (first, as a confirmation takes it), the held
     * documents and the enrollment, checked again as locked.
     */
    private EnrollmentView decideHeld(long enrollmentId, boolean refuseDuplicate, HeldDecision decision) {
        Enrollment current = get(enrollmentId);
        Student live = students.getLive(current.studentId);
        if (refuseDuplicate) {
            StudentService.requireNotDuplicate(live);
        }
        requireUndecided(current);
        heldFor(enrollmentId, false); // 404 before any lock
        return QuarkusTransaction.requiringNew().call(() -> {
            Student student = students.lockLive(current.studentId);
            if (refuseDuplicate) {
                StudentService.requireNotDuplicate(student);
            }
            PresentedDocuments held = heldFor(enrollmentId, true);
            Enrollment e = em.find(Enrollment.class, enrollmentId, LockModeType.PESSIMISTIC_WRITE);
            requireUndecided(e);
            return decision.decide(student, e, held);
        });
    }

    /**
     * Presented documents are decided on only while their application waits for confirmation: once it is confirmed or
     * withdrawn, those never accepted were discarded (discardPending) and nothing is left to decide.
     */
    private static void requireUndecided(Enrollment e) {
        if (e.status != EnrollmentStatus.PRE_ENROLLED && e.status != EnrollmentStatus.WAITING_LIST) {
            throw ProblemException.conflict("enrollment-status", "Enrollment " + e.id + " is " + e.status + ": the "
                    + "documents a portal presented with it are decided on only while it is PRE_ENROLLED or WAITING_LIST "
                    + "(once confirmed or withdrawn, those never accepted are discarded); the front desk records a "
                    + "student's documents with PUT /students/{id}");
        }
    }

    /**
     * Once the application is confirmed or withdrawn, documents a portal presented and the front desk never accepted
     * serve no purpose any more: deleted in the same transaction (data minimisation, GDPR art. 5(1)(c), (e)), and the
     * history says so.
     */
    private void discardPending(Enrollment e) {
        PresentedDocuments held = PresentedDocuments.findById(e.id, LockModeType.PESSIMISTIC_WRITE);
        if (held != null && held.pending()) {
            List<String> kinds = held.kinds();
            held.delete();
            record(e, e.status, e.status, "documents presented by the portal, never accepted, discarded: "
                    + String.join(", ", kinds));
        }
    }

    /** The documents a portal presented with the enrollment's application, still to be or already decided on; else 404. */
    private static PresentedDocuments heldFor(long enrollmentId, boolean lock) {
        PresentedDocuments held = lock ? PresentedDocuments.findById(enrollmentId, LockModeType.PESSIMISTIC_WRITE)
                : PresentedDocuments.findById(enrollmentId);
        if (held == null || held.status == null) {
            throw new ProblemException(404, "not-found", "Resource not found", "Enrollment " + enrollmentId + " holds no "
                    + "documents presented by a portal: only a portal's application for a student already on file holds "
                    + "the documents it presented (shown as presentedDocuments by GET /enrollments/" + enrollmentId
                    + "); the front desk records a student's documents with PUT /students/{id}", null, null);
        }
        return held;
    }

    public List<EnrollmentStatusChange> history(long enrollmentId) {
        get(enrollmentId);
        return EnrollmentStatusChange.list("enrollmentId = ?1 order by changedAt, id", enrollmentId);
    }

    /**
     * The TUI is measured on the hours delivered before the joining day: a student who joins on a day attends that
     * day's lessons (attendance-service counts a participant from the joining day and treats only earlier lessons as
     * "before joining"), so counting them as already delivered would refuse a student at e.g. 18 % + that day.
     */
    private void checkTui(EditionRules rules, LocalDate joinedOn, String refused) {
        LocalDate deliveredUpTo = joinedOn.minusDays(1);
        HoursDelivered hours = attendance.hoursDelivered(rules.editionId(), deliveredUpTo, refused);
        BigDecimal planned = hours.plannedHours() != null ? hours.plannedHours() : rules.plannedHours();
        if (planned == null || planned.signum() <= 0) {
            throw ProblemException.unavailable("attendance-service", "The planned hours of edition " + rules.editionId()
                    + " are unknown: the latest joining point cannot be checked, " + refused);
        }
        TuiRule.Decision tui = TuiRule.evaluateMinutes(hours.deliveredMinutesExact(), planned,
                rules.attendance() == null ? null : rules.attendance().tuiPercent());
        if (!tui.allowed()) {
            boolean stated = rules.attendance() == null || !Boolean.FALSE.equals(rules.attendance().tuiStated());
            throw ProblemException.ruleViolation("tui-passed", "Too late to join edition " + rules.editionId() + " on " + joinedOn + ": " + tui.deliveredHours()
                            + " of " + tui.plannedHours() + " hours (" + tui.deliveredPercent() + " %) had been delivered before that day, "
                            + "past the latest joining point (TUI) of " + tui.tuiPercent() + " % = " + tui.limitHours() + " hours",
                    List.of(new Problem.Violation("TUI", "delivered " + tui.deliveredHours()
                            + " h > limit " + tui.limitHours() + " h", rules.source()
                            + (stated ? " (termine ultimo di inserimento)" : "; the standard is silent, suite default TUI 20 % (DOMAIN.md)"))),
                    ProblemException.figures("deliveredHours", tui.deliveredHours(), "plannedHours", tui.plannedHours(),
                            "limitHours", tui.limitHours(), "tuiPercent", tui.tuiPercent(),
                            "deliveredPercent", tui.deliveredPercent(), "joinedOn", joinedOn.toString(),
                            "asOf", String.valueOf(hours.asOf() == null ? deliveredUpTo : hours.asOf())));
        }
    }

    /** Whether the student was ever confirmed on an edition (withdrawn since or not): a candidate of an exam board. */
    public boolean everConfirmed(long studentId) {
        return Enrollment.count("studentId = ?1 and confirmedAt is not null", studentId) > 0;
    }

    /** Pre-enrollment and confirmation need an OPEN or RUNNING edition (EnrollableEdition); withdrawal never does. */
    private void requireOpen(EditionRules rules) {
        EnrollableEdition.refusal(rules, LocalDate.now(clock)).ifPresent(refusal -> {
            throw refusal;
        });
    }

    private void checkWithdrawalDate(Enrollment e, LocalDate withdrawnOn, LocalDate today) {
        WithdrawalDate.Earliest earliest = WithdrawalDate.earliest(day(e.preEnrolledAt), day(e.confirmedAt), e.joinedOn, today);
        WithdrawalDate.problem(withdrawnOn, today, earliest).ifPresent(problem -> {
            throw new ProblemException(400, "validation", "Invalid request", "Enrollment " + e.id + ": " + problem,
                    List.of(new Problem.Violation("withdrawnOn", problem)),
                    ProblemException.figures("withdrawnOn", withdrawnOn.toString(), "today", today.toString(),
                            "earliest", earliest.day().toString()));
        });
    }

    /** The day in Italy (the clock's zone) of an instant, or null. */
    private LocalDate day(OffsetDateTime at) {
        return at == null ? null : at.atZoneSameInstant(clock.getZone()).toLocalDate();
    }

    private static void requireStatus(Enrollment e, EnrollmentStatus... allowed) {
        for (EnrollmentStatus s : allowed) {
            if (e.status == s) {
                return;
            }
        }
        throw ProblemException.conflict("enrollment-status", "Enrollment " + e.id + " is " + e.status
                + ": this change needs it to be one of " + Arrays.toString(allowed));
    }

    private static int capacity(EditionRules rules) {
        return rules.capacity() == null ? Integer.MAX_VALUE : rules.capacity();
    }

    /**
     * The student's row lock, erased or not (a withdrawal stays possible for an erased student's enrollment on a closed
     * edition): taken before the edition's, as a pre-enrollment does.
     */
    private static void lockStudent(long studentId) {
        Student.findById(studentId, LockModeType.PESSIMISTIC_WRITE);
    }

    /** Serializes every seat decision of one edition until the transaction ends (capacity under concurrency). */
    private void lockEdition(long editionId) {
        em.createNativeQuery("SELECT count(*) FROM (SELECT pg_advisory_xact_lock(:edition)) AS locked")
                .setParameter("edition", editionId).getSingleResult();
    }

    private void record(Enrollment e, EnrollmentStatus from, EnrollmentStatus to, String note) {
        EnrollmentStatusChange change = new EnrollmentStatusChange();
        change.enrollmentId = e.id;
        change.fromStatus = from;
        change.toStatus = to;
        change.changedBy = caller.name();
        change.changedAt = Timestamps.now(clock);
        change.note = note == null ? null : note.length() > 300 ? note.substring(0, 300) : note;
        change.persist();
    }
}
