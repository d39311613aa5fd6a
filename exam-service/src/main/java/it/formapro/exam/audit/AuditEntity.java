package it.formapro.exam.audit;

/** What an audit event is about: its {@code entityType}, and the filter GET /audit-events accepts. */
public enum AuditEntity {
    EXAM_SESSION, ADMISSION_LIST, OUTCOME, DOCUMENT
}
