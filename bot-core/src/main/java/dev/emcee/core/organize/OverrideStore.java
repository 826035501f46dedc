package dev.emcee.core.organize;

import java.time.Instant;
import java.util.List;

/**
 * Where the overlay of organizers' changes is kept: in memory for a one-off command, in the shared database for
 * {@code emcee run}, so that every instance applies the same changes and they survive restarts.
 */
public interface OverrideStore {
    /** Every entry, undone ones too, in the order they were made. */
    List<ScheduleOverride> all();

    /** Records {@code change} as made by {@code by} at {@code at}; returns the new entry. */
    ScheduleOverride add(SessionChange change, String by, Instant at);

    /** Marks the entry {@code id} undone; false when there is no such active entry. */
    boolean undo(long id, String by, Instant at);
}
