package it.formapro.common.privacy;

/**
 * The one name every service writes in place of an erased student's (GDPR art. 17). Records the law requires us to
 * keep (registers, admission lists, certificates: D.lgs 13/2013 art. 6) stay, under this pseudonym; only the
 * internal student id links them, and after the erasure nothing maps that id back to a person.
 */
public final class Pseudonym {

    public static final String FIRST_NAME = "Anonimo";

    private Pseudonym() {
    }

    public static String lastName(long studentId) {
        return "ANON-" + studentId;
    }

    public static boolean isPseudonym(String firstName, String lastName, long studentId) {
        return FIRST_NAME.equals(firstName) && lastName(studentId).equals(lastName);
    }
}
