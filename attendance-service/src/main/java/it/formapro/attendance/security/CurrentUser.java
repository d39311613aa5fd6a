package it.formapro.attendance.security;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import java.util.Set;

/**
 * Who is calling, for the audit trail: the token's user name (preferred_username / upn / sub); and the roles, where
 * an answer shows a field to some of the roles it serves only.
 */
@RequestScoped
public class CurrentUser {

    private final SecurityIdentity identity;

    public CurrentUser(SecurityIdentity identity) {
        this.identity = identity;
    }

    public String name() {
        return identity.isAnonymous() ? "anonymous" : identity.getPrincipal().getName();
    }

    /** Whether the token holds at least one of {@code roles}. */
    public boolean hasAnyRole(Set<String> roles) {
        return roles.stream().anyMatch(identity::hasRole);
    }
}
