package it.formapro.enrollment.student;

import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Parameters;
import it.formapro.common.problem.ProblemException;
import it.formapro.common.text.LikePattern;
import it.formapro.common.text.OptionalText;
import it.formapro.enrollment.student.StudentDtos.StudentInput;
import it.formapro.enrollment.student.StudentDtos.StudentUpdate;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Locale;

@ApplicationScoped
public class StudentService {

    @Inject
    Event<StudentRenamed> renamed;

    public record PageOf(List<Student> items, long total) {
    }

    /**
     * Students by last name, optionally only the one with a codice fiscale (exact, normalised as stored) and those
     * whose names contain every word of {@code q} (case-insensitive, in the first or the last name).
     */
    public PageOf list(String fiscalCode, String q, int page, int size) {
        StringBuilder where = new StringBuilder("1 = 1");
        Parameters params = new Parameters();
        String cf = OptionalText.strippedOrNull(fiscalCode);
        if (cf != null) {
            where.append(" and fiscalCode = :cf");
            params.and("cf", FiscalCode.normalize(cf));
        }
        if (q != null) {
            String[] words = q.trim().toLowerCase(Locale.ROOT).split("\\s+");
            for (int i = 0; i < words.length; i++) {
                if (words[i].isEmpty()) {
                    continue;
                }
                where.append(" and (lower(firstName) like :w").append(i).append(" escape '\\' or lower(lastName) like :w")
                        .append(i).append(" escape '\\')");
                params.and("w" + i, LikePattern.containing(words[i]));
            }
        }
        long total = Student.count(where.toString(), params);
        List<Student> items = Student.<Student>find(where + " order by lastName, firstName, id", params)
                .page(Page.of(page, size)).list();
        return new PageOf(items, total);
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

    /**
     * Refused with 409 for a student migration V7 found sharing its identity document with an older one: it takes no
     * new enrollment until the front desk has resolved the pair.
     */
    public static Student requireNotDuplicate(Student s) {
        if (s.duplicateOf != null) {
            throw ProblemException.conflict("duplicate-student", "Student " + s.id + " has the same identity document as "
                    + "student " + s.duplicateOf + ", registered earlier without a codice fiscale as well (found when "
                    + "duplicates were first refused): it cannot be enrolled until the front desk resolves the pair, by "
                    + "correcting the identifier or adding the codice fiscale (PUT /students/" + s.id + ") or by erasing "
                    + "the extra record");
        }
        return s;
    }

    @Transactional
    public Student create(StudentInput input) {
        Student s = new Student();
        apply(s, input);
        flush(s);
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
        Student existing = null;
        if (cf != null) {
            existing = Student.find("fiscalCode", cf).withLock(LockModeType.PESSIMISTIC_WRITE).firstResult();
        } else {
            Long id = Student.idByOtherId(input.otherIdType(), input.otherIdValue(), null);
            existing = id == null ? null : Student.findById(id, LockModeType.PESSIMISTIC_WRITE);
        }
        if (existing != null) {
            requireLive(existing).setEvidence(existing.evidence().updatedWith(input.evidence()));
            return existing;
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
        String firstName = s.firstName;
        String lastName = s.lastName;
        apply(s, update.student());
        flush(s);
        if (!s.firstName.equals(firstName) || !s.lastName.equals(lastName)) {
            // attendance-service shows the name on registers and admission lists: its failure rolls this update back
            renamed.fire(new StudentRenamed(s.id, s.firstName, s.lastName));
        }
        return s;
    }

    /**
     * Writes now, so that a registration racing this one with the same codice fiscale or identity document meets the
     * unique index here and gets 409 duplicate-student rather than a 500 at commit.
     */
    private static void flush(Student s) {
        try {
            s.persistAndFlush();
        } catch (RuntimeException e) {
            throw StudentUniqueness.conflict(e).orElseThrow(() -> e);
        }
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
        } else {
            // without a codice fiscale the identity document identifies the student (unique index student_other_id_uk)
            Long other = Student.idByOtherId(in.otherIdType(), in.otherIdValue(), s.id);
            if (other != null) {
                throw ProblemException.conflict("duplicate-student", "Another student (id " + other + ") without a "
                        + "codice fiscale already has this identity document (" + in.otherIdType() + ", the number compared "
                        + "without blanks, in upper case): the same person is not registered twice; read or update student "
                        + other + " instead");
            }
        }
        s.firstName = in.firstName().trim();
        s.lastName = in.lastName().trim();
        s.fiscalCode = cf;
        s.otherIdType = in.otherIdType();
        s.otherIdValue = Student.normalizeOtherId(in.otherIdValue());
        s.duplicateOf = null; // no other live student shares the identity (checked above): a V7 mark is resolved
        s.birthDate = in.birthDate();
        s.birthPlace = in.birthPlace();
        s.citizenship = in.citizenship();
        s.citizenshipCountry = OptionalText.strippedOrNull(in.citizenshipCountry());
        s.email = in.email();
        s.phone = in.phone();
        s.setEvidence(in.evidence());
    }
}
