package dev.emcee.scheduler;

import dev.emcee.core.agenda.AgendaStore;
import dev.emcee.core.agenda.AgendaUser;
import dev.emcee.core.agenda.Bookmark;
import dev.emcee.core.schedule.SessionId;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/** The database's agenda store, rescheduling the person's reminders after every change to their agenda. */
final class ReschedulingAgendaStore implements AgendaStore {
    private final AgendaStore jdbc;
    private final Consumer<AgendaUser> reschedule;

    ReschedulingAgendaStore(AgendaStore jdbc, Consumer<AgendaUser> reschedule) {
        this.jdbc = jdbc;
        this.reschedule = reschedule;
    }

    @Override
    public boolean add(AgendaUser user, SessionId session) {
        boolean added = jdbc.add(user, session);
        reschedule.accept(user);
        return added;
    }

    @Override
    public boolean remove(AgendaUser user, SessionId session) {
        boolean removed = jdbc.remove(user, session);
        reschedule.accept(user);
        return removed;
    }

    @Override
    public Set<SessionId> bookmarks(AgendaUser user) {
        return jdbc.bookmarks(user);
    }

    @Override
    public Optional<Duration> lead(AgendaUser user) {
        return jdbc.lead(user);
    }

    @Override
    public void setLead(AgendaUser user, Duration lead) {
        jdbc.setLead(user, lead);
        reschedule.accept(user);
    }

    @Override
    public int forget(AgendaUser user) {
        int bookmarks = jdbc.forget(user);
        reschedule.accept(user); // no bookmarks left: every job of theirs is deleted
        return bookmarks;
    }

    @Override
    public List<Bookmark> all() {
        return jdbc.all();
    }
}
