package it.formapro.common.security;

import io.quarkus.oidc.AccessTokenCredential;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.TokenAuthenticationRequest;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.quarkus.vertx.http.runtime.security.HttpSecurityUtils;
import io.smallrye.mutiny.Uni;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Answers a bearer token that quarkus-oidc has already verified ({@link VerifiedTokens}) with the identity it built
 * then; any other token goes on to quarkus-oidc (a provider answering null passes the request to the next one).
 */
@ApplicationScoped
public class VerifiedTokenIdentityProvider implements IdentityProvider<TokenAuthenticationRequest> {

    private final VerifiedTokens tokens;

    public VerifiedTokenIdentityProvider(VerifiedTokens tokens) {
        this.tokens = tokens;
    }

    @Override
    public Class<TokenAuthenticationRequest> getRequestType() {
        return TokenAuthenticationRequest.class;
    }

    /**
     * Strictly before quarkus-oidc's provider, which keeps the interface's default priority, SYSTEM_FIRST + 1: a tie
     * left the order to bean discovery, and the packaged services put quarkus-oidc first, so this provider was never
     * asked and every call checked the signature again (BENCHMARKS.md, run 12).
     */
    @Override
    public int priority() {
        return SYSTEM_FIRST + 2;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(TokenAuthenticationRequest request, AuthenticationRequestContext context) {
        SecurityIdentity verified = request.getToken() instanceof AccessTokenCredential token
                ? tokens.find(token.getToken()) : null;
        if (verified == null) {
            return Uni.createFrom().nullItem();
        }
        // the attributes quarkus-oidc ties to the request it authenticated now belong to this one
        RoutingContext routing = HttpSecurityUtils.getRoutingContextAttribute(request);
        QuarkusSecurityIdentity.Builder identity = QuarkusSecurityIdentity.builder(verified);
        if (routing != null) {
            identity.addAttribute(RoutingContext.class.getName(), routing);
            identity.addAttribute(AuthenticationRequestContext.class.getName(),
                    routing.get(AuthenticationRequestContext.class.getName()));
        }
        return Uni.createFrom().item(identity.build());
    }
}
