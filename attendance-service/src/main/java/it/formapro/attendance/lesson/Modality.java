package it.formapro.attendance.lesson;

/** How the hours of a lesson are delivered (aula, laboratorio, FAD sincrona/asincrona, tirocinio). */
public enum Modality {
    CLASSROOM, LAB, ELEARNING_SYNC, ELEARNING_ASYNC, INTERNSHIP;

    public boolean isElearning() {
        return this == ELEARNING_SYNC || this == ELEARNING_ASYNC;
    }
}
