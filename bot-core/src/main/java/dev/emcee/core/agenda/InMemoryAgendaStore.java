package dev.emcee.core.agenda;

import dev.emcee.core.schedule.SessionId;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Agendas kept in memory, lost when the process ends: for one-off commands ({@code emcee ask}, {@code emcee chat})
 * and tests.
 */
public final class InMemoryAgendaStore implements AgendaStore {
    private final Map<AgendaUser, Set<SessionId>> bookmarks = new LinkedHashMap<>();
    private final Map<AgendaUser, Duration> leads = new HashMap<>();

    @Override
    public synchronized boolean add(AgendaUser user, SessionId session) {
        return bookmarks.computeIfAbsent(user, u -> new LinkedHashSet<>()).add(session);
    }

    @Override
    public synchronized boolean remove(AgendaUser user, SessionId session) {
        Set<SessionId> mine = bookmarks.get(user);
        boolean removed = mine != null && mine.remove(session);
        if (mine != null && mine.isEmpty()) {
            bookmarks.remove(user);
        }
        return removed;
    }

    @Override
    public synchronized Set<SessionId> bookmarks(AgendaUser user) {
        return Set.copyOf(bookmarks.getOrDefault(user, Set.of()));
    }

    @Override
    public synchronized Optional<Duration> lead(AgendaUser user) {
        return Optional.ofNullable(leads.get(user));
    }

    @Override
    public synchronized void setLead(AgendaUser user, Duration lead) {
        leads.put(user, lead);
    }

    @Override
    public synchronized int forget(AgendaUser user) {
        leads.remove(user);
        Set<SessionId> removed = bookmarks.remove(user);
        return removed == null ? 0 : removed.size();
    }

    @Override
    public synchronized List<Bookmark> all() {
        List<Bookmark> all = new ArrayList<>();
        bookmarks.forEach((user, sessions) -> sessions.forEach(s -> all.add(new Bookmark(user, s,
                Optional.ofNullable(leads.get(user))))));
        return all;
    }
}
