package it.formapro.exam.downstream;

/**
 * A downstream service answered 4xx: retrying will not help, so fault tolerance aborts on it and the circuit
 * breaker does not count it as a failure of the service.
 */
public class DownstreamRefusal extends RuntimeException {

    private final int status;

    public DownstreamRefusal(int status, String message) {
        super(message);
        this.status = status;
    }

    public int status() {
        return status;
    }
}
