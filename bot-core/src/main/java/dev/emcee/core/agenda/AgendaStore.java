package dev.emcee.core.agenda;

import dev.emcee.core.schedule.SessionId;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Where personal agendas are kept: bookmarks and each person's reminder lead, keyed by platform and platform user
 * id. The core knows only this port; the application keeps them in its database.
 *
 * <p>Implementations are safe for concurrent use. Nothing here is ever shown to anyone but the person it belongs to.
 */
public interface AgendaStore {
    /** Bookmarks a session; false when it already was. */
    boolean add(AgendaUser user, SessionId session);

    /** Removes a bookmark; false when there was none. */
    boolean remove(AgendaUser user, SessionId session);

    /** The person's bookmarked sessions (some may no longer be on the schedule). */
    Set<SessionId> bookmarks(AgendaUser user);

    /** The person's reminder lead, or empty for the default. */
    Optional<Duration> lead(AgendaUser user);

    /** Sets the person's reminder lead. */
    void setLead(AgendaUser user, Duration lead);

    /** Deletes everything kept about the person; returns how many bookmarks there were. */
    int forget(AgendaUser user);

    /** Every bookmark of everyone, for planning reminders. */
    List<Bookmark> all();
}
