package it.formapro.enrollment.student;

import it.formapro.common.problem.ProblemException;
import it.formapro.common.text.OptionalText;
import it.formapro.enrollment.student.StudentDtos.StudentInput;
import it.formapro.enrollment.student.StudentDtos.StudentUpdate;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.util.List;

@ApplicationScoped
public class StudentService {

    public List<Student> list() {
        return Student.list("order by lastName, firstName, id");
    }

    public Student get(long id) {
        Student s = Student.findById(id);
        if (s == null) {
            throw ProblemException.notFound("Student", id);
        }
        return s;
    }

    /** The student, refused with 409 if erased: an erased student can be neither changed nor enrolled. */
    public Student getLive(long id) {
        return requireLive(get(id));
    }

    /** The student under a row lock (pre-enrollment and erasure serialise on it), refused with 409 if erased. */
    public Student lockLive(long id) {
        Student s = Student.findById(id, LockModeType.PESSIMISTIC_WRITE);
        if (s == null) {
            throw ProblemException.notFound("Student", id);
        }
        return requireLive(s);
    }

    public static Student requireLive(Student s) {
        if (s.isErased()) {
            throw ProblemException.conflict("student-erased", "Student " + s.id + " was erased on "
                    + s.erasedAt.toLocalDate() + " (GDPR art. 17): their personal data are gone, so they can be neither "
                    + "changed nor enrolled; register the person again as a new student if they come back");
        }
        return s;
    }

    @Transactional
    public Student create(StudentInput input) {
        Student s = new Student();
        apply(s, input);
        s.persist();
        return s;
    }

    /**
     * The student with the input's codice fiscale, or a new one: used by applications sent with the applicant's data
     * (portal). An existing student keeps the identity on file (an application never overwrites it); the documents the
     * application presents are recorded in place of those of the same kind on file, as the eligibility was judged on.
     */
    @Transactional
    public Student findOrCreate(StudentInput input) {
        String cf = FiscalCode.normalize(input.fiscalCode());
        if (cf != null) {
            Student existing = Student.find("fiscalCode", cf).withLock(LockModeType.PESSIMISTIC_WRITE).firstResult();
            if (existing != null) {
                requireLive(existing).setEvidence(existing.evidence().updatedWith(input.evidence()));
                return existing;
            }
        }
        return create(input);
    }

    @Transactional
    public Student update(long id, StudentUpdate update) {
        Student s = getLive(id);
        if (update.version() != s.version) {
            throw ProblemException.conflict("concurrent-modification", "Student " + id + " was changed meanwhile: you sent version "
                    + update.version() + ", the current one is " + s.version + "; reload it and retry");
        }
        apply(s, update.student());
        s.persistAndFlush();
        return s;
    }

    private static void apply(Student s, StudentInput in) {
        String cf = FiscalCode.normalize(in.fiscalCode());
        if (cf == null && (in.otherIdType() == null || in.otherIdValue() == null || in.otherIdValue().isBlank())) {
            throw ProblemException.badRequest("A student needs a codice fiscale or, for foreign students without one, "
                    + "another identifier (otherIdType and otherIdValue)");
        }
        if (cf != null) {
            Student other = Student.byFiscalCode(cf);
            if (other != null && !other.id.equals(s.id)) {
                throw ProblemException.conflict("duplicate-student", "Another student (id " + other.id
                        + ") already has this codice fiscale");
            }
        }
        s.firstName = in.firstName().trim();
        s.lastName = in.lastName().trim();
        s.fiscalCode = cf;
        s.otherIdType = cf == null ? in.otherIdType() : in.otherIdType();
        s.otherIdValue = in.otherIdValue();
        s.birthDate = in.birthDate();
        s.birthPlace = in.birthPlace();
        s.citizenship = in.citizenship();
        s.citizenshipCountry = OptionalText.strippedOrNull(in.citizenshipCountry());
        s.email = in.email();
        s.phone = in.phone();
        s.setEvidence(in.evidence());
    }
}
