package it.formapro.catalog.web;

/** The realm roles the catalogue knows; every authenticated role reads, only admin writes. */
public final class Roles {
    public static final String ADMIN = "admin";
    public static final String FRONTDESK = "frontdesk";
    public static final String TUTOR = "tutor";
    public static final String EXAM_BOARD = "exam-board";
    public static final String PORTAL = "portal";

    private Roles() {
    }
}
