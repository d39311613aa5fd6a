package it.formapro.enrollment.downstream;

/** The other service answered with a 5xx: worth a retry, counts towards opening the circuit. */
public class DownstreamFailure extends RuntimeException {

    public DownstreamFailure(int status) {
        super("HTTP " + status);
    }
}
