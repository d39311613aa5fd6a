package it.formapro.exam.session;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import it.formapro.common.time.Timestamps;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

/** A public final exam session of an edition. */
@Entity
@Table(name = "exam_session")
public class ExamSession extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "edition_id", nullable = false)
    public long editionId;

    @Column(name = "exam_date", nullable = false)
    public LocalDate examDate;

    @Column(nullable = false)
    public String place;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public SessionStatus status = SessionStatus.SCHEDULED;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt = Timestamps.now();

    /** Why the session was CANCELLED (required then, V10), for the board and the candidates it had been announced to. */
    @Column(name = "cancellation_reason")
    public String cancellationReason;

    /** The client's Idempotency-Key of the request that scheduled it, if any. */
    @Column(name = "idempotency_key")
    public String idempotencyKey;

    /** SHA-256 of that request (V13; null for sessions scheduled before): the same key with another one is refused. */
    @Column(name = "request_hash")
    public String requestHash;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "exam_board_member", joinColumns = @JoinColumn(name = "session_id"))
    @OrderColumn(name = "position")
    public List<BoardMember> board = new ArrayList<>();

    @Version
    public long version;

    public BoardMember president() {
        return board.stream().filter(m -> m.role == BoardMember.Role.PRESIDENT).findFirst().orElse(null);
    }
}
