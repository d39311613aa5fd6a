package it.formapro.common.security;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;
import io.quarkus.oidc.AccessTokenCredential;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.jboss.logging.Logger;

/**
 * Bearer tokens that quarkus-oidc has verified, with the identity it built from each, kept until the token expires and
 * for at most {@code formapro.security.verified-tokens.ttl}. A client sends the same token with every call while it
 * lasts (Keycloak: 5 minutes) and exam-service forwards the caller's token to three services for one admission list;
 * checking its RS256 signature again on every call was half of attendance-service's CPU on a register write
 * (BENCHMARKS.md, run 8). The key is the whole token, so a token that differs in any byte (signature included) is
 * verified afresh. Like local JWT verification itself, this does not learn of a revocation before the token expires.
 */
@ApplicationScoped
public class VerifiedTokens {

    private static final Logger LOG = Logger.getLogger(VerifiedTokens.class);

    private final Cache<String, SecurityIdentity> identities;

    VerifiedTokens(@ConfigProperty(name = "formapro.security.verified-tokens.max-size", defaultValue = "1000") int maxSize,
                   @ConfigProperty(name = "formapro.security.verified-tokens.ttl", defaultValue = "PT60S") Duration ttl) {
        this.identities = Caffeine.newBuilder().maximumSize(maxSize).recordStats()
                .expireAfter(Expiry.creating((String token, SecurityIdentity identity) -> lifetime(identity, ttl)))
                .build();
    }

    /** The identity verified for this very token, or null if it is not known or has expired since. */
    public SecurityIdentity find(String token) {
        SecurityIdentity identity = identities.getIfPresent(token);
        LOG.debugf("verified token %s", identity == null ? "not known" : "known");
        if (identity != null && secondsLeft(identity) <= 0) {
            identities.invalidate(token); // the cache's own clock is coarser than the token's exp
            return null;
        }
        return identity;
    }

    /** How many lookups found their token in the cache so far (Caffeine's statistics). */
    public long hits() {
        return identities.stats().hitCount();
    }

    /** Remembers an identity quarkus-oidc built from a bearer JWT it verified; anything else is ignored. */
    public void remember(SecurityIdentity identity) {
        AccessTokenCredential token = identity.getCredential(AccessTokenCredential.class);
        if (token != null && identity.getPrincipal() instanceof JsonWebToken && secondsLeft(identity) > 0) {
            if (identities.asMap().putIfAbsent(token.getToken(), identity) == null) {
                LOG.debugf("remembering a verified token that expires in %d s", secondsLeft(identity));
            }
        }
    }

    static Duration lifetime(SecurityIdentity identity, Duration ttl) {
        Duration left = Duration.ofSeconds(Math.max(0, secondsLeft(identity)));
        return left.compareTo(ttl) < 0 ? left : ttl;
    }

    private static long secondsLeft(SecurityIdentity identity) {
        long exp = ((JsonWebToken) identity.getPrincipal()).getExpirationTime();
        return exp - Instant.now().getEpochSecond();
    }
}
