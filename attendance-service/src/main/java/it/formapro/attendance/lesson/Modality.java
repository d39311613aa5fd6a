package it.formapro.attendance.lesson;

/** How the hours of a lesson are delivered (aula, laboratorio, FAD sincrona/asincrona, tirocinio). */
public enum Modality {
    CLASSROOM, LAB, ELEARNING_SYNC, ELEARNING_ASYNC, INTERNSHIP;

    public boolean isElearning() {
        return this == ELEARNING_SYNC || this == ELEARNING_ASYNC;
    }

    /**
     * Whether a presence may lie anywhere in the day rather than within the lesson's hours: asynchronous e-learning is
     * followed when the student chooses, its time where the platform logged it.
     */
    public boolean anyTimeOfDay() {
        return this == ELEARNING_ASYNC;
    }
}
