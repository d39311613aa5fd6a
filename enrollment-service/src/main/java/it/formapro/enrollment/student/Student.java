package it.formapro.enrollment.student;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import it.formapro.common.privacy.Pseudonym;
import it.formapro.common.time.Timestamps;
import it.formapro.enrollment.eligibility.ApplicantFacts;
import it.formapro.enrollment.eligibility.CefrLevel;
import it.formapro.enrollment.eligibility.Citizenship;
import it.formapro.enrollment.eligibility.EducationKind;
import it.formapro.enrollment.eligibility.Evidence;
import it.formapro.enrollment.eligibility.TitleOrigin;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * A student known to the front desk: identity, contacts and the evidence on file for the entry requirements.
 * Personal data: only admin and frontdesk see it (exam-board gets the identity a certificate needs).
 * No toString with personal data: entities must never print the codice fiscale into a log.
 */
@Entity
@Table(name = "student")
public class Student extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    /** Optimistic locking: a stale update is refused with 409. */
    @Version
    public int version;

    @Column(name = "first_name", nullable = false)
    public String firstName;

    @Column(name = "last_name", nullable = false)
    public String lastName;

    @Column(name = "fiscal_code")
    public String fiscalCode;

    @Enumerated(EnumType.STRING)
    @Column(name = "other_id_type")
    public IdentifierType otherIdType;

    /** ISO 3166-1 alpha-2 code of the country that issued the document; null only on a document recorded before V10. */
    @Column(name = "other_id_country")
    public String otherIdCountry;

    /**
     * Stored normalised ({@link IdentityDocument#normalizeNumber}): upper case, no blanks. With type and country, one
     * live student's (V10 student_identity_document_uk), with or without a codice fiscale.
     */
    @Column(name = "other_id_value")
    public String otherIdValue;

    /**
     * Set by migrations V7 and V10 on a student found sharing its identity document with an older student (the oldest
     * one's id): the front desk resolves the pair; a successful update clears it.
     */
    @Column(name = "duplicate_of")
    public Long duplicateOf;

    /** Null only once erased. */
    @Column(name = "birth_date")
    public LocalDate birthDate;

    @Column(name = "birth_place")
    public String birthPlace;

    /** Null only once erased. */
    @Enumerated(EnumType.STRING)
    public Citizenship citizenship;

    @Column(name = "citizenship_country")
    public String citizenshipCountry;

    public String email;
    public String phone;

    @Enumerated(EnumType.STRING)
    @Column(name = "education_kind")
    public EducationKind educationKind;
    @Column(name = "education_eqf")
    public Integer educationEqf;
    @Enumerated(EnumType.STRING)
    @Column(name = "education_obtained_in")
    public TitleOrigin educationObtainedIn;
    @Column(name = "education_statement")
    public Boolean educationStatement;
    @Column(name = "education_description")
    public String educationDescription;
    @Column(name = "education_obtained_on")
    public LocalDate educationObtainedOn;

    @Enumerated(EnumType.STRING)
    @Column(name = "italian_cert_level")
    public CefrLevel italianCertLevel;
    @Column(name = "italian_cert_issuer")
    public String italianCertIssuer;
    @Column(name = "italian_cert_issued_on")
    public LocalDate italianCertIssuedOn;

    @Enumerated(EnumType.STRING)
    @Column(name = "italian_test_level")
    public CefrLevel italianTestLevel;
    @Column(name = "italian_test_taken_on")
    public LocalDate italianTestTakenOn;

    @Column(name = "permit_expires_on")
    public LocalDate permitExpiresOn;
    @Column(name = "permit_renewal_applied_on")
    public LocalDate permitRenewalAppliedOn;

    @Column(name = "right_duty_fulfilled")
    public Boolean rightDutyFulfilled;

    @Column(name = "competence_check_passed")
    public Boolean competenceCheckPassed;
    @Column(name = "competence_check_on")
    public LocalDate competenceCheckOn;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt = Timestamps.now();

    /** Set by the erasure (GDPR art. 17): from then on the row holds the pseudonym and nothing personal. */
    @Column(name = "erased_at")
    public OffsetDateTime erasedAt;
    @Column(name = "erased_by")
    public String erasedBy;
    @Column(name = "erasure_reason")
    public String erasureReason;

    public boolean isErased() {
        return erasedAt != null;
    }

    /**
     * Replaces the identity with the pseudonym every service uses and forgets contacts and evidence. The id stays:
     * enrollments, registers and certificates the law requires us to keep refer to it (GDPR art. 17(3)(b)).
     */
    public void erase(String by, String reason, OffsetDateTime at) {
        firstName = Pseudonym.FIRST_NAME;
        lastName = Pseudonym.lastName(id);
        fiscalCode = null;
        otherIdType = null;
        otherIdCountry = null;
        otherIdValue = null;
        birthDate = null;
        birthPlace = null;
        citizenship = null;
        citizenshipCountry = null;
        email = null;
        phone = null;
        setEvidence(null);
        erasedAt = at;
        erasedBy = by;
        erasureReason = reason;
    }

    public static Student byFiscalCode(String fiscalCode) {
        return find("fiscalCode", fiscalCode).firstResult();
    }

    /** The identity document on file, or null for none (a type without a number is none). */
    public IdentityDocument document() {
        String number = IdentityDocument.normalizeNumber(otherIdValue);
        return otherIdType == null || number == null ? null : new IdentityDocument(otherIdType, otherIdCountry, number);
    }

    /**
     * The live student other than {@code exceptId} who holds this document, with or without a codice fiscale, or null:
     * the students with its type and number (compared as the unique index student_identity_document_uk compares them,
     * V10), of whom {@link IdentityDocument#holder} picks the one holding the same document. The students marked as
     * duplicates of {@code exceptId} are left out: they wait for the front desk, and the student they point at stays
     * free to be corrected (it is the record that lets them be told apart).
     */
    public static Student byDocument(IdentityDocument doc, Long exceptId) {
        @SuppressWarnings("unchecked")
        List<Student> sameNumber = getEntityManager().createNativeQuery("SELECT * FROM student WHERE erased_at IS NULL"
                        + " AND other_id_value IS NOT NULL AND other_id_type = :type"
                        + " AND upper(regexp_replace(other_id_value, '\\s', '', 'g')) = upper(regexp_replace(:number, '\\s', '', 'g'))"
                        + " AND id <> :except AND (duplicate_of IS NULL OR duplicate_of <> :except)"
                        + " ORDER BY (duplicate_of IS NOT NULL), id", Student.class)
                .setParameter("type", doc.type().name()).setParameter("number", doc.number())
                .setParameter("except", exceptId == null ? -1L : exceptId).getResultList();
        return IdentityDocument.holder(doc, sameNumber, Student::document).orElse(null);
    }

    public Evidence evidence() {
        return new Evidence(
                educationKind == null ? null
                        : new Evidence.EducationTitle(educationKind, educationEqf, educationObtainedIn, educationStatement,
                                educationDescription, educationObtainedOn),
                italianCertLevel == null ? null : new Evidence.LanguageCertificate(italianCertLevel, italianCertIssuer, italianCertIssuedOn),
                italianTestLevel == null ? null : new Evidence.EntryTest(italianTestLevel, italianTestTakenOn),
                permitExpiresOn == null ? null : new Evidence.ResidencePermit(permitExpiresOn),
                permitRenewalAppliedOn == null ? null : new Evidence.RenewalReceipt(permitRenewalAppliedOn),
                rightDutyFulfilled,
                competenceCheckPassed == null ? null : new Evidence.CompetenceCheck(competenceCheckPassed, competenceCheckOn));
    }

    public void setEvidence(Evidence ev) {
        Evidence e = ev == null ? Evidence.none() : ev;
        var t = e.educationTitle();
        educationKind = t == null ? null : t.kind();
        educationEqf = t == null ? null : t.eqfLevel();
        educationObtainedIn = t == null ? null : t.obtainedIn();
        educationStatement = t == null ? null : t.statementOfComparability();
        educationDescription = t == null ? null : t.description();
        educationObtainedOn = t == null ? null : t.obtainedOn();
        var c = e.italianCertificate();
        italianCertLevel = c == null ? null : c.level();
        italianCertIssuer = c == null ? null : c.issuer();
        italianCertIssuedOn = c == null ? null : c.issuedOn();
        var test = e.italianEntryTest();
        italianTestLevel = test == null ? null : test.level();
        italianTestTakenOn = test == null ? null : test.takenOn();
        permitExpiresOn = e.residencePermit() == null ? null : e.residencePermit().expiresOn();
        permitRenewalAppliedOn = e.permitRenewalReceipt() == null ? null : e.permitRenewalReceipt().appliedOn();
        rightDutyFulfilled = e.rightDutyFulfilled();
        competenceCheckPassed = e.competenceCheck() == null ? null : e.competenceCheck().passed();
        competenceCheckOn = e.competenceCheck() == null ? null : e.competenceCheck().checkedOn();
    }

    /**
     * Records documents an application presented, in place of those of the same kind on file (the others stay): a
     * front-desk application at once, a portal's once the front desk accepts them.
     */
    public void recordPresented(Evidence presented) {
        setEvidence(evidence().updatedWith(presented));
    }

    public ApplicantFacts facts() {
        return new ApplicantFacts(birthDate, citizenship, evidence());
    }

    @Override
    public String toString() {
        return "Student#" + id;
    }
}
