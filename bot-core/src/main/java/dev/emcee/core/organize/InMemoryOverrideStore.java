package dev.emcee.core.organize;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The overlay kept in this process only ({@code emcee chat}, {@code emcee ask}, tests). */
public final class InMemoryOverrideStore implements OverrideStore {
    private final List<ScheduleOverride> entries;

    /** An empty overlay. */
    public InMemoryOverrideStore() {
        this(List.of());
    }

    /** An overlay holding {@code entries} (read from the database by a one-off command). */
    public InMemoryOverrideStore(List<ScheduleOverride> entries) {
        this.entries = new ArrayList<>(entries);
    }

    @Override
    public synchronized List<ScheduleOverride> all() {
        return List.copyOf(entries);
    }

    @Override
    public synchronized ScheduleOverride add(SessionChange change, String by, Instant at) {
        ScheduleOverride entry = new ScheduleOverride(entries.isEmpty() ? 1L : entries.get(entries.size() - 1).id() + 1, change, by, at, Optional.empty(),
                Optional.empty());
        entries.add(entry);
        return entry;
    }

    @Override
    public synchronized boolean undo(long id, String by, Instant at) {
        for (int i = 0; i < entries.size(); i++) {
            ScheduleOverride e = entries.get(i);
            if (e.id() == id && e.active()) {
                entries.set(i, new ScheduleOverride(e.id(), e.change(), e.madeBy(), e.madeAt(), Optional.of(by),
                        Optional.of(at)));
                return true;
            }
        }
        return false;
    }
}
