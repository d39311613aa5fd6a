package it.formapro.common.security;

/**
 * The Keycloak realm roles the four services answer (ARCHITECTURE.md, "Security"): constants, so that
 * {@code @RolesAllowed} and the role checks name them alike.
 */
public final class Roles {

    /** The catalogue's administrator; every service lets admin do what its own role does. */
    public static final String ADMIN = "admin";
    /** Students and enrollments. */
    public static final String FRONTDESK = "frontdesk";
    /** Lessons, attendance, unit checks. */
    public static final String TUTOR = "tutor";
    /** Exam sessions, outcomes, certificates. */
    public static final String EXAM_BOARD = "exam-board";
    /** The confidential client of third-party portals. */
    public static final String PORTAL = "portal";

    private Roles() {
    }
}
