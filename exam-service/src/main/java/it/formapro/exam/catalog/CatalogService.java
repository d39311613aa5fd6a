package it.formapro.exam.catalog;

import it.formapro.exam.downstream.Downstream;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

@ApplicationScoped
public class CatalogService {

    public static final String NAME = "catalog-service";

    @Inject
    CatalogGateway client;

    public EditionRules rules(long editionId) {
        return Downstream.call(NAME, "the rules of edition " + editionId, () -> client.rules(editionId));
    }
}
