package it.formapro.enrollment.downstream;

/**
 * The other service answered with a 4xx: our request was refused, so retrying or opening the circuit would not
 * help. Fault tolerance aborts retries on it and does not count it as a failure.
 */
public class DownstreamRejection extends RuntimeException {

    private final int status;
    private final String body;

    public DownstreamRejection(int status, String body) {
        super("HTTP " + status);
        this.status = status;
        this.body = body;
    }

    public int status() {
        return status;
    }

    /** The problem+json body of the other service, if any (never contains our own personal data: it is their answer). */
    public String body() {
        return body;
    }
}
