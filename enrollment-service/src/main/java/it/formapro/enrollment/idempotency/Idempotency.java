package it.formapro.enrollment.idempotency;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.security.identity.SecurityIdentity;
import it.formapro.common.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.function.Supplier;

/**
 * Optional {@code Idempotency-Key} on creating POSTs: the first successful response is stored and replayed for the
 * same key (per caller), nothing new is created. The key is claimed in its own transaction before the work runs,
 * so two concurrent requests with one key cannot both create; a failed request releases the key so a retry runs again.
 */
@ApplicationScoped
public class Idempotency {

    public static final String HEADER = "Idempotency-Key";
    public static final String REPLAYED_HEADER = "Idempotent-Replayed";

    @Inject
    SecurityIdentity identity;

    @Inject
    ObjectMapper json;

    public Response run(String key, String request, Supplier<Response> work) {
        if (key == null || key.isBlank()) {
            return work.get();
        }
        if (key.length() > 200) {
            throw ProblemException.badRequest(HEADER + " must be at most 200 characters");
        }
        IdempotencyRecord.Key id = new IdempotencyRecord.Key(identity.getPrincipal().getName(), key);
        IdempotencyRecord previous = QuarkusTransaction.requiringNew().call(() -> IdempotencyRecord.findById(id));
        if (previous != null) {
            return replay(previous, request);
        }
        try {
            QuarkusTransaction.requiringNew().run(() -> {
                IdempotencyRecord claim = new IdempotencyRecord();
                claim.id = id;
                claim.request = request;
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

    private Response replay(IdempotencyRecord previous, String request) {
        if (!previous.request.equals(request)) {
            throw ProblemException.ruleViolation("idempotency-key-reused", "This " + HEADER + " was already used for "
                    + previous.request + ": use a new key for a different request", null, null);
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
