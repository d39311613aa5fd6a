package it.formapro.catalog.rules;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The rules of one standard version in the compact form the other services consume. */
@Schema(name = "StandardRules", description = "The rules of one qualification version: hours, attendance, entry, units")
public record StandardRules(
        RuleViews.QualificationRef qualification,
        RuleViews.Hours hours,
        RuleViews.Attendance attendance,
        RuleViews.Entry entry,
        List<RuleViews.UnitRule> units,
        @Schema(description = "Units to complete before any later unit starts", examples = "[\"2\", \"3\"]") List<String> propedeuticUnitCodes,
        List<RuleViews.CompetenceUnitRef> competenceUnits,
        @Schema(description = "Rules where the standard is silent and the suite's default applies",
                examples = "[\"tuiPercent: 20 % (default, the standard does not state a TUI)\"]") List<String> defaultsApplied) {
}
