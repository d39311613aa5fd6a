package it.formapro.attendance.lesson;

import io.quarkus.hibernate.orm.panache.PanacheEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** A lesson of an edition's calendar. */
@Entity
@Table(name = "lesson")
public class Lesson extends PanacheEntity {

    @Column(name = "edition_id", nullable = false)
    public long editionId;

    @Column(name = "lesson_date", nullable = false)
    public java.time.LocalDate lessonDate;
}
