package it.formapro.common.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import io.quarkus.oidc.AccessTokenCredential;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.junit.jupiter.api.Test;

/** The cache's rules without HTTP: what it keeps, for how long, and what it never keeps. */
class VerifiedTokensTest {

    private final VerifiedTokens tokens = new VerifiedTokens(100, Duration.ofSeconds(60));

    @Test
    void aVerifiedTokenIsFoundByItsExactBytes() {
        SecurityIdentity identity = identity("t1", Instant.now().plusSeconds(300));
        tokens.remember(identity);
        assertSame(identity, tokens.find("t1"));
        assertNull(tokens.find("t1 "));
        assertNull(tokens.find("t2"));
        assertEquals(1, tokens.hits());
    }

    @Test
    void itIsKeptUntilTheTokenExpiresAndAtMostTheTtl() {
        assertEquals(Duration.ofSeconds(60), VerifiedTokens.lifetime(identity("x", Instant.now().plusSeconds(300)), Duration.ofSeconds(60)));
        long left = VerifiedTokens.lifetime(identity("x", Instant.now().plusSeconds(20)), Duration.ofSeconds(60)).toSeconds();
        assertEquals(20, left, 1);
    }

    @Test
    void anExpiredTokenIsNeitherKeptNorFound() throws InterruptedException {
        tokens.remember(identity("old", Instant.now().minusSeconds(1)));
        assertNull(tokens.find("old"));
        tokens.remember(identity("brief", Instant.now().plusSeconds(1)));
        Thread.sleep(2_100);
        assertNull(tokens.find("brief"));
    }

    @Test
    void identitiesWithoutABearerJwtAreIgnored() {
        tokens.remember(QuarkusSecurityIdentity.builder().setAnonymous(true).build());
        tokens.remember(QuarkusSecurityIdentity.builder().setPrincipal(() -> "basic-user")
                .addCredential(new AccessTokenCredential("opaque")).build());
        assertNull(tokens.find("opaque"));
    }

    private static SecurityIdentity identity(String token, Instant exp) {
        JsonWebToken jwt = new JsonWebToken() {
            @Override
            public String getName() {
                return "tutor";
            }

            @Override
            public Set<String> getClaimNames() {
                return Set.of("exp");
            }

            @Override
            @SuppressWarnings("unchecked")
            public <T> T getClaim(String claimName) {
                return "exp".equals(claimName) ? (T) Long.valueOf(exp.getEpochSecond()) : null;
            }
        };
        return QuarkusSecurityIdentity.builder().setPrincipal(jwt).addCredential(new AccessTokenCredential(token))
                .addRole("tutor").build();
    }
}
