package it.formapro.catalog.standard;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/**
 * The entry requirements of a standard as structured data, so that enrollment can check them one by one; the
 * Italian original is kept beside them for display. All must be documented by course start, no derogation.
 */
@Embeddable
public class EntryRequirements {

    @Column(name = "entry_min_age")
    public Integer minAge;

    @Enumerated(EnumType.STRING)
    @Column(name = "entry_min_age_alternative")
    public MinAgeAlternative minAgeAlternative;

    @Enumerated(EnumType.STRING)
    @Column(name = "entry_min_education", nullable = false)
    public MinEducation minEducation;

    @Column(name = "entry_min_education_eqf")
    public Integer minEducationEqf;

    /** The education title may be replaced by a check of the competences of compulsory schooling (003). */
    @Column(name = "entry_competence_check_alternative", nullable = false)
    public boolean competenceCheckAlternative;

    /** CEFR level of Italian required of foreign citizens (B1, A2). */
    @Column(name = "entry_italian_level")
    public String italianLevel;

    @Enumerated(EnumType.STRING)
    @Column(name = "entry_italian_exemption", nullable = false)
    public ItalianExemption italianExemption;

    @Column(name = "entry_italian_entry_test_allowed", nullable = false)
    public boolean italianEntryTestAllowed;

    @Column(name = "entry_foreign_title_statement_required", nullable = false)
    public boolean foreignTitleStatementRequired;

    @Column(name = "entry_residence_permit_required", nullable = false)
    public boolean residencePermitRequired;

    @Column(name = "entry_residence_permit_renewal_accepted", nullable = false)
    public boolean residencePermitRenewalAccepted;

    /** False where the standard says nothing and DOMAIN.md's default (require the permit) applies. */
    @Column(name = "entry_residence_permit_stated", nullable = false)
    public boolean residencePermitStated;

    @Column(name = "entry_min_education_text")
    public String minEducationText;

    /** The requirements as the standard words them, in Italian. */
    @Column(name = "entry_requirements_text", nullable = false)
    public String originalText;
}
