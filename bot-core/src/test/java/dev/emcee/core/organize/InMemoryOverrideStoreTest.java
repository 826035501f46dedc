package dev.emcee.core.organize;

import dev.emcee.core.testing.OverrideStoreContract;

class InMemoryOverrideStoreTest extends OverrideStoreContract {
    @Override
    protected OverrideStore store() {
        return new InMemoryOverrideStore();
    }
}
