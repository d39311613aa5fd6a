package it.formapro.exam.catalog;

import io.quarkus.cache.CacheResult;
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
}
