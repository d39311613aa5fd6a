package it.formapro.attendance.participant;

import io.quarkus.hibernate.orm.panache.PanacheEntity;
import it.formapro.common.privacy.Pseudonym;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A student of an edition, as registered by enrollment-service. */
@Entity
@Table(name = "participant")
public class Participant extends PanacheEntity {

    @Schema(name = "ParticipantStatus")
    public enum Status { ACTIVE, WITHDRAWN }

    @Column(name = "edition_id", nullable = false)
    public long editionId;

    @Column(name = "student_id", nullable = false)
    public long studentId;

    @Column(name = "enrollment_id")
    public Long enrollmentId;

    @Column(name = "first_name", nullable = false)
    public String firstName;

    @Column(name = "last_name", nullable = false)
    public String lastName;

    @Column(name = "joined_on", nullable = false)
    public LocalDate joinedOn;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Status status;

    @Column(name = "withdrawn_on")
    public LocalDate withdrawnOn;

    @Column(name = "withdrawal_reason")
    public String withdrawalReason;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    /** Who last registered, changed, withdrew or erased the participant (the token's user); null if before V14. */
    @Column(name = "updated_by")
    public String updatedBy;

    @Version
    public long version;

    public static Optional<Participant> of(long editionId, long studentId) {
        return find("editionId = ?1 and studentId = ?2", editionId, studentId).firstResultOptional();
    }

    /**
     * The edition's participants by name, read-only: every caller reads them (lists, summaries, registers, exports),
     * so Hibernate keeps no snapshot and dirty-checks nothing at flush. Load a participant by {@link #of} to change it.
     */
    public static List<Participant> ofEdition(long editionId) {
        return find("editionId = ?1 order by lastName, firstName, studentId", editionId)
                .withHint(org.hibernate.jpa.HibernateHints.HINT_READ_ONLY, true).list();
    }

    /** Whether the student's personal data were erased: the erasure leaves the pseudonym on every row of theirs. */
    public boolean erased() {
        return Pseudonym.isPseudonym(firstName, lastName, studentId);
    }

    /** Whether the student was erased here: a participant row of theirs, in any edition, carries the pseudonym. */
    public static boolean studentErased(long studentId) {
        return count("studentId = ?1 and firstName = ?2 and lastName = ?3", studentId, Pseudonym.FIRST_NAME,
                Pseudonym.lastName(studentId)) > 0;
    }

    /** Whether the student was a participant on that day (joined, and not withdrawn before it). */
    public boolean attendsOn(LocalDate day) {
        return attendsOn(joinedOn, withdrawnOn, day);
    }

    public static boolean attendsOn(LocalDate joinedOn, LocalDate withdrawnOn, LocalDate day) {
        return !day.isBefore(joinedOn) && (withdrawnOn == null || !day.isAfter(withdrawnOn));
    }
}
