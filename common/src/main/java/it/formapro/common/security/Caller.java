package it.formapro.common.security;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;

/** Who is calling, as more than one service asks it: the name its records keep, and whether it is the office. */
@RequestScoped
public class Caller {

    static final String ANONYMOUS = "anonymous";

    private final SecurityIdentity identity;

    public Caller(SecurityIdentity identity) {
        this.identity = identity;
    }

    /**
     * The name the audit trails and the "by" columns record: the token's user name (preferred_username, else upn,
     * else sub), or "anonymous" for a request without a token.
     */
    public String name() {
        return identity.isAnonymous() ? ANONYMOUS : identity.getPrincipal().getName();
    }

    /**
     * Admin or frontdesk: the office, which keeps students, enrollments and withdrawals and reads what they hold,
     * unlike a portal, a tutor or an exam board.
     */
    public boolean isStaff() {
        return identity.hasRole(Roles.ADMIN) || identity.hasRole(Roles.FRONTDESK);
    }
}
