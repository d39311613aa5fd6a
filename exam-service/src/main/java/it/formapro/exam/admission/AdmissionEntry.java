package it.formapro.exam.admission;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One candidate of a frozen admission list; {@code content} is the {@link Candidate} as computed at freeze time. */
@Entity
@Table(name = "admission_entry")
public class AdmissionEntry extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "session_id", nullable = false)
    public long sessionId;

    @Column(name = "student_id", nullable = false)
    public long studentId;

    @Column(nullable = false)
    public boolean admitted;

    @Column(nullable = false)
    public boolean withdrawn;

    @Column(nullable = false)
    public String content;

    public static AdmissionEntry find(long sessionId, long studentId) {
        return find("sessionId = ?1 and studentId = ?2", sessionId, studentId).firstResult();
    }
}
