package dev.emcee.core;

import java.util.Objects;

/**
 * Claims that start in this process and move to the store the instances share once it is open: the platforms
 * connect before the database is migrated, and a question asked in between is still answered (once per delivery
 * on this instance).
 */
public final class LocalThenSharedClaims implements InboundClaims {
    private final InboundClaims local;
    private volatile InboundClaims current;

    public LocalThenSharedClaims(InboundClaims local) {
        this.local = Objects.requireNonNull(local, "local");
        this.current = local;
    }

    /** From now on, claims are made in {@code shared}. */
    public void share(InboundClaims shared) {
        current = Objects.requireNonNull(shared, "shared");
    }

    /** Back to claims in this process (the shared store is closing). */
    public void unshare() {
        current = local;
    }

    @Override
    public boolean claim(InboundKey key) {
        return current.claim(key);
    }
}
