package it.formapro.enrollment.student;

import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Parameters;
import it.formapro.common.problem.Problem;
import it.formapro.common.problem.ProblemException;
import it.formapro.common.web.PageOf;
import it.formapro.common.web.ReadVersion;
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

    /**
     * Students by last name, optionally only the one with a codice fiscale (exact, normalised as stored) and those
     * whose names contain every word of {@code q} (case-insensitive, in the first or the last name).
     */
    public PageOf<Student> list(String fiscalCode, String q, int page, int size) {
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
        return new PageOf<>(items, total);
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
     * Refused with 409 for a student migration V7 or V10 found sharing its identity document with an older one: it
     * takes no new enrollment until the front desk has resolved the pair.
     */
    public static Student requireNotDuplicate(Student s) {
        if (s.duplicateOf != null) {
            throw ProblemException.conflict("duplicate-student", "Student " + s.id + " has the same identity document (type "
                    + "and number) as student " + s.duplicateOf + ", registered earlier (found when duplicates were first "
                    + "refused): one document is one person's, so it cannot be enrolled until the front desk resolves the "
                    + "pair, by correcting the document of the record that holds a wrong one (its number, type or issuing "
                    + "country: PUT /students/" + s.id + ", or first /students/" + s.duplicateOf + " when that one's country "
                    + "is not recorded) or by erasing the extra record");
        }
        return s;
    }

    @Transactional
    public Student create(StudentInput input) {
        return create(input, "");
    }

    private Student create(StudentInput input, String path) {
        Student s = new Student();
        apply(s, input, path);
        flush(s);
        return s;
    }

    /** The student an application lands on, and whether it was on file before (else the application created it). */
    public record ApplicationStudent(Student student, boolean onFile) {
    }

    /**
     * The student with the applicant's codice fiscale (or identity document), locked, or a new one created from the
     * applicant's data. A student on file is returned as it stands: an application never overwrites its identity, and
     * whether the documents it presents are recorded ({@link Student#recordPresented}) is the caller's decision (the
     * front desk's are; a portal's are held for the front desk to accept).
     */
    @Transactional
    public ApplicationStudent findOrCreate(StudentInput applicant) {
        Student existing = applicantOnFile(applicant, true);
        if (existing != null) {
            return new ApplicationStudent(requireLive(existing), true);
        }
        return new ApplicationStudent(create(applicant, "applicant."), false);
    }

    /**
     * The student an application is about (null for a new applicant), locked when {@code lock}: the one with the
     * applicant's codice fiscale, or, for an applicant without one, the one holding the applicant's identity document
     * (type, issuing country and number), whether or not that student has a codice fiscale: one document is one person.
     * A student whose document has no recorded country (before V10) may be the applicant or another person whose
     * passport of another country carries the same number: the application is refused (409) until the front desk has
     * recorded that country, rather than enrolling a person under someone else's record.
     */
    public static Student applicantOnFile(StudentInput applicant, boolean lock) {
        // an incomplete document is refused (400) as on registration, even when the codice fiscale finds the student
        IdentityDocument doc = document(applicant, null, "applicant.");
        String cf = FiscalCode.normalize(applicant.fiscalCode());
        if (cf != null) {
            return lock ? Student.find("fiscalCode", cf).withLock(LockModeType.PESSIMISTIC_WRITE).firstResult()
                    : Student.byFiscalCode(cf);
        }
        Student holder = doc == null ? null : Student.byDocument(doc, null);
        if (holder == null) {
            return null;
        }
        if (holder.otherIdCountry == null) {
            throw ProblemException.conflict("duplicate-student", "Student " + holder.id + " holds a " + doc.type()
                    + " with the applicant's number whose issuing country was not recorded (registered before it was "
                    + "asked): it may be the applicant or another person with a document of another country, so the "
                    + "application is not recorded until the front desk has recorded that student's issuing country "
                    + "(PUT /students/" + holder.id + ")");
        }
        return lock ? Student.findById(holder.id, LockModeType.PESSIMISTIC_WRITE) : holder;
    }

    @Transactional
    public Student update(long id, StudentUpdate update) {
        Student s = getLive(id);
        ReadVersion.requireSame("Student", id, update.version(), s.version);
        String firstName = s.firstName;
        String lastName = s.lastName;
        apply(s, update.student(), "student.");
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

    /**
     * The identity document an input gives, or null for none; 400 naming the field ({@code path} + name) when it is
     * incomplete ({@link IdentityDocument#incomplete}). {@code onFile}: the student's document on file, on an update.
     */
    static IdentityDocument document(StudentInput in, IdentityDocument onFile, String path) {
        var missing = IdentityDocument.incomplete(in.otherIdType(), in.otherIdCountry(), in.otherIdValue(), onFile);
        if (missing.isPresent()) {
            Problem.Violation v = missing.get();
            throw new ProblemException(400, "validation", "Invalid request", path + v.field() + ": " + v.message(),
                    List.of(new Problem.Violation(path + v.field(), v.message())), null);
        }
        return IdentityDocument.of(in.otherIdType(), in.otherIdCountry(), in.otherIdValue(), onFile);
    }

    private static void apply(Student s, StudentInput in, String path) {
        String cf = FiscalCode.normalize(in.fiscalCode());
        IdentityDocument doc = document(in, s.id == null ? null : s.document(), path);
        if (cf == null && doc == null) {
            throw ProblemException.badRequest("A student needs a codice fiscale or, for foreign students without one, "
                    + "another identifier (otherIdType, otherIdCountry and otherIdValue)");
        }
        if (cf != null) {
            Student other = Student.byFiscalCode(cf);
            if (other != null && !other.id.equals(s.id)) {
                throw ProblemException.conflict("duplicate-student", "Another student (id " + other.id
                        + ") already has this codice fiscale");
            }
        }
        if (doc != null) {
            // one document is one person's, with or without a codice fiscale (unique index student_identity_document_uk)
            Student other = Student.byDocument(doc, s.id);
            if (other != null) {
                throw ProblemException.conflict("duplicate-student", IdentityDocument.conflict(doc, cf != null, other.id,
                        other.document(), other.fiscalCode != null));
            }
        }
        s.firstName = in.firstName().trim();
        s.lastName = in.lastName().trim();
        s.fiscalCode = cf;
        s.otherIdType = in.otherIdType();
        s.otherIdCountry = doc == null ? null : doc.country();
        s.otherIdValue = IdentityDocument.normalizeNumber(in.otherIdValue());
        s.duplicateOf = null; // no other live student shares the identity (checked above): a V7/V10 mark is resolved
        s.birthDate = in.birthDate();
        s.birthPlace = in.birthPlace();
        s.citizenship = in.citizenship();
        s.citizenshipCountry = OptionalText.strippedOrNull(in.citizenshipCountry());
        s.email = in.email();
        s.phone = in.phone();
        s.setEvidence(in.evidence());
    }
}
