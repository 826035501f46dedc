package dev.emcee.core.organize;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One entry of the overlay: a change an organizer made from the chat, who made it and when, and whether it was
 * undone (undone entries are kept, so that the listing tells the whole story, but no longer apply).
 *
 * @param id the entry's number, increasing in the order the changes were made
 * @param madeBy who made it ({@code "slack:U123"}, {@code "console:operator"})
 */
public record ScheduleOverride(long id, SessionChange change, String madeBy, Instant madeAt,
        Optional<String> undoneBy, Optional<Instant> undoneAt) {
    public ScheduleOverride {
        Objects.requireNonNull(change, "change");
        Objects.requireNonNull(madeBy, "madeBy");
        Objects.requireNonNull(madeAt, "madeAt");
        Objects.requireNonNull(undoneBy, "undoneBy");
        Objects.requireNonNull(undoneAt, "undoneAt");
    }

    /** Whether the entry still applies. */
    public boolean active() {
        return undoneAt.isEmpty();
    }
}
