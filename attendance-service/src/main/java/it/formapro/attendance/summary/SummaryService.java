package it.formapro.attendance.summary;

import it.formapro.attendance.Hours;
import it.formapro.attendance.catalog.EditionRules;
import it.formapro.attendance.credit.ScheduledHours;
import it.formapro.attendance.participant.ParticipantService;
import it.formapro.common.reports.EditionWideReport;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * The summaries of an edition and of a student: {@link EditionFacts} reads the figures in one round trip, the
 * arithmetic is in {@link StudentSummaries} and {@link Standing}.
 */
@ApplicationScoped
public class SummaryService {

    private final EditionFacts facts;

    public SummaryService(EditionFacts facts) {
        this.facts = facts;
    }

    @org.eclipse.microprofile.openapi.annotations.media.Schema(name = "HoursDelivered",
            description = "Course hours delivered up to a day, on the basis of plannedHours (docs/CONTRACTS.md)")
    public record HoursDelivered(
            @org.eclipse.microprofile.openapi.annotations.media.Schema(examples = "12") long editionId,
            @org.eclipse.microprofile.openapi.annotations.media.Schema(examples = "41.50") BigDecimal deliveredHours,
            @org.eclipse.microprofile.openapi.annotations.media.Schema(description = "The same in minutes, exact: what a "
                    + "comparison against a share of plannedHours (the TUI) should read", examples = "2490") long deliveredMinutes,
            @org.eclipse.microprofile.openapi.annotations.media.Schema(examples = "208") BigDecimal plannedHours,
            @org.eclipse.microprofile.openapi.annotations.media.Schema(examples = "2027-02-01") LocalDate asOf) {
    }

    @Transactional
    public HoursDelivered hoursDelivered(EditionRules rules, LocalDate asOf) {
        // the hours delivered only: no credit is looked at, so no calendar is needed
        StudentSummaries summaries = new StudentSummaries(rules, facts.delivered(rules.editionId(), asOf), ScheduledHours.NONE);
        long minutes = summaries.deliveredMinutes();
        return new HoursDelivered(rules.editionId(), Hours.ofMinutes(minutes), minutes, rules.plannedHours(), asOf);
    }

    @EditionWideReport
    @Transactional
    public SummaryViews.EditionSummary edition(EditionRules rules, LocalDate asOf) {
        EditionFacts.Facts edition = facts.edition(rules.editionId(), asOf);
        StudentSummaries summaries = new StudentSummaries(rules, edition.delivered(), edition.scheduled());
        List<SummaryViews.StudentSummary> students = edition.students().stream().map(summaries::summarise).toList();
        return new SummaryViews.EditionSummary(rules.editionId(), Hours.ofMinutes(summaries.deliveredMinutes()),
                rules.plannedHours(), rules.admissionPercent(), asOf, rules.lateJoinerPolicy(),
                Hours.round(rules.courseHours()), students);
    }

    @Transactional
    public SummaryViews.StudentSummary student(EditionRules rules, long studentId, LocalDate asOf) {
        EditionFacts.Facts student = facts.student(rules.editionId(), studentId, asOf);
        if (student.students().isEmpty()) {
            throw ParticipantService.notFound(rules.editionId(), studentId);
        }
        return new StudentSummaries(rules, student.delivered(), student.scheduled()).summarise(student.students().get(0));
    }
}
