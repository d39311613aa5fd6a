package it.formapro.enrollment.eligibility;

import java.time.LocalDate;

/** What the eligibility engine knows about an applicant: no names, no identifiers, only the facts the rules read. */
public record ApplicantFacts(LocalDate birthDate, Citizenship citizenship, Evidence evidence) {

    public ApplicantFacts {
        evidence = evidence == null ? Evidence.none() : evidence;
    }
}
