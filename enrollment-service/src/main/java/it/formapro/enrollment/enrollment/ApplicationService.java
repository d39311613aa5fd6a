package it.formapro.enrollment.enrollment;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Parameters;
import it.formapro.common.problem.ProblemException;
import it.formapro.common.security.Caller;
import it.formapro.common.web.PageOf;
import it.formapro.enrollment.catalog.CatalogGateway;
import it.formapro.enrollment.eligibility.EligibilityEngine;
import it.formapro.enrollment.eligibility.EligibilityReport;
import it.formapro.enrollment.enrollment.EnrollmentDtos.PortalReceipt;
import it.formapro.enrollment.student.Student;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A portal's applications as it follows them: the enrollments it submitted (Enrollment.submittedBy, its token's
 * principal name), seen through the receipt it got on submission. A portal never learns that an enrollment it did not
 * submit exists: another portal's application, a front-desk enrollment and an unknown id answer the same 404.
 */
@ApplicationScoped
public class ApplicationService {

    private final EligibilityEngine engine = new EligibilityEngine();

    @Inject
    Caller caller;

    @Inject
    CatalogGateway catalog;

    @Inject
    Clock clock;

    @Inject
    EntityManager em;

    /** When V12 was applied here: from then on every application for an applicant on file keeps what it sent. */
    private volatile OffsetDateTime heldSince;

    /** The application as its portal sees it; admin and frontdesk read any portal's (not a front-desk enrollment). */
    public PortalReceipt get(long id) {
        Enrollment e = Enrollment.findById(id);
        if (e == null || e.submittedBy == null || !(caller.isStaff() || e.submittedBy.equals(caller.name()))) {
            // one answer for "no such id", "entered by the front desk" and "another portal's": existence is not revealed
            throw ProblemException.notFound("Application", id);
        }
        return receipt(e, waiting(e) ? Student.findById(e.studentId) : null, PresentedDocuments.findById(id));
    }

    /** The caller's own applications, newest first, optionally in one status. */
    public PageOf<PortalReceipt> mine(EnrollmentStatus status, int page, int size) {
        String where = "submittedBy = :caller" + (status == null ? "" : " and status = :status");
        Parameters params = Parameters.with("caller", caller.name());
        if (status != null) {
            params.and("status", status);
        }
        PanacheQuery<Enrollment> query = Enrollment.find(where + " order by preEnrolledAt desc, id desc", params);
        long total = Enrollment.count(where, params);
        List<Enrollment> rows = query.page(Page.of(page, size)).list();
        // the students of the page's waiting applications in one query, not one per row
        List<Long> waiting = rows.stream().filter(ApplicationService::waiting).map(e -> e.studentId).distinct().toList();
        Map<Long, Student> students = waiting.isEmpty() ? Map.of() : Student.<Student>list("id in ?1", waiting).stream()
                .collect(Collectors.toMap(s -> s.id, s -> s));
        // and what those applications sent for applicants already on file
        List<Long> waitingIds = rows.stream().filter(ApplicationService::waiting).map(e -> e.id).toList();
        Map<Long, PresentedDocuments> sent = PresentedDocuments.byEnrollment(waitingIds);
        return new PageOf<>(rows.stream().map(e -> receipt(e, students.get(e.studentId), sent.get(e.id))).toList(), total);
    }

    /**
     * The receipt's view now. While the application waits for confirmation, the entry rules are evaluated again, as
     * at pre-enrollment, with the rules read through the catalogue cache (a minute; a portal polling many applications
     * of one edition asks once): on the documents on file for a student the application created (the front desk may
     * have recorded more since), and on what the application sent for a student already on file ({@code sent}), never
     * on that file, which the portal's receipt would otherwise disclose to whoever knows a codice fiscale. Once
     * decided, or for an erased student, there is nothing left to meet. An application recorded before V12 kept
     * nothing of what it sent: it is not evaluated (legacyNotEvaluated).
     */
    private PortalReceipt receipt(Enrollment e, Student student, PresentedDocuments sent) {
        if (!waiting(e) || student == null || student.isErased()) {
            return PortalReceipt.of(e, null);
        }
        if (sent == null && e.preEnrolledAt.isBefore(heldSince())) {
            return PortalReceipt.notEvaluated(e, PortalReceipt.RECORDED_BEFORE_V12);
        }
        EligibilityReport report = engine.evaluate(sent != null ? sent.sentFacts() : student.facts(),
                catalog.cachedRules(e.editionId), LocalDate.now(clock));
        return PortalReceipt.of(e, report);
    }

    /**
     * Since V12 an application for an applicant already on file always keeps what it sent, so one without it created
     * its student and is evaluated on that student's file. Before V12 nothing was kept, and whether the application
     * created its student cannot be told from the data: the student it created is stamped (created_at), in the
     * application's transaction, a moment before the enrollment (pre_enrolled_at), just as one created by an earlier
     * request is, so comparing the two would guess. Such an application is evaluated on nothing rather than on a
     * file it may not have created (README "Documents presented by a portal"). The moment is Flyway's record of V12
     * (its installed_on is a local timestamp, read in the session's zone, which is the one it was written in).
     */
    private OffsetDateTime heldSince() {
        OffsetDateTime since = heldSince;
        if (since == null) {
            List<?> rows = em.createNativeQuery("SELECT installed_on AT TIME ZONE current_setting('TimeZone') "
                    + "FROM flyway_schema_history WHERE version = '12' AND success").getResultList();
            // never installed (not possible once migrated): every application without a held row is legacy
            since = rows.isEmpty() ? OffsetDateTime.MAX : toOffset(rows.get(0));
            heldSince = since;
        }
        return since;
    }

    private static OffsetDateTime toOffset(Object value) {
        if (value instanceof OffsetDateTime o) {
            return o;
        }
        if (value instanceof java.time.Instant i) {
            return i.atOffset(java.time.ZoneOffset.UTC);
        }
        return ((java.sql.Timestamp) value).toInstant().atOffset(java.time.ZoneOffset.UTC);
    }

    private static boolean waiting(Enrollment e) {
        return e.status == EnrollmentStatus.PRE_ENROLLED || e.status == EnrollmentStatus.WAITING_LIST;
    }
}
