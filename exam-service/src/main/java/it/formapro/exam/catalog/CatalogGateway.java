package it.formapro.exam.catalog;

import it.formapro.exam.downstream.DownstreamRefusal;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/**
 * The fault-tolerance policy of the calls to catalog-service: bounded wait, one retry of a failure (not of a 4xx),
 * and a circuit breaker so a dead service is not hammered. Tunable per method with the MicroProfile keys
 * {@code it.formapro.exam.catalog.CatalogGateway/rules/Timeout/value} etc.
 */
@ApplicationScoped
public class CatalogGateway {

    @RestClient
    CatalogClient client;

    @Timeout(3000)
    @Retry(maxRetries = 1, delay = 200, abortOn = DownstreamRefusal.class)
    @CircuitBreaker(requestVolumeThreshold = 10, failureRatio = 0.5, delay = 5000, skipOn = DownstreamRefusal.class)
    public EditionRules rules(long editionId) {
        return client.rules(editionId);
    }
}
