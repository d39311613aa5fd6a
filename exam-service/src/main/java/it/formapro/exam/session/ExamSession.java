package it.formapro.exam.session;

import io.quarkus.hibernate.orm.panache.PanacheEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** A public final exam session of an edition. */
@Entity
@Table(name = "exam_session")
public class ExamSession extends PanacheEntity {

    @Column(name = "edition_id", nullable = false)
    public long editionId;

    @Column(name = "exam_date", nullable = false)
    public java.time.LocalDate examDate;
}
