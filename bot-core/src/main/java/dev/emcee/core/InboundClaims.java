package dev.emcee.core;

/**
 * Decides which instance answers an inbound message: every instance that receives a delivery asks for its key,
 * and only the first to ask is told yes. The others (and a platform's retries of the same delivery) acknowledge
 * it and stay silent.
 */
@FunctionalInterface
public interface InboundClaims {
    /** Every delivery is answered: for code paths that never see the same delivery twice. */
    InboundClaims EVERY = key -> true;

    /**
     * Claims a delivery.
     *
     * @return true when this caller is the first to claim {@code key} and must answer it; false when another
     *     instance (or an earlier delivery) already did
     */
    boolean claim(InboundKey key);
}
