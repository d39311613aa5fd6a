package it.formapro.enrollment.idempotency;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import io.quarkus.panache.common.Parameters;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

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

    /**
     * Forgets the stored answers about a student (GDPR erasure): their registration's (Location /students/{id}), and
     * their enrollments' pre-enrollments (Location /enrollments/{id}, a portal's /applications/{id}) and confirmations
     * (POST /enrollments/{id}/confirmation), which hold the identity or the eligibility's reasons (ages, permit dates,
     * titles) and would otherwise be replayed to whoever sends the key again. A Location is stored as the response
     * carried it, absolute (http://host/students/5), hence the match on its end.
     *
     * @return how many were forgotten
     */
    public static long forgetAbout(long studentId, List<Long> enrollmentIds) {
        List<String> paths = new ArrayList<>(List.of("/students/" + studentId));
        List<String> confirmations = new ArrayList<>(List.of("")); // "in" needs an element
        for (long e : enrollmentIds) {
            paths.add("/enrollments/" + e);
            paths.add("/applications/" + e);
            confirmations.add("POST /enrollments/" + e + "/confirmation");
        }
        StringBuilder where = new StringBuilder("request in :confirmations");
        Parameters params = Parameters.with("confirmations", confirmations);
        for (int i = 0; i < paths.size(); i++) {
            where.append(" or location like :p").append(i);
            params.and("p" + i, "%" + paths.get(i)); // digits and slashes: nothing to escape
        }
        return delete(where.toString(), params);
    }

    @Embeddable
    public record Key(@Column(name = "principal") String principal, @Column(name = "idem_key") String key) implements Serializable {
    }
}
