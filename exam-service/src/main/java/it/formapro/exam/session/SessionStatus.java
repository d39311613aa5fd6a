package it.formapro.exam.session;

import java.util.EnumSet;
import java.util.Set;

/**
 * SCHEDULED -> HELD -> CLOSED; a CLOSED session is final (its outcomes change only to correct a revoked document).
 * SCHEDULED -> CANCELLED for an exam that will not take place (board not appointed, venue lost): nothing was assessed,
 * so nothing is recorded or issued in it, and the edition's students sit a session scheduled anew.
 */
public enum SessionStatus {
    SCHEDULED, HELD, CLOSED, CANCELLED;

    /** In declaration order (an EnumSet), so that refusals and {@code allowedNext} list them the same way every time. */
    public Set<SessionStatus> next() {
        return switch (this) {
            case SCHEDULED -> EnumSet.of(HELD, CANCELLED);
            case HELD -> EnumSet.of(CLOSED);
            case CLOSED, CANCELLED -> EnumSet.noneOf(SessionStatus.class);
        };
    }

    public boolean canMoveTo(SessionStatus target) {
        return next().contains(target);
    }
}
