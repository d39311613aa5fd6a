package it.formapro.exam.downstream;

/** A downstream service answered 5xx: worth a retry, and counted by the circuit breaker. */
public class DownstreamFailure extends RuntimeException {

    public DownstreamFailure(String message) {
        super(message);
    }
}
