package it.formapro.common.reports;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.RequestScoped;

/**
 * The report turn an HTTP request holds, kept until the request ends: the answer of an edition-wide report is as
 * large as the report (10 MB of JSON for 3 000 students) and is written after the report's method has returned, so
 * the turn is given back only when the request context ends, after the answer is written. One turn per request: a
 * report that computes another report inside it (the admission figures from the summary) does not wait for itself.
 */
@RequestScoped
public class RequestTurn {

    private ReportGate.Turn turn;

    boolean held() {
        return turn != null;
    }

    void hold(ReportGate.Turn taken) {
        this.turn = taken;
    }

    @PreDestroy
    void giveBack() {
        if (turn != null) {
            turn.close();
        }
    }
}
