package it.formapro.enrollment.student;

/**
 * Fired (synchronously, inside the update's transaction) when an update changed a student's first or last name: the
 * other services that show the name learn it from the observers, and a failure of theirs rolls the update back.
 */
public record StudentRenamed(long studentId, String firstName, String lastName) {
}
