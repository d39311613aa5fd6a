package it.formapro.enrollment.eligibility;

import io.quarkus.security.ForbiddenException;
import it.formapro.common.problem.ProblemException;
import it.formapro.enrollment.catalog.CatalogGateway;
import it.formapro.enrollment.catalog.EditionRules;
import it.formapro.enrollment.enrollment.EnrollableEdition;
import it.formapro.enrollment.student.StudentService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;

/** The dry run of the entry requirements (POST /eligibility): the same evaluation a pre-enrollment makes, writing nothing. */
@ApplicationScoped
public class EligibilityService {

    private final EligibilityEngine engine = new EligibilityEngine();

    @Inject
    CatalogGateway catalog;

    @Inject
    StudentService students;

    @Inject
    Clock clock;

    /**
     * @param readsStudents whether the caller may name a registered student (admin, frontdesk); a portal checks an
     *                      applicant's facts given inline
     */
    public EligibilityReport check(EligibilityRequest request, boolean readsStudents) {
        if ((request.studentId() == null) == (request.applicant() == null)) {
            throw ProblemException.badRequest("Send either studentId or applicant (exactly one of them)");
        }
        if (request.studentId() != null && !readsStudents) {
            throw new ForbiddenException("the portal checks an applicant's facts given inline, not a registered student");
        }
        ApplicantFacts facts = request.studentId() != null ? students.getLive(request.studentId()).facts() : request.applicant().facts();
        EditionRules rules = catalog.cachedRules(request.editionId());
        // the answer is about enrolling: on an edition nobody can enroll on, an ELIGIBLE would mislead (the same 422
        // pre-enrollment gives; the rules are cached for a minute, so a status changed meanwhile shows within it)
        LocalDate today = LocalDate.now(clock);
        EnrollableEdition.refusal(rules, today).ifPresent(refusal -> {
            throw refusal;
        });
        return engine.evaluate(facts, rules, today);
    }
}
