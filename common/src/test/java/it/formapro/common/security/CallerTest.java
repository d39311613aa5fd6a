package it.formapro.common.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import org.junit.jupiter.api.Test;

class CallerTest {

    @Test
    void theNameRecordedIsTheTokensUserOrAnonymous() {
        assertEquals("front.luca", new Caller(user("front.luca", Roles.FRONTDESK)).name());
        assertEquals("anonymous", new Caller(QuarkusSecurityIdentity.builder().setAnonymous(true).build()).name());
    }

    @Test
    void theStaffAreAdminAndFrontdeskOnly() {
        assertTrue(new Caller(user("a", Roles.ADMIN)).isStaff());
        assertTrue(new Caller(user("f", Roles.FRONTDESK)).isStaff());
        assertTrue(new Caller(user("both", Roles.TUTOR, Roles.FRONTDESK)).isStaff());
        assertFalse(new Caller(user("t", Roles.TUTOR)).isStaff());
        assertFalse(new Caller(user("b", Roles.EXAM_BOARD)).isStaff());
        assertFalse(new Caller(user("p", Roles.PORTAL)).isStaff());
        assertFalse(new Caller(QuarkusSecurityIdentity.builder().setAnonymous(true).build()).isStaff());
    }

    private static SecurityIdentity user(String name, String... roles) {
        QuarkusSecurityIdentity.Builder identity = QuarkusSecurityIdentity.builder().setPrincipal(() -> name);
        for (String role : roles) {
            identity.addRole(role);
        }
        return identity.build();
    }
}
