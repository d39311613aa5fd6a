package it.formapro.exam.session;

import java.util.Set;

/** SCHEDULED -> HELD -> CLOSED; a CLOSED session is final (its outcomes cannot change). */
public enum SessionStatus {
    SCHEDULED, HELD, CLOSED;

    public Set<SessionStatus> next() {
        return switch (this) {
            case SCHEDULED -> Set.of(HELD);
            case HELD -> Set.of(CLOSED);
            case CLOSED -> Set.of();
        };
    }

    public boolean canMoveTo(SessionStatus target) {
        return next().contains(target);
    }
}
