package it.formapro.enrollment.idempotency;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.security.identity.SecurityIdentity;
import it.formapro.common.digest.Sha256;
import it.formapro.common.problem.ProblemException;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.function.Supplier;

/**
 * Optional {@code Idempotency-Key} on creating POSTs: the first successful response is stored and replayed for the
 * same key (per caller) and the same request, nothing new is created. The request is its method and path and a
 * SHA-256 fingerprint of its body and the query parameters that change its outcome: the same key with another body
 * (e.g. a corrected one) is refused with 422 idempotency-key-reused instead of replaying the old answer and silently
 * losing the correction, as catalog-service does for editions. Keys stored before the fingerprint existed (V8) have
 * none and keep replaying on the method and path alone. The key is claimed in its own transaction before the work
 * runs, so two concurrent requests with one key cannot both create; a failed request releases the key so a retry
 * runs again.
 */
@ApplicationScoped
public class Idempotency {

    public static final String HEADER = "Idempotency-Key";
    public static final String REPLAYED_HEADER = "Idempotent-Replayed";

    @Inject
    SecurityIdentity identity;

    @Inject
    ObjectMapper json;

    /** The application's mapper with a fixed order of properties and map keys, so equal requests hash alike. */
    private ObjectMapper canonical;

    @PostConstruct
    void init() {
        canonical = json.copy().configure(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY, true)
                .configure(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS, true);
    }

    /**
     * @param request     method and path, e.g. "POST /students"
     * @param fingerprint what else makes the request what it is: the body as read (a record), or the query parameters
     *                    (a map); null for none
     */
    public Response run(String key, String request, Object fingerprint, Supplier<Response> work) {
        if (key == null || key.isBlank()) {
            return work.get();
        }
        if (key.length() > 200) {
            throw ProblemException.badRequest(HEADER + " must be at most 200 characters");
        }
        String hash = hash(request, fingerprint);
        IdempotencyRecord.Key id = new IdempotencyRecord.Key(identity.getPrincipal().getName(), key);
        IdempotencyRecord previous = QuarkusTransaction.requiringNew().call(() -> IdempotencyRecord.findById(id));
        if (previous != null) {
            return replay(previous, request, hash);
        }
        try {
            QuarkusTransaction.requiringNew().run(() -> {
                IdempotencyRecord claim = new IdempotencyRecord();
                claim.id = id;
                claim.request = request;
                claim.requestHash = hash;
                claim.persistAndFlush();
            });
        } catch (RuntimeException e) {
            // the primary key (caller, key) is taken: a concurrent request with the same key won the claim
            throw ProblemException.conflict("idempotency-in-progress", "A request with this " + HEADER
                    + " is being processed; retry in a moment to get its response");
        }
        Response response;
        try {
            response = work.get();
        } catch (RuntimeException e) {
            QuarkusTransaction.requiringNew().run(() -> IdempotencyRecord.deleteById(id));
            throw e;
        }
        String body = serialize(response.getEntity());
        String location = response.getLocation() == null ? null : response.getLocation().toString();
        QuarkusTransaction.requiringNew().run(() -> {
            IdempotencyRecord done = IdempotencyRecord.findById(id);
            done.status = response.getStatus();
            done.body = body;
            done.location = location;
        });
        return response;
    }

    private Response replay(IdempotencyRecord previous, String request, String hash) {
        if (!previous.request.equals(request)) {
            throw ProblemException.ruleViolation("idempotency-key-reused", "This " + HEADER + " was already used for "
                    + previous.request + ": use a new key for a different request", null, null);
        }
        // a key stored before fingerprints existed (no hash) replays on the method and path alone, as it did then
        if (previous.requestHash != null && !previous.requestHash.equals(hash)) {
            throw ProblemException.ruleViolation("idempotency-key-reused", "This " + HEADER + " was already used for "
                    + request + " with another body or other query parameters: the first request's answer stands and "
                    + "this one was not run; to send a corrected request use a new key (or correct what the first one "
                    + "created)", null, null);
        }
        if (previous.status == null) {
            throw ProblemException.conflict("idempotency-in-progress", "A request with this " + HEADER
                    + " is being processed; retry in a moment to get its response");
        }
        Response.ResponseBuilder replay = Response.status(previous.status).header(REPLAYED_HEADER, "true");
        if (previous.body != null) {
            replay.entity(previous.body).type(MediaType.APPLICATION_JSON);
        }
        if (previous.location != null) {
            replay.location(URI.create(previous.location));
        }
        return replay.build();
    }

    /** SHA-256 (hex) of the method and path and the canonical JSON of the rest. */
    String hash(String request, Object fingerprint) {
        try {
            return Sha256.hex(request + "\n" + canonical.writeValueAsString(fingerprint));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("request not fingerprintable", e);
        }
    }

    private String serialize(Object entity) {
        if (entity == null) {
            return null;
        }
        try {
            return json.writeValueAsString(entity);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("response not serializable", e);
        }
    }
}
