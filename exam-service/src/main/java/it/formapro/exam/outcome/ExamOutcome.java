package it.formapro.exam.outcome;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;

/** The board's outcome for one admitted candidate; {@code unitResults} is a JSON list of {@link UnitResult}. */
@Entity
@Table(name = "exam_outcome")
public class ExamOutcome extends PanacheEntityBase {

    /**
     * PASSED and FAILED are the board's assessment of a candidate who sat the exam. ABSENT records that an admitted
     * candidate did not sit it: nothing was assessed (no unit results), the session can close, no document follows
     * from this session, and the student sits a later session of the edition (every CONFIRMED student is evaluated
     * again on a new session's list) or, on leaving the course, gets the learning record on leaving.
     */
    public enum Result { PASSED, FAILED, ABSENT }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "session_id", nullable = false)
    public long sessionId;

    @Column(name = "student_id", nullable = false)
    public long studentId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Result result;

    @Column(name = "unit_results", nullable = false)
    public String unitResults;

    public String note;

    @Column(name = "recorded_at", nullable = false)
    public OffsetDateTime recordedAt;

    @Column(name = "recorded_by", nullable = false)
    public String recordedBy;

    @Version
    public long version;

    /** The student's outcome, other than ABSENT, in another (not cancelled) session of the edition; null if none. */
    public static ExamOutcome findSatElsewhere(long editionId, long sessionId, long studentId) {
        return find("studentId = ?1 and sessionId <> ?2 and result <> ?3 and sessionId in "
                        + "(select s.id from ExamSession s where s.editionId = ?4)", studentId, sessionId, Result.ABSENT,
                editionId).firstResult();
    }

    public static ExamOutcome find(long sessionId, long studentId) {
        return find("sessionId = ?1 and studentId = ?2", sessionId, studentId).firstResult();
    }
}
