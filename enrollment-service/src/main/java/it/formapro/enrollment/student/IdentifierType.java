package it.formapro.enrollment.student;

/** Identifier of a foreign student who has no codice fiscale yet. */
public enum IdentifierType {
    PASSPORT, IDENTITY_CARD, RESIDENCE_PERMIT_NUMBER, OTHER
}
