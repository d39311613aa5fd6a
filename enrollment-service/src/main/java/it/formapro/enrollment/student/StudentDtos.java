package it.formapro.enrollment.student;

import it.formapro.common.validation.PlausibleDate;
import it.formapro.enrollment.eligibility.Citizenship;
import it.formapro.enrollment.eligibility.Evidence;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Past;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The JSON shapes of the student API. */
public final class StudentDtos {

    private StudentDtos() {
    }

    @Schema(name = "StudentInput", description = "A student's identity, contacts and evidence. Either a codice fiscale or "
            + "another identifier (foreign students without one: an identity document's type, issuing country and number) is "
            + "required. An identity document is one person's, with or without a codice fiscale: a student may not hold "
            + "the document another live student holds (409 duplicate-student). When citizenshipCountry is given it must agree "
            + "with citizenship: ITALIAN is Italy, EU one of the 26 other EU member states, NON_EU neither. With a codice "
            + "fiscale, birthDate must agree with the birth day it encodes (day, month and the year's last two digits).",
            examples = {StudentInput.ITALIAN_EXAMPLE, StudentInput.FOREIGN_EXAMPLE})
    @ConsistentCitizenship
    @ConsistentBirthDate
    public record StudentInput(
            @NotBlank @Size(max = 100) @Schema(examples = "Mario") String firstName,
            @NotBlank @Size(max = 100) @Schema(examples = "Rossi") String lastName,
            @ValidFiscalCode @Schema(description = "Codice fiscale: format and check character are verified; omocodia letters "
                    + "accepted; the birth day it encodes must agree with birthDate",
                    examples = "RSSMRA85T10A562S") String fiscalCode,
            @Schema(description = "Type of the identity document, for students without a codice fiscale (required with "
                    + "otherIdValue)", examples = "PASSPORT")
            IdentifierType otherIdType,
            @IsoCountryCode @Schema(description = "ISO 3166-1 alpha-2 code of the country that issued the identity document "
                    + "(case ignored, stored in upper case; XK for Kosovo); 400 for a code that is not one. Required with otherIdValue: "
                    + "passports of different countries may carry the same number. An update that keeps otherIdType and "
                    + "otherIdValue as they are may leave it out: the country on file stays (none for a document recorded "
                    + "before the country was asked)", examples = "MA") String otherIdCountry,
            @Size(max = 60) @Schema(description = "Number of the identity document; stored in upper case without blanks. "
                    + "Type, issuing country and number identify the document: a second live student with the same "
                    + "ones is refused (409), with or without a codice fiscale", examples = "YA1234567") String otherIdValue,
            @NotNull @Past @PlausibleDate @Schema(description = "Must agree with the codice fiscale, if any: day, month and the year's last two "
                    + "digits (the code does not encode the century)", examples = "1985-12-10") LocalDate birthDate,
            @Size(max = 120) @Schema(description = "Place of birth (municipality, or country if abroad)", examples = "Pescara")
            String birthPlace,
            @NotNull @Schema(description = "ITALIAN, EU or NON_EU: decides the Italian-language and residence-permit rules",
                    examples = "ITALIAN") Citizenship citizenship,
            @Size(max = 80) @Schema(description = "Country of citizenship: a name in English or Italian, or the ISO 3166 alpha-2 code; "
                    + "must agree with citizenship", examples = "Italia") String citizenshipCountry,
            @Email @Size(max = 200) @Schema(examples = "mario.rossi@example.org") String email,
            @Size(max = 40) @Pattern(regexp = "^[+0-9 ()-]*$", message = "must be a phone number") @Schema(examples = "+39 085 1234567")
            String phone,
            @Valid @Schema(description = "Evidence on file for the entry requirements") Evidence evidence) {

        /**
         * Whole examples, since one built from the fields' own would mix the two ways of identifying a student and
         * the documents of an Italian and of a foreign citizen. The codice fiscale encodes the birth date given.
         */
        public static final String ITALIAN_EXAMPLE = "{\"firstName\": \"Mario\", \"lastName\": \"Rossi\", "
                + "\"fiscalCode\": \"RSSMRA85T10A562S\", \"birthDate\": \"1985-12-10\", \"birthPlace\": \"Pescara\", "
                + "\"citizenship\": \"ITALIAN\", \"citizenshipCountry\": \"Italia\", \"email\": \"mario.rossi@example.org\", "
                + "\"phone\": \"+39 085 1234567\", \"evidence\": {\"educationTitle\": {\"kind\": \"UPPER_SECONDARY\", "
                + "\"eqfLevel\": 4, \"obtainedIn\": \"ITALIAN_SCHOOL\", \"description\": \"Diploma di ragioneria\", "
                + "\"obtainedOn\": \"2004-07-08\"}}}";
        public static final String FOREIGN_EXAMPLE = "{\"firstName\": \"Amina\", \"lastName\": \"El Idrissi\", "
                + "\"otherIdType\": \"PASSPORT\", \"otherIdCountry\": \"MA\", \"otherIdValue\": \"YA1234567\", "
                + "\"birthDate\": \"1996-04-02\", \"birthPlace\": \"Casablanca (Marocco)\", \"citizenship\": \"NON_EU\", "
                + "\"citizenshipCountry\": \"MA\", \"email\": \"amina.elidrissi@example.org\", \"evidence\": {"
                + "\"educationTitle\": {\"kind\": \"UPPER_SECONDARY\", \"eqfLevel\": 4, \"obtainedIn\": \"ABROAD\", "
                + "\"statementOfComparability\": true}, \"italianCertificate\": {\"level\": \"B1\", "
                + "\"issuer\": \"CILS - Università per Stranieri di Siena\", \"issuedOn\": \"2025-05-20\"}, "
                + "\"residencePermit\": {\"expiresOn\": \"2027-12-31\"}}}";
    }

    @Schema(name = "StudentUpdate", description = "Full replacement of a student, guarded by the version read before (optimistic locking)")
    public record StudentUpdate(
            @NotNull @Schema(description = "The version you read; a stale one is refused with 409", examples = "0") Integer version,
            @NotNull @Valid StudentInput student) {
    }

    @Schema(name = "Student", description = "A student with personal data (admin and frontdesk only)")
    public record StudentView(
            @Schema(examples = "5") long id,
            @Schema(description = "Optimistic-locking version, send it back on update", examples = "0") int version,
            @Schema(examples = "Mario") String firstName,
            @Schema(examples = "Rossi") String lastName,
            @Schema(description = "Null for a student without one, or erased", examples = "RSSMRA85T10A562S", nullable = true)
            String fiscalCode,
            @Schema(description = "Null without an identity document on file, or erased", nullable = true)
            IdentifierType otherIdType,
            @Schema(description = "ISO 3166-1 alpha-2 code of the country that issued the identity document; null for a "
                    + "document recorded before the country was asked (it then matches the same type and number of any "
                    + "country until the front desk records it)", examples = "MA", nullable = true) String otherIdCountry,
            @Schema(description = "Null without an identity document on file, or erased", nullable = true) String otherIdValue,
            @Schema(description = "Null once erased", examples = "1985-12-10", nullable = true) LocalDate birthDate,
            @Schema(description = "Null when not given, or erased", examples = "Pescara", nullable = true) String birthPlace,
            @Schema(description = "Null once erased", nullable = true) Citizenship citizenship,
            @Schema(description = "Null when not given, or erased", examples = "Italia", nullable = true) String citizenshipCountry,
            @Schema(description = "Null when not given, or erased", nullable = true) String email,
            @Schema(description = "Null when not given, or erased", nullable = true) String phone,
            Evidence evidence,
            @Schema(description = "When the student was erased (GDPR art. 17); the names are then the pseudonym and "
                    + "every other personal field is null; null unless erased", nullable = true) OffsetDateTime erasedAt,
            @Schema(description = "Who erased the student; null unless erased", nullable = true) String erasedBy,
            @Schema(description = "The erasure request it answered, e.g. its protocol number; null unless erased",
                    nullable = true) String erasureReason,
            @Schema(description = "Set when this student shares its identity document (type and number) with an older "
                    + "student (that student's id; found when such duplicates were first refused, among the students "
                    + "without a codice fiscale and then among all): it cannot be enrolled until the front desk corrects "
                    + "the document of the record that holds a wrong one (its number, type or issuing country) or erases "
                    + "the extra record; null otherwise", examples = "4", nullable = true) Long duplicateOf) {

        public static StudentView of(Student s) {
            return new StudentView(s.id, s.version, s.firstName, s.lastName, s.fiscalCode, s.otherIdType, s.otherIdCountry, s.otherIdValue,
                    s.birthDate, s.birthPlace, s.citizenship, s.citizenshipCountry, s.email, s.phone, s.evidence(),
                    s.erasedAt, s.erasedBy, s.erasureReason, s.duplicateOf);
        }
    }

    @Schema(name = "StudentIdentity", description = "The identity a certificate must carry (D.lgs 13/2013 art. 6); nothing "
            + "else", examples = {IdentityView.ITALIAN_EXAMPLE, IdentityView.FOREIGN_EXAMPLE})
    public record IdentityView(
            @Schema(examples = "5") long studentId,
            @Schema(examples = "Mario") String firstName,
            @Schema(examples = "Rossi") String lastName,
            @Schema(examples = "1985-12-10") LocalDate birthDate,
            @Schema(description = "Null when not on file", examples = "Pescara", nullable = true) String birthPlace,
            @Schema(description = "Null for a student without a codice fiscale, who is then identified by identityDocument",
                    examples = "RSSMRA85T10A562S", nullable = true) String fiscalCode,
            @Schema(description = "The identity document on file (type, issuing country, number), given whenever the "
                    + "student has one, with or without a codice fiscale: a holder without a codice fiscale is "
                    + "identified by it (D.lgs 13/2013 art. 6). Null for a student without one",
                    nullable = true) IdentityDocumentView identityDocument) {

        /** Whole answers, since one built from the fields' own would give an Italian student a foreign passport too. */
        public static final String ITALIAN_EXAMPLE = "{\"studentId\": 5, \"firstName\": \"Mario\", \"lastName\": "
                + "\"Rossi\", \"birthDate\": \"1985-12-10\", \"birthPlace\": \"Pescara\", \"fiscalCode\": "
                + "\"RSSMRA85T10A562S\", \"identityDocument\": null}";
        public static final String FOREIGN_EXAMPLE = "{\"studentId\": 7, \"firstName\": \"Amina\", "
                + "\"lastName\": \"El Idrissi\", \"birthDate\": \"1996-04-02\", \"birthPlace\": \"Casablanca (Marocco)\", "
                + "\"fiscalCode\": null, \"identityDocument\": {\"type\": \"PASSPORT\", \"country\": \"MA\", "
                + "\"number\": \"YA1234567\"}}";

        public static IdentityView of(Student s) {
            return new IdentityView(s.id, s.firstName, s.lastName, s.birthDate, s.birthPlace, s.fiscalCode,
                    IdentityDocumentView.of(s.document()));
        }
    }

    @Schema(name = "StudentIdentityDocument", description = "A student's identity document as on file: its type, the "
            + "country that issued it and its number", examples = "{\"type\": \"PASSPORT\", \"country\": \"MA\", "
            + "\"number\": \"YA1234567\"}")
    public record IdentityDocumentView(
            @Schema(examples = "PASSPORT") IdentifierType type,
            @Schema(description = "ISO 3166-1 alpha-2 code of the country that issued it; null for a document recorded "
                    + "before the country was asked, until the front desk records it", examples = "MA", nullable = true)
            String country,
            @Schema(description = "The number, in upper case without blanks", examples = "YA1234567") String number) {

        /** The view of a document on file, or null for none. */
        public static IdentityDocumentView of(IdentityDocument d) {
            return d == null ? null : new IdentityDocumentView(d.type(), d.country(), d.number());
        }
    }
}
