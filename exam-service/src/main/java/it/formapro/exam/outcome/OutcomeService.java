package it.formapro.exam.outcome;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import it.formapro.common.problem.ProblemException;
import it.formapro.common.text.OptionalText;
import it.formapro.common.time.Timestamps;
import it.formapro.exam.admission.AdmissionService;
import it.formapro.exam.audit.AuditEntity;
import it.formapro.exam.audit.AuditLog;
import it.formapro.exam.catalog.CatalogService;
import it.formapro.exam.catalog.EditionRules;
import it.formapro.exam.certificate.IssuedDocument;
import it.formapro.exam.outcome.OutcomeDtos.OutcomeRequest;
import it.formapro.exam.outcome.OutcomeDtos.OutcomeView;
import it.formapro.exam.privacy.ErasedStudent;
import it.formapro.exam.session.ExamSession;
import it.formapro.exam.session.ExamSessionService;
import it.formapro.exam.session.SessionStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.stream.Collectors;

@ApplicationScoped
public class OutcomeService {

    /**
     * Introduces, in the audit of an outcome corrected after closing, the board's reason for correcting an ABSENT: a
     * free text, cleared on the student's erasure (privacy.ErasedTexts).
     */
    public static final String ABSENT_CORRECTED = "corrects an ABSENT recorded by mistake: ";

    @Inject
    AdmissionService admissions;

    @Inject
    CatalogService catalog;

    @Inject
    AuditLog audit;

    @Inject
    ObjectMapper json;

    @Transactional
    public OutcomeView record(long sessionId, long studentId, OutcomeRequest request) {
        ExamSession session = ExamSessionService.lock(sessionId);
        ExamSessionService.refuseIfCancelled(session, "no outcome is recorded");
        if (session.status == SessionStatus.SCHEDULED) {
            throw ProblemException.conflict("session-not-held", "Exam session " + sessionId
                    + " is SCHEDULED: outcomes are recorded once the exam is HELD");
        }
        // the erasure takes the same lock (after the session's, as an issue does): it either committed before and is
        // seen here, or waits for this outcome and clears its note
        IssuedDocument.lockStudent(studentId);
        ErasedStudent.refuseOutcome(studentId);
        admissions.requireAdmitted(sessionId, studentId);
        // a document is frozen with the outcome it rests on; a wrong one is revoked (never deleted), then corrected
        IssuedDocument issued = IssuedDocument.findStandingFor(sessionId, studentId);
        if (issued != null) {
            throw ProblemException.conflict("document-already-issued", "Student " + studentId + " already has "
                    + issued.number + " for exam session " + sessionId + ": the outcome it rests on cannot change "
                    + "(revoke " + issued.number + " with the reason if it was wrong, then correct the outcome)");
        }
        String correction = session.status == SessionStatus.CLOSED
                ? requireCorrectable(session, studentId, request) : null;
        EditionRules rules = catalog.rules(session.editionId);
        List<UnitResult> units = OutcomeRules.validate(request.result(), request.units(), rules.competenceUnitsOrEmpty());

        ExamOutcome outcome = ExamOutcome.find(sessionId, studentId);
        boolean created = outcome == null;
        String before = created ? null : describe(outcome.result, read(outcome.unitResults));
        if (created) {
            outcome = new ExamOutcome();
            outcome.sessionId = sessionId;
            outcome.studentId = studentId;
        }
        outcome.result = request.result();
        outcome.unitResults = write(units);
        outcome.note = request.note();
        outcome.recordedAt = Timestamps.now();
        outcome.recordedBy = audit.actor();
        if (created) {
            outcome.persist();
        }
        outcome.flush();
        audit.record(created ? "OUTCOME_RECORDED" : "OUTCOME_CHANGED", AuditEntity.OUTCOME, outcome.id, sessionId,
                "student " + studentId + ": " + (before == null ? "" : before + " -> ") + describe(outcome.result, units)
                        + (correction == null ? "" : " (session CLOSED; " + correction + ")"));
        return view(outcome);
    }

    /**
     * A CLOSED session's outcomes are final, with two exceptions, each audited with what it corrects:
     * <ul>
     * <li>a document issued in it on a wrong outcome has been revoked (never deleted), and the board corrects the
     * outcome so that the right document is issued in the same session (V7);</li>
     * <li>a candidate recorded ABSENT by mistake did sit the exam: no document rests on an absence, so nothing is
     * revoked, and the board states why in the note (the minutes of the exam say so). Refused once the student has
     * sat another session of the edition, whose outcome would then be the second assessment of one exam.</li>
     * </ul>
     * Answers what is corrected, for the audit; 409 {@code session-closed} otherwise.
     */
    private static String requireCorrectable(ExamSession session, long studentId, OutcomeRequest request) {
        IssuedDocument revoked = IssuedDocument.findLatestRevokedFor(session.id, studentId);
        if (revoked != null) {
            return "corrects revoked " + revoked.number;
        }
        ExamOutcome recorded = ExamOutcome.find(session.id, studentId);
        if (recorded == null || recorded.result != ExamOutcome.Result.ABSENT
                || request.result() == ExamOutcome.Result.ABSENT) {
            throw ProblemException.conflict("session-closed", "Exam session " + session.id + " is CLOSED: its outcomes "
                    + "are final. An outcome changes after closing only to correct a document issued on it, once that "
                    + "document is revoked, or an ABSENT recorded for a candidate who did sit; student " + studentId
                    + " has no revoked document in this session and was not recorded ABSENT");
        }
        String why = OptionalText.strippedOrNull(request.note());
        if (why == null) {
            throw ProblemException.badRequest("Exam session " + session.id + " is CLOSED: correcting the ABSENT of "
                    + "student " + studentId + " needs the reason in 'note' (what shows the candidate sat the exam), "
                    + "kept with the outcome and in the audit");
        }
        ExamOutcome later = ExamOutcome.findSatElsewhere(session.editionId, session.id, studentId);
        if (later != null) {
            throw ProblemException.conflict("session-closed", "Exam session " + session.id + " is CLOSED and student "
                    + studentId + ", recorded ABSENT in it, has since sat exam session " + later.sessionId + " of the "
                    + "edition (" + later.result + "): that is the student's assessment, and the ABSENT here stays");
        }
        return ABSENT_CORRECTED + why;
    }

    public List<OutcomeView> list(long sessionId) {
        ExamSessionService.require(sessionId);
        return ExamOutcome.<ExamOutcome>list("sessionId = ?1 order by studentId", sessionId).stream().map(this::view).toList();
    }

    public OutcomeView get(long sessionId, long studentId) {
        ExamOutcome outcome = ExamOutcome.find(sessionId, studentId);
        if (outcome == null) {
            throw ProblemException.notFound("Outcome of student " + studentId + " in exam session", sessionId);
        }
        return view(outcome);
    }

    public OutcomeView view(ExamOutcome o) {
        return new OutcomeView(o.id, o.sessionId, o.studentId, o.result, read(o.unitResults), o.note, o.recordedAt,
                o.recordedBy);
    }

    public List<UnitResult> read(String content) {
        try {
            return json.readValue(content, new TypeReference<List<UnitResult>>() { });
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("corrupt unit results", e);
        }
    }

    private String write(List<UnitResult> units) {
        try {
            return json.writeValueAsString(units);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String describe(ExamOutcome.Result result, List<UnitResult> units) {
        if (result == ExamOutcome.Result.ABSENT) {
            return "ABSENT (did not sit the exam)";
        }
        return result + " (" + units.stream().map(u -> u.code() + (u.passed() ? " passed" : " failed"))
                .collect(Collectors.joining(", ")) + ")";
    }
}
