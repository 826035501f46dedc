package dev.emcee.core.organize;

import dev.emcee.core.schedule.RoomId;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * An organizer's announcement waiting for confirmation.
 *
 * @param id what its Confirm button carries ({@code b1|ID})
 * @param requestedBy who asked for it ({@code "slack:U123"})
 * @param rooms the rooms whose channels get it; none: the digest channels
 */
public record PendingBroadcast(String id, String text, String requestedBy, Instant requestedAt, List<RoomId> rooms) {
    public PendingBroadcast {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(requestedBy, "requestedBy");
        Objects.requireNonNull(requestedAt, "requestedAt");
        rooms = List.copyOf(rooms);
    }

    /** An announcement to the digest channels. */
    public PendingBroadcast(String id, String text, String requestedBy, Instant requestedAt) {
        this(id, text, requestedBy, requestedAt, List.of());
    }
}
