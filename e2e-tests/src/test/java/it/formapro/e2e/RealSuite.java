package it.formapro.e2e;

import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Starts the real suite once for all end-to-end test classes (on fresh databases) and stops it after the last
 * one, unless -Dformapro.keepSuite=true.
 */
public class RealSuite implements BeforeAllCallback {

    static final Suite SUITE = Suite.fromSystemProperty();

    @Override
    public void beforeAll(ExtensionContext context) {
        context.getRoot().getStore(ExtensionContext.Namespace.GLOBAL).getOrComputeIfAbsent(RealSuite.class, key -> {
            SUITE.upFresh();
            return (ExtensionContext.Store.CloseableResource) () -> {
                if (!Boolean.getBoolean("formapro.keepSuite")) {
                    SUITE.down();
                }
            };
        });
    }
}
