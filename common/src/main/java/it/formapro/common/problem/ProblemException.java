package it.formapro.common.problem;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A refusal the domain explains itself: thrown by services and rule code, rendered as problem+json by
 * {@link ProblemMappers}. Use the factory methods so that the same kind of refusal always has the same type.
 */
public class ProblemException extends RuntimeException {

    /** Retry-After of an Idempotency-Key in flight: its request is a short transaction or a few bounded calls from done. */
    static final int IDEMPOTENCY_RETRY_AFTER_SECONDS = 1;

    private final int status;
    private final String slug;
    private final String title;
    private final List<Problem.Violation> violations;
    private final Map<String, Object> figures;
    private final Integer retryAfterSeconds;

    public ProblemException(int status, String slug, String title, String detail,
                            List<Problem.Violation> violations, Map<String, Object> figures) {
        this(status, slug, title, detail, violations, figures, null);
    }

    private ProblemException(int status, String slug, String title, String detail,
                             List<Problem.Violation> violations, Map<String, Object> figures, Integer retryAfterSeconds) {
        super(detail);
        this.retryAfterSeconds = retryAfterSeconds;
        this.status = status;
        this.slug = slug;
        this.title = title;
        this.violations = violations == null ? List.of() : List.copyOf(violations);
        this.figures = figures == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(figures));
    }

    public static ProblemException notFound(String what, Object id) {
        return new ProblemException(404, "not-found", "Resource not found", what + " " + id + " does not exist", null, null);
    }

    public static ProblemException badRequest(String detail) {
        return new ProblemException(400, "validation", "Invalid request", detail, null, null);
    }

    public static ProblemException conflict(String slug, String detail) {
        return new ProblemException(409, slug, "Conflict with the current state", detail, null, null);
    }

    /** A business rule refused the request (422): the violations say which rule, why, and from which standard. */
    public static ProblemException ruleViolation(String slug, String detail, List<Problem.Violation> violations,
                                                 Map<String, Object> figures) {
        return new ProblemException(422, slug, "Refused by a rule of the standard", detail, violations, figures);
    }

    public static ProblemException unavailable(String service, String detail) {
        return new ProblemException(503, "service-unavailable", "A required service is unavailable",
                detail, null, Map.of("service", service));
    }

    /** The service has as much work as it takes at once (503): nothing was changed, retry after the given seconds. */
    public static ProblemException busy(String detail, int retryAfterSeconds) {
        return new ProblemException(503, "busy", "The service is busy", detail, null, null, retryAfterSeconds);
    }

    /**
     * Another request with this Idempotency-Key is being processed (409, the same type in every service): the client
     * retries after Retry-After and gets that request's answer replayed, or 422 {@code idempotency-key-reused} if it
     * was another request. docs/CONTRACTS.md, "Retries".
     */
    public static ProblemException idempotencyKeyInFlight(String key) {
        return new ProblemException(409, "idempotency-key-in-flight", "Conflict with the current state",
                "Another request with Idempotency-Key '" + key + "' is being processed: retry after Retry-After seconds "
                        + "to get its answer", null, null, IDEMPOTENCY_RETRY_AFTER_SECONDS);
    }

    /**
     * The Idempotency-Key was used for another request (422, the IETF draft "The Idempotency-Key HTTP Header Field"
     * asks for it): nothing was run, since replaying the earlier answer would tell the client that what it asks for
     * now was done. {@code detail} names what the key was used for.
     */
    public static ProblemException idempotencyKeyReused(String detail, Map<String, Object> figures) {
        return new ProblemException(422, "idempotency-key-reused", "Idempotency-Key used for another request", detail,
                List.of(new Problem.Violation("Idempotency-Key", "use a new key for a new request")), figures);
    }

    /** Builds an ordered figures map from alternating keys and values: {@code figures("delivered", 42, "limit", 50)}. */
    public static Map<String, Object> figures(Object... keyValues) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i + 1 < keyValues.length; i += 2) {
            map.put((String) keyValues[i], keyValues[i + 1]);
        }
        return map;
    }

    public int status() {
        return status;
    }

    public String slug() {
        return slug;
    }

    public String title() {
        return title;
    }

    public List<Problem.Violation> violations() {
        return violations;
    }

    public Map<String, Object> figures() {
        return figures;
    }

    /** For a temporary refusal, the seconds after which a retry may succeed (the Retry-After header). */
    public Optional<Integer> retryAfterSeconds() {
        return Optional.ofNullable(retryAfterSeconds);
    }
}
