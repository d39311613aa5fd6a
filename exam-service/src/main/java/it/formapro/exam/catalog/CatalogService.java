package it.formapro.exam.catalog;

import io.quarkus.cache.CacheResult;
import it.formapro.common.problem.ProblemException;
import it.formapro.exam.downstream.Downstream;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

@ApplicationScoped
public class CatalogService {

    public static final String NAME = "catalog-service";

    @Inject
    CatalogGateway client;

    /**
     * The same rules kept for a minute (quarkus.cache "edition-rules"), for the live admission list only: a board
     * reviews it again and again while attendance is still being recorded, and the catalogue's rules change only with
     * a new act. Freezing the list reads them fresh; failures are not cached.
     */
    @CacheResult(cacheName = "edition-rules")
    public EditionRules cachedRules(long editionId) {
        return rules(editionId);
    }

    public EditionRules rules(long editionId) {
        return Downstream.call(NAME, "the rules of edition " + editionId, () -> client.rules(editionId));
    }

    /**
     * The rules of an edition named in the request's path: one the catalogue does not know is a 404 (the resource
     * addressed does not exist), not the 422 of {@link #rules} (a reference in a body or in a session).
     */
    public EditionRules rulesOfEdition(long editionId) {
        return Downstream.call(NAME, "the rules of edition " + editionId, () -> client.rules(editionId), 404,
                () -> new ProblemException(404, "unknown-edition", "Resource not found", "Edition " + editionId
                        + " does not exist in " + NAME + "; nothing was issued", null,
                        ProblemException.figures("editionId", editionId, "service", NAME)));
    }
}
