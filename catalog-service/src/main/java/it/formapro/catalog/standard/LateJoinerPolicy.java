package it.formapro.catalog.standard;

/**
 * Whether hours delivered before a student joined count as absence. Regions differ; none of the five standards
 * states it, so the strict default of DOMAIN.md applies.
 */
public enum LateJoinerPolicy {
    /** Default, strict: the threshold is measured on the whole course. */
    COUNT_AS_ABSENCE,
    /** The threshold is measured from the joining date. */
    EXCLUDE_BEFORE_JOINING
}
