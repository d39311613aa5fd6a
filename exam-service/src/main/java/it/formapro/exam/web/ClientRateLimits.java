package it.formapro.exam.web;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * A token bucket per client address for the anonymous endpoints: one scraper enumerating codes exhausts its own
 * budget, not everyone's. The endpoint-wide @RateLimit stays as a ceiling, counted only after this budget let the
 * request through (VerificationCeiling), so a refused client spends nothing of it. Buckets live in a bounded map that
 * forgets idle clients, so a flood of addresses cannot grow it without limit.
 */
@ApplicationScoped
public class ClientRateLimits {

    /** Thrown when a client has spent its budget; answered 429 with Retry-After by {@link RateLimitMapper}. */
    public static class Exceeded extends RuntimeException {
        private final long retryAfterMillis;

        Exceeded(long retryAfterMillis) {
            super("client rate limit exceeded", null, false, false);
            this.retryAfterMillis = retryAfterMillis;
        }

        public long retryAfterMillis() {
            return retryAfterMillis;
        }
    }

    private final int perWindow;
    private final Duration window;
    private final Cache<String, Bucket> buckets;

    public ClientRateLimits(@ConfigProperty(name = "formapro.verification.per-client.requests", defaultValue = "30") int perWindow,
                            @ConfigProperty(name = "formapro.verification.per-client.window", defaultValue = "PT1M") Duration window) {
        this.perWindow = perWindow;
        this.window = window;
        this.buckets = Caffeine.newBuilder().maximumSize(100_000).expireAfterAccess(window.multipliedBy(2)).build();
    }

    /** Takes one request from the client's budget, or throws {@link Exceeded}. */
    public void take(String client) {
        Bucket bucket = buckets.get(client, key -> Bucket.builder()
                .addLimit(limit -> limit.capacity(perWindow).refillIntervally(perWindow, window)).build());
        ConsumptionProbe probe = bucket.tryConsumeAndReturnRemaining(1);
        if (!probe.isConsumed()) {
            throw new Exceeded(Math.max(1, probe.getNanosToWaitForRefill() / 1_000_000));
        }
    }
}
