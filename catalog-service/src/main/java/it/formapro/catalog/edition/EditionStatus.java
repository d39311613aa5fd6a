package it.formapro.catalog.edition;

import java.util.EnumSet;
import java.util.Set;

/** The life of a course edition. Moves only forward; CLOSED is final (a cancelled edition is closed too). */
public enum EditionStatus {
    PLANNED, OPEN, RUNNING, CLOSED;

    public Set<EditionStatus> allowedNext() {
        return switch (this) {
            case PLANNED -> EnumSet.of(OPEN, CLOSED);
            case OPEN -> EnumSet.of(RUNNING, CLOSED);
            case RUNNING -> EnumSet.of(CLOSED);
            case CLOSED -> EnumSet.noneOf(EditionStatus.class);
        };
    }

    public boolean canMoveTo(EditionStatus next) {
        return allowedNext().contains(next);
    }
}
