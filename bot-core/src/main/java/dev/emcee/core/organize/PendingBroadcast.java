package dev.emcee.core.organize;

import java.time.Instant;
import java.util.Objects;

/**
 * An organizer's announcement waiting for confirmation.
 *
 * @param id what its Confirm button carries ({@code b1|ID})
 * @param requestedBy who asked for it ({@code "slack:U123"})
 */
public record PendingBroadcast(String id, String text, String requestedBy, Instant requestedAt) {
    public PendingBroadcast {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(requestedBy, "requestedBy");
        Objects.requireNonNull(requestedAt, "requestedAt");
    }
}
