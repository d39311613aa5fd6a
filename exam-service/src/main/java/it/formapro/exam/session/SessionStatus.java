package it.formapro.exam.session;

import java.util.Set;

/**
 * SCHEDULED -> HELD -> CLOSED; a CLOSED session is final (its outcomes change only to correct a revoked document).
 * SCHEDULED -> CANCELLED for an exam that will not take place (board not appointed, venue lost): nothing was assessed,
 * so nothing is recorded or issued in it, and the edition's students sit a session scheduled anew.
 */
public enum SessionStatus {
    SCHEDULED, HELD, CLOSED, CANCELLED;

    public Set<SessionStatus> next() {
        return switch (this) {
            case SCHEDULED -> Set.of(HELD, CANCELLED);
            case HELD -> Set.of(CLOSED);
            case CLOSED, CANCELLED -> Set.of();
        };
    }

    public boolean canMoveTo(SessionStatus target) {
        return next().contains(target);
    }
}
