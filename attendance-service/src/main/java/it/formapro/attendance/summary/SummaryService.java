package it.formapro.attendance.summary;

import it.formapro.attendance.Hours;
import it.formapro.attendance.catalog.EditionRules;
import it.formapro.attendance.lesson.Lesson;
import it.formapro.attendance.participant.Participant;
import it.formapro.attendance.participant.ParticipantService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.sql.Date;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Loads what the summaries need in a fixed number of aggregate queries whatever the number of students (no N+1):
 * the delivered lessons, attended minutes grouped per student / unit / internship / before joining, credits and the
 * latest learning check per student and unit. The arithmetic is in {@link StudentSummaries} and {@link Standing}.
 */
@ApplicationScoped
public class SummaryService {

    private final EntityManager em;
    private final ParticipantService participants;

    public SummaryService(EntityManager em, ParticipantService participants) {
        this.em = em;
        this.participants = participants;
    }

    @org.eclipse.microprofile.openapi.annotations.media.Schema(name = "HoursDelivered",
            description = "Course hours delivered up to a day, on the basis of plannedHours (docs/CONTRACTS.md)")
    public record HoursDelivered(
            @org.eclipse.microprofile.openapi.annotations.media.Schema(examples = "12") long editionId,
            @org.eclipse.microprofile.openapi.annotations.media.Schema(examples = "41.50") BigDecimal deliveredHours,
            @org.eclipse.microprofile.openapi.annotations.media.Schema(examples = "208") BigDecimal plannedHours,
            @org.eclipse.microprofile.openapi.annotations.media.Schema(examples = "2027-02-01") LocalDate asOf) {
    }

    @Transactional
    public HoursDelivered hoursDelivered(EditionRules rules, LocalDate asOf) {
        StudentSummaries summaries = new StudentSummaries(rules, delivered(rules.editionId(), asOf));
        return new HoursDelivered(rules.editionId(), Hours.ofMinutes(summaries.deliveredMinutes()), rules.plannedHours(), asOf);
    }

    @Transactional
    public SummaryViews.EditionSummary edition(EditionRules rules, LocalDate asOf) {
        long editionId = rules.editionId();
        StudentSummaries summaries = new StudentSummaries(rules, delivered(editionId, asOf));
        Map<Long, List<StudentSummaries.Attended>> attended = attended(editionId, null, asOf);
        Map<Long, List<StudentSummaries.Credit>> credits = credits(editionId, null);
        Map<Long, List<StudentSummaries.Check>> checks = latestChecks(editionId, null);
        List<SummaryViews.StudentSummary> students = Participant.ofEdition(editionId).stream()
                .map(p -> summaries.summarise(student(p, attended, credits, checks)))
                .toList();
        return new SummaryViews.EditionSummary(editionId, Hours.ofMinutes(summaries.deliveredMinutes()),
                rules.plannedHours(), rules.admissionPercent(), asOf, rules.lateJoinerPolicy(),
                Hours.round(rules.courseHours()), students);
    }

    @Transactional
    public SummaryViews.StudentSummary student(EditionRules rules, long studentId, LocalDate asOf) {
        long editionId = rules.editionId();
        Participant p = participants.find(editionId, studentId);
        StudentSummaries summaries = new StudentSummaries(rules, delivered(editionId, asOf));
        return summaries.summarise(student(p, attended(editionId, studentId, asOf), credits(editionId, studentId),
                latestChecks(editionId, studentId)));
    }

    private static StudentSummaries.Student student(Participant p, Map<Long, List<StudentSummaries.Attended>> attended,
                                                    Map<Long, List<StudentSummaries.Credit>> credits,
                                                    Map<Long, List<StudentSummaries.Check>> checks) {
        return new StudentSummaries.Student(p.studentId, p.firstName, p.lastName, p.status.name(), p.joinedOn,
                p.withdrawnOn, attended.getOrDefault(p.studentId, List.of()), credits.getOrDefault(p.studentId, List.of()),
                checks.getOrDefault(p.studentId, List.of()));
    }

    private List<StudentSummaries.DeliveredLesson> delivered(long editionId, LocalDate asOf) {
        return Lesson.<Lesson>list("editionId = ?1 and lessonDate <= ?2", editionId, asOf).stream()
                .map(l -> new StudentSummaries.DeliveredLesson(l.lessonDate, l.minutes, l.unitCode, l.modality))
                .toList();
    }

    private Map<Long, List<StudentSummaries.Attended>> attended(long editionId, Long studentId, LocalDate asOf) {
        Query q = forStudent(em.createNativeQuery("""
                SELECT a.student_id, l.unit_code, l.modality = 'INTERNSHIP', l.lesson_date < p.joined_on,
                       SUM(a.minutes_present)
                FROM attendance_entry a
                JOIN lesson l ON l.id = a.lesson_id
                JOIN participant p ON p.edition_id = l.edition_id AND p.student_id = a.student_id
                WHERE l.edition_id = ?1 AND l.lesson_date <= ?2 %s
                GROUP BY a.student_id, l.unit_code, l.modality = 'INTERNSHIP', l.lesson_date < p.joined_on
                """.formatted(studentId == null ? "" : "AND a.student_id = ?3")), 3, studentId)
                .setParameter(1, editionId).setParameter(2, Date.valueOf(asOf));
        Map<Long, List<StudentSummaries.Attended>> byStudent = new HashMap<>();
        for (Object[] row : rows(q)) {
            byStudent.computeIfAbsent(((Number) row[0]).longValue(), k -> new java.util.ArrayList<>())
                    .add(new StudentSummaries.Attended((String) row[1], (Boolean) row[2], (Boolean) row[3],
                            ((Number) row[4]).longValue()));
        }
        return byStudent;
    }

    private Map<Long, List<StudentSummaries.Credit>> credits(long editionId, Long studentId) {
        Query q = forStudent(em.createNativeQuery("""
                SELECT student_id, unit_code, internship, SUM(hours)
                FROM attendance_credit
                WHERE edition_id = ?1 %s
                GROUP BY student_id, unit_code, internship
                """.formatted(studentId == null ? "" : "AND student_id = ?2")), 2, studentId).setParameter(1, editionId);
        Map<Long, List<StudentSummaries.Credit>> byStudent = new HashMap<>();
        for (Object[] row : rows(q)) {
            byStudent.computeIfAbsent(((Number) row[0]).longValue(), k -> new java.util.ArrayList<>())
                    .add(new StudentSummaries.Credit((String) row[1], (Boolean) row[2], (BigDecimal) row[3]));
        }
        return byStudent;
    }

    private Map<Long, List<StudentSummaries.Check>> latestChecks(long editionId, Long studentId) {
        Query q = forStudent(em.createNativeQuery("""
                SELECT DISTINCT ON (student_id, unit_code) student_id, unit_code, outcome, check_date, score
                FROM learning_check
                WHERE edition_id = ?1 %s
                ORDER BY student_id, unit_code, check_date DESC, id DESC
                """.formatted(studentId == null ? "" : "AND student_id = ?2")), 2, studentId).setParameter(1, editionId);
        Map<Long, List<StudentSummaries.Check>> byStudent = new HashMap<>();
        for (Object[] row : rows(q)) {
            byStudent.computeIfAbsent(((Number) row[0]).longValue(), k -> new java.util.ArrayList<>())
                    .add(new StudentSummaries.Check((String) row[1], (String) row[2], toLocalDate(row[3]),
                            (BigDecimal) row[4]));
        }
        return byStudent;
    }

    /**
     * One student's rows, or the whole edition's: two distinct statements rather than "?3 IS NULL OR ...", whose
     * cached generic plan PostgreSQL cannot optimise for either case.
     */
    private static Query forStudent(Query q, int position, Long studentId) {
        return studentId == null ? q : q.setParameter(position, studentId);
    }

    @SuppressWarnings("unchecked")
    private static List<Object[]> rows(Query q) {
        return q.getResultList();
    }

    private static LocalDate toLocalDate(Object value) {
        return value instanceof Date d ? d.toLocalDate() : (LocalDate) value;
    }
}
