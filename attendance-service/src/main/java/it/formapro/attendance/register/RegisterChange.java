package it.formapro.attendance.register;

import io.quarkus.hibernate.orm.panache.PanacheEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;

/** One change of the register (audit trail): written with the change, never updated or deleted. */
@Entity
@Table(name = "register_change")
public class RegisterChange extends PanacheEntity {

    @Column(name = "lesson_id", nullable = false)
    public long lessonId;

    @Column(name = "student_id", nullable = false)
    public long studentId;

    /** Null when the student had no entry yet. */
    @Column(name = "old_minutes")
    public Integer oldMinutes;

    @Column(name = "new_minutes", nullable = false)
    public int newMinutes;

    @Column(name = "changed_by", nullable = false)
    public String changedBy;

    @Column(name = "changed_at", nullable = false)
    public Instant changedAt;
}
