package it.formapro.enrollment.enrollment;

import it.formapro.enrollment.attendance.AttendanceGateway;
import it.formapro.enrollment.attendance.ParticipantRegistration;
import it.formapro.enrollment.student.StudentRenamed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.List;
import org.jboss.logging.Logger;

/**
 * A corrected name reaches attendance-service, whose registers and exam admission lists show it: for each CONFIRMED
 * enrollment of the student the participant is sent again (the confirmation's idempotent PUT, with the enrollment's
 * joining day), inside the student update's transaction, so that if attendance cannot take it the update is rolled
 * back with a 503 (refuse and roll back, as at confirmation). A participant who has left is sent too, with the
 * enrollment they left: the registers and admission lists that show them keep the right name, and attendance
 * reactivates a withdrawn participant only for another enrollment (docs/CONTRACTS.md), so the PUT cannot undo the
 * withdrawal. Pre-enrolled students are not in attendance yet (they are sent with the current name when confirmed).
 */
@ApplicationScoped
public class ParticipantNames {

    private static final Logger LOG = Logger.getLogger(ParticipantNames.class);

    @Inject
    AttendanceGateway attendance;

    void onRenamed(@Observes StudentRenamed renamed) {
        // joinedOn is set on confirmation: a withdrawn enrollment without it never reached attendance
        List<Enrollment> registered = Enrollment.list("studentId = ?1 and (status = ?2 or (status = ?3 and joinedOn is not null)) "
                + "order by id", renamed.studentId(), EnrollmentStatus.CONFIRMED, EnrollmentStatus.WITHDRAWN);
        for (Enrollment e : registered) {
            if (e.joinedOn == null) {
                // confirmed before the joining day was kept and not recoverable (V5): attendance needs it, and a guess
                // would move the participant's joining day; the name reaches attendance with the next registration
                LOG.warnf("Enrollment %d has no joining day on record: the corrected name of student %d was not sent to "
                        + "attendance-service for edition %d", e.id, renamed.studentId(), e.editionId);
                continue;
            }
            attendance.updateParticipant(e.editionId, e.studentId,
                    new ParticipantRegistration(e.id, renamed.firstName(), renamed.lastName(), e.joinedOn));
        }
    }
}
