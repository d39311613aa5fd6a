package it.formapro.enrollment.idempotency;

import static it.formapro.common.web.IdempotencyKey.HEADER;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.quarkus.narayana.jta.QuarkusTransaction;
import it.formapro.common.digest.Sha256;
import it.formapro.common.problem.ProblemException;
import it.formapro.common.security.Caller;
import it.formapro.common.web.IdempotencyKey;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import org.jboss.logging.Logger;

/**
 * Optional {@code Idempotency-Key} on creating POSTs: the first successful response is stored and replayed for the
 * same key (per caller) and the same request, nothing new is created. The request is its method and path and a
 * SHA-256 fingerprint of its body and the query parameters that change its outcome: the same key with another body
 * (e.g. a corrected one) is refused with 422 idempotency-key-reused instead of replaying the old answer and silently
 * losing the correction, as catalog-service does for editions. Keys stored before the fingerprint existed (V8) have
 * none and keep replaying on the method and path alone. The key is claimed in its own transaction before the work
 * runs, so two concurrent requests with one key cannot both create; a failed request releases the key so a retry
 * runs again. A claim still unanswered after {@link #ABANDONED_AFTER} was abandoned (the process died between the
 * work's commit and storing the answer) and the same request takes it over; a key is forgotten
 * {@link #EXPIRES_AFTER} after it was claimed. Each claim is told apart by its claiming instant, so a request whose
 * claim was taken over neither stores its answer over the new one nor releases it.
 */
@ApplicationScoped
public class Idempotency {

    /**
     * Longer than any request can run: its remote calls are bounded (3 s, two retries each), and so are its
     * transactions (Quarkus' 60 s default timeout), a couple of minutes at worst; the client gave up long before.
     */
    static final Duration ABANDONED_AFTER = Duration.ofMinutes(5);

    /**
     * How long a key is kept: a client retries a lost answer within minutes or hours, not days. A key sent again later
     * runs the request again, which the rules themselves then refuse rather than duplicate (the codice fiscale or identity
     * document is taken, the student already has a live enrollment on the edition, the enrollment is already confirmed).
     */
    static final Duration EXPIRES_AFTER = Duration.ofHours(24);

    /** Expired keys are deleted at most this often, by the keyed request that finds the time has come. */
    private static final Duration PURGE_EVERY = Duration.ofMinutes(1);

    private static final Logger LOG = Logger.getLogger(Idempotency.class);

    private final AtomicReference<Instant> lastPurge = new AtomicReference<>(Instant.MIN);

    @Inject
    Caller caller;

    @Inject
    ObjectMapper json;

    @Inject
    Clock clock;

    /** The application's mapper with a fixed order of properties and map keys, so equal requests hash alike. */
    private ObjectMapper canonical;

    @PostConstruct
    void init() {
        canonical = json.copy().configure(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY, true)
                .configure(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS, true);
    }

    /**
     * @param header      the Idempotency-Key header as sent, read as in every service ({@link IdempotencyKey#read})
     * @param request     method and path, e.g. "POST /students"
     * @param fingerprint what else makes the request what it is: the body as read (a record), or the query parameters
     *                    (a map); null for none
     */
    public Response run(String header, String request, Object fingerprint, Supplier<Response> work) {
        String key = IdempotencyKey.read(header);
        if (key == null) {
            return work.get();
        }
        String hash = hash(request, fingerprint);
        IdempotencyRecord.Key id = new IdempotencyRecord.Key(caller.name(), key);
        // the database keeps microseconds: the claim's instant as stored is the one it is told apart by
        OffsetDateTime now = OffsetDateTime.now(clock).truncatedTo(ChronoUnit.MICROS);
        purgeExpired(now);
        IdempotencyRecord previous = QuarkusTransaction.requiringNew().call(() -> IdempotencyRecord.findById(id));
        IdempotencyRecord stale = null;
        if (previous != null && previous.createdAt.isBefore(now.minus(EXPIRES_AFTER))) {
            stale = previous; // forgotten: the key is new again
        } else if (previous != null) {
            requireSameRequest(previous, request, hash);
            if (previous.status != null || !previous.createdAt.isBefore(now.minus(ABANDONED_AFTER))) {
                return replay(key, previous);
            }
            stale = previous; // abandoned: this request, the same, runs it again
            LOG.warnf("%s %s claimed at %s has no answer: taken over as abandoned", HEADER, request, previous.createdAt);
        }
        if (!claim(id, request, hash, now, stale)) {
            throw ProblemException.idempotencyKeyInFlight(key);
        }
        Response response;
        try {
            response = work.get();
        } catch (RuntimeException e) {
            QuarkusTransaction.requiringNew().run(() -> IdempotencyRecord.delete(
                    "id.principal = ?1 and id.key = ?2 and createdAt = ?3 and status is null", id.principal(), id.key(), now));
            throw e;
        }
        String body = serialize(response.getEntity());
        String location = response.getLocation() == null ? null : response.getLocation().toString();
        int stored = QuarkusTransaction.requiringNew().call(() -> IdempotencyRecord.update(
                "status = ?1, body = ?2, location = ?3 where id.principal = ?4 and id.key = ?5 and createdAt = ?6 and status is null",
                response.getStatus(), body, location, id.principal(), id.key(), now));
        if (stored == 0) {
            // taken over meanwhile (this ran past ABANDONED_AFTER) or forgotten by an erasure: the answer is not kept
            LOG.warnf("The answer to %s was not stored for its %s: the claim was taken over or forgotten", request, HEADER);
        }
        return IdempotencyKey.mark(Response.fromResponse(response), key, false).build();
    }

    /**
     * Claims the key in its own transaction, replacing {@code stale} (an expired or abandoned record) if given. False
     * when another request holds it: it won a concurrent claim, took the stale record over first, or answered meanwhile.
     */
    private boolean claim(IdempotencyRecord.Key id, String request, String hash, OffsetDateTime now, IdempotencyRecord stale) {
        try {
            return QuarkusTransaction.requiringNew().call(() -> {
                if (stale != null) {
                    // only the record as read: one claimed anew, or an abandoned one answered since, is not ours to drop
                    String unchanged = "id.principal = ?1 and id.key = ?2 and createdAt = ?3"
                            + (stale.status == null ? " and status is null" : "");
                    if (IdempotencyRecord.delete(unchanged, id.principal(), id.key(), stale.createdAt) == 0) {
                        return false;
                    }
                }
                IdempotencyRecord claim = new IdempotencyRecord();
                claim.id = id;
                claim.request = request;
                claim.requestHash = hash;
                claim.createdAt = now;
                claim.persistAndFlush();
                return true;
            });
        } catch (RuntimeException e) {
            // the primary key (caller, key) is taken: a concurrent request with the same key won the claim
            return false;
        }
    }

    /** Deletes the expired keys, at most once every PURGE_EVERY per instance; a failure only postpones it. */
    private void purgeExpired(OffsetDateTime now) {
        Instant last = lastPurge.get();
        if (now.toInstant().isBefore(last.plus(PURGE_EVERY)) || !lastPurge.compareAndSet(last, now.toInstant())) {
            return;
        }
        try {
            long purged = QuarkusTransaction.requiringNew().call(() -> IdempotencyRecord.delete("createdAt < ?1",
                    now.minus(EXPIRES_AFTER)));
            if (purged > 0) {
                LOG.infof("%d %s records older than %s forgotten", purged, HEADER, EXPIRES_AFTER);
            }
        } catch (RuntimeException e) {
            LOG.warnf("Expired %s records not purged this time: %s", HEADER, e.toString());
        }
    }

    private static void requireSameRequest(IdempotencyRecord previous, String request, String hash) {
        if (!previous.request.equals(request)) {
            throw ProblemException.idempotencyKeyReused("This " + HEADER + " was already used for "
                    + previous.request + ": use a new key for a different request", null);
        }
        // a key stored before fingerprints existed (no hash) replays on the method and path alone, as it did then
        if (previous.requestHash != null && !previous.requestHash.equals(hash)) {
            throw ProblemException.idempotencyKeyReused("This " + HEADER + " was already used for "
                    + request + " with another body or other query parameters: the first request's answer stands and "
                    + "this one was not run; to send a corrected request use a new key (or correct what the first one "
                    + "created)", null);
        }
    }

    /** The first answer again, as it was: its status (201 with its Location, or 200), its body, marked as a replay. */
    private static Response replay(String key, IdempotencyRecord previous) {
        if (previous.status == null) {
            throw ProblemException.idempotencyKeyInFlight(key);
        }
        Response.ResponseBuilder replay = IdempotencyKey.mark(Response.status(previous.status), key, true);
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
