package it.formapro.exam.enrollment;

import java.time.LocalDate;

/**
 * The identity a certificate must carry (D.lgs 13/2013 art. 6), from enrollment-service: {@code identityDocument} is
 * the document on file, null for a student without one (and in an answer of an enrollment-service that predates it).
 */
public record StudentIdentity(long studentId, String firstName, String lastName, LocalDate birthDate,
                              String birthPlace, String fiscalCode, Document identityDocument) {

    /**
     * enrollment-service's identity document: its type as a string (PASSPORT, IDENTITY_CARD, RESIDENCE_PERMIT_NUMBER,
     * OTHER), so that a type added there is printed as it comes instead of failing the issue; the issuing country's
     * ISO 3166-1 alpha-2 code, null for a document recorded before the country was asked; the number.
     */
    public record Document(String type, String country, String number) {
    }
}
