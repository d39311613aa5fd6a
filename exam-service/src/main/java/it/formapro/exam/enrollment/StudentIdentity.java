package it.formapro.exam.enrollment;

import java.time.LocalDate;

/** The identity a certificate must carry (D.lgs 13/2013 art. 6), from enrollment-service. */
public record StudentIdentity(long studentId, String firstName, String lastName, LocalDate birthDate,
                              String birthPlace, String fiscalCode) {
}
