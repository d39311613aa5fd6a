package it.formapro.exam.privacy;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import it.formapro.common.problem.ProblemException;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.Set;

/**
 * A student whose erasure request this service applied (GDPR art. 17, V12): nothing is issued to them afterwards. The
 * identity a document carries is read from enrollment-service, which erases its own row after this service, so an
 * issue cannot rely on its 410 Gone alone: one that read the identity just before would insert a document with the
 * full personal data after the erasure had pseudonymised the others. Both run under the student's lock
 * ({@code IssuedDocument.lockStudent}), and the issue checks this marker under it.
 */
@Entity
@Table(name = "erased_student")
public class ErasedStudent extends PanacheEntityBase {

    @Id
    @Column(name = "student_id")
    public Long studentId;

    @Column(name = "erased_at", nullable = false)
    public OffsetDateTime erasedAt;

    @Column(name = "erased_by", nullable = false)
    public String erasedBy;

    /** Records the erasure once: a repeated erasure keeps the first date. */
    static void record(long studentId, OffsetDateTime at, String by) {
        if (findById(studentId) == null) {
            ErasedStudent erased = new ErasedStudent();
            erased.studentId = studentId;
            erased.erasedAt = at;
            erased.erasedBy = by;
            erased.persist();
        }
    }

    /** Which of these students were erased; read under the lock that serialises with the erasure to be current. */
    public static Set<Long> among(Collection<Long> studentIds) {
        if (studentIds.isEmpty()) {
            return Set.of();
        }
        return Set.copyOf(getEntityManager().createQuery("select e.studentId from ErasedStudent e "
                + "where e.studentId in :students", Long.class).setParameter("students", studentIds).getResultList());
    }

    /**
     * 409 {@code student-erased} if the student was erased: the problem enrollment-service's 410 Gone for the identity
     * becomes (EnrollmentService), here known without asking it. Call it under the student's lock.
     */
    public static void refuseIssue(long studentId) {
        refuse(studentId, "no new certificate or learning record can be issued, since it must carry the holder's "
                + "identity (D.lgs 13/2013 art. 6). The documents issued before stay valid under a pseudonym.");
    }

    /**
     * 409 {@code student-erased} if the student was erased: an outcome recorded or corrected afterwards would store a
     * new note about them (the erasure cleared the old ones) and could lead to no document. Call it under the
     * student's lock.
     */
    public static void refuseOutcome(long studentId) {
        refuse(studentId, "no outcome is recorded or corrected for them any more: a note would store new personal data "
                + "about them, and no document could be issued on it. The outcomes recorded before stay, their notes "
                + "cleared.");
    }

    private static void refuse(long studentId, String consequence) {
        ErasedStudent erased = findById(studentId);
        if (erased != null) {
            throw new ProblemException(409, "student-erased", "Conflict with the current state",
                    "The personal data of student " + studentId + " were erased at their request on "
                            + erased.erasedAt.toLocalDate() + " (GDPR art. 17): " + consequence,
                    null, ProblemException.figures("studentId", studentId, "erasedAt", erased.erasedAt));
        }
    }
}
