package dev.emcee.core.organize;

import java.time.Instant;
import java.util.Optional;

/**
 * Where announcements wait for their confirmation, shared by the instances on one database, so that a Confirm click
 * reaching any instance finds the text, and exactly one of them posts it.
 */
public interface BroadcastStore {
    /** Keeps {@code broadcast} until it is taken or expires. */
    void hold(PendingBroadcast broadcast);

    /**
     * Takes the broadcast {@code id} for posting, once: the first caller gets it, every later one (on any
     * instance) gets nothing; so does a caller after {@code notBefore} has passed its request time.
     *
     * @param notBefore the oldest request time still taken (older previews have expired)
     */
    Optional<PendingBroadcast> take(String id, String by, Instant at, Instant notBefore);
}
