package it.formapro.attendance.privacy;

import it.formapro.attendance.Hours;
import it.formapro.attendance.check.CheckView;
import it.formapro.attendance.check.LearningCheck;
import it.formapro.attendance.credit.AttendanceCredit;
import it.formapro.attendance.credit.CreditView;
import it.formapro.attendance.idempotency.IdempotencyKeys;
import it.formapro.attendance.lesson.Modality;
import it.formapro.attendance.participant.Participant;
import it.formapro.attendance.participant.ParticipantView;
import it.formapro.attendance.register.PresenceSpan;
import it.formapro.common.privacy.Pseudonym;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

/**
 * A student's personal data in attendance-service: the export (GDPR art. 15 and 20) and the erasure (art. 17).
 *
 * <p>The erasure does not delete: the attendance register, credits and learning checks are records the provider must
 * keep by law (D.lgs 13/2013 art. 6, the regional rules of each standard), so GDPR art. 17(3)(b) exempts them from
 * erasure. They stay, pseudonymised: every participant row of the student takes the name of {@link Pseudonym}, the
 * free texts that may describe the person (learning-check notes and the reasons of annulled checks, withdrawal
 * reasons, the reasons of credits, revoked ones included, and of their revocations) are cleared, and hours, credits,
 * check outcomes and who annulled or revoked what are kept as they are.
 * Only the internal student id links the rows afterwards.
 *
 * <p>attendance-service does not know which students exist (enrollment-service does): an unknown student has no
 * data here, so the export is empty and the erasure changes nothing. Both read by student id across every edition in
 * a fixed number of queries (one per list).
 */
@ApplicationScoped
public class PersonalDataService {

    private final EntityManager em;
    private final IdempotencyKeys idempotency;
    private final Clock clock;

    public PersonalDataService(EntityManager em, IdempotencyKeys idempotency, Clock clock) {
        this.em = em;
        this.idempotency = idempotency;
        this.clock = clock;
    }

    @Transactional
    public AttendancePersonalData export(long studentId) {
        List<ParticipantView> participations = Participant.<Participant>list(
                        "studentId = ?1 order by editionId, id", studentId)
                .stream().map(ParticipantView::of).toList();
        List<AttendancePersonalData.Attendance> attendance = em.createQuery("""
                        select e.lessonId, l.editionId, l.lessonDate, l.unitCode, l.modality, e.minutesPresent,
                               e.arrivedAt, e.leftAt, e.spanArrivedAt, e.spanLeftAt
                        from AttendanceEntry e join Lesson l on l.id = e.lessonId
                        where e.studentId = :student
                        order by l.lessonDate, l.startTime, l.id""", Object[].class)
                .setParameter("student", studentId)
                .getResultStream()
                .map(r -> new AttendancePersonalData.Attendance((Long) r[0], (Long) r[1], (LocalDate) r[2],
                        (String) r[3], (Modality) r[4], Hours.ofMinutes((Integer) r[5]), (LocalTime) r[6],
                        (LocalTime) r[7], PresenceSpan.of((LocalTime[]) r[8], (LocalTime[]) r[9])))
                .toList();
        List<CreditView> credits = AttendanceCredit.<AttendanceCredit>list(
                        "studentId = ?1 order by editionId, id", studentId) // revoked ones too: they are kept
                .stream().map(CreditView::of).toList();
        List<CheckView> checks = LearningCheck.<LearningCheck>list(
                        "studentId = ?1 order by editionId, unitCode, checkDate, id", studentId) // annulled ones too
                .stream().map(CheckView::of).toList();
        return new AttendancePersonalData(studentId, participations, attendance, credits, checks);
    }

    /**
     * Pseudonymises the student in one transaction (GDPR art. 17(3)(b): the register is a legal record, only the
     * identity goes). Counts only the rows this call changed, so a repeated call answers zeros. A participant row
     * changed here gets a new version, updatedAt and updatedBy ({@code user}, who erased), as any other update of it;
     * a concurrent update of the same row with the old version is then refused (409).
     */
    @Transactional
    public ErasureReport erase(long studentId, String user) {
        String lastName = Pseudonym.lastName(studentId);
        int participants = em.createQuery("""
                        update Participant p
                        set p.firstName = :first, p.lastName = :last, p.updatedAt = :now, p.updatedBy = :user,
                            p.version = p.version + 1
                        where p.studentId = :student and (p.firstName <> :first or p.lastName <> :last)""")
                .setParameter("first", Pseudonym.FIRST_NAME)
                .setParameter("last", lastName)
                .setParameter("now", clock.instant())
                .setParameter("user", user)
                .setParameter("student", studentId)
                .executeUpdate();
        int notes = em.createQuery("""
                        update LearningCheck c set c.notes = null
                        where c.studentId = :student and c.notes is not null""")
                .setParameter("student", studentId)
                .executeUpdate();
        // why a check was annulled may say what happened to the person (the test was someone else's, they were ill);
        // the annulment itself (who, when) and what the check recorded stay
        int annulmentReasons = em.createQuery("""
                        update LearningCheck c set c.annulmentReason = null
                        where c.studentId = :student and c.annulmentReason is not null""")
                .setParameter("student", studentId)
                .executeUpdate();
        // a withdrawal's free-text reason may describe the person; the withdrawal date stays
        int reasons = em.createQuery("""
                        update Participant p set p.withdrawalReason = null
                        where p.studentId = :student and p.withdrawalReason is not null""")
                .setParameter("student", studentId)
                .executeUpdate();
        // a credit's reason names the prior learning, often with the person's certificate, and a revocation's may
        // say why it did not hold; the hours and the revocation (who, when) stay
        int creditReasons = em.createQuery("""
                        update AttendanceCredit c set c.reason = null, c.revocationReason = null
                        where c.studentId = :student and (c.reason is not null or c.revocationReason is not null)""")
                .setParameter("student", studentId)
                .executeUpdate();
        idempotency.forgetRequestsOf(studentId);
        return new ErasureReport(studentId, participants, notes, reasons, creditReasons, annulmentReasons);
    }
}
