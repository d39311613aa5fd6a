package it.formapro.enrollment.idempotency;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.OffsetDateTime;

/** A creating request sent with an Idempotency-Key and, once it succeeded, its response. */
@Entity
@Table(name = "idempotency_record")
public class IdempotencyRecord extends PanacheEntityBase {

    @EmbeddedId
    public Key id;

    /** Method and path of the request, so a key reused for another request is refused. */
    @Column(nullable = false)
    public String request;

    /** SHA-256 of the request's body and outcome-changing query parameters (V8); null for keys stored before. */
    @Column(name = "request_hash")
    public String requestHash;

    /** Null while the first request is still running. */
    public Integer status;
    public String body;
    public String location;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt = OffsetDateTime.now();

    @Embeddable
    public record Key(@Column(name = "principal") String principal, @Column(name = "idem_key") String key) implements Serializable {
    }
}
