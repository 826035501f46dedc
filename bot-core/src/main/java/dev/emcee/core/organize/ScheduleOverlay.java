package dev.emcee.core.organize;

import dev.emcee.core.schedule.CurrentSchedule;
import dev.emcee.core.schedule.Schedule;
import dev.emcee.core.schedule.Session;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Produces the schedule in service: the sources' schedule with the organizers' changes applied on top.
 *
 * <p>This is the one place the overlay is applied, so that answers, the announcements' planning and the change
 * notices (which all follow the schedule in service) see the same changes. The sources' schedule is never
 * rewritten: a reload of the organizer's file is overlaid again. Other instances' changes arrive by
 * {@link #refresh()}, which {@code emcee run} calls every few seconds; it publishes only when the entries differ
 * from those last read.
 */
public final class ScheduleOverlay {
    private static final Logger LOG = LoggerFactory.getLogger(ScheduleOverlay.class);

    private final CurrentSchedule source;
    private final CurrentSchedule served;
    private volatile OverrideStore store;
    private List<ScheduleOverride> applied = List.of();

    /**
     * @param source the schedule as the sources give it; followed on every reload
     * @param served the schedule in service, replaced with {@code source} plus the overlay
     */
    public ScheduleOverlay(CurrentSchedule source, CurrentSchedule served, OverrideStore store) {
        this.source = Objects.requireNonNull(source, "source");
        this.served = Objects.requireNonNull(served, "served");
        this.store = Objects.requireNonNull(store, "store");
        source.addListener((previous, current) -> publish(current, entries()));
        refresh();
    }

    /** Keeps the overlay in {@code next} from now on (the database, once open) and applies what it holds. */
    public void keepIn(OverrideStore next) {
        this.store = Objects.requireNonNull(next, "next");
        refresh();
    }

    /** The schedule as the sources give it, without the overlay. */
    public Schedule source() {
        return source.get();
    }

    /** Where the overlay is kept now. */
    public OverrideStore store() {
        return store;
    }

    /** Reads the overlay again and, when it changed, puts the overlaid schedule in service. */
    public void refresh() {
        List<ScheduleOverride> now = entries();
        synchronized (this) {
            if (now.equals(applied)) {
                return;
            }
        }
        publish(source.get(), now);
    }

    private List<ScheduleOverride> entries() {
        return store.all();
    }

    private synchronized void publish(Schedule base, List<ScheduleOverride> entries) {
        applied = entries;
        Schedule next = apply(base, entries);
        if (next != served.get()) {
            served.replace(next);
        }
        LOG.debug("The schedule in service has {} changes by organizers", entries.stream()
                .filter(ScheduleOverride::active).count());
    }

    /**
     * {@code base} with every active entry applied in order; an entry whose session is gone (removed from the
     * source, or cancelled before) or whose room is unknown is skipped. Returns {@code base} itself when no entry
     * applies.
     */
    public static Schedule apply(Schedule base, List<ScheduleOverride> entries) {
        Map<dev.emcee.core.schedule.SessionId, Session> sessions = new LinkedHashMap<>();
        base.sessions().forEach(s -> sessions.put(s.id(), s));
        boolean changed = false;
        for (ScheduleOverride entry : entries) {
            SessionChange change = entry.change();
            Session session = sessions.get(change.session());
            if (!entry.active() || session == null || base.room(change.room()).isEmpty()) {
                continue;
            }
            if (change.kind() == SessionChange.Kind.CANCEL) {
                sessions.remove(change.session());
            } else {
                sessions.put(session.id(), session.movedTo(change.start(), change.end(), change.room()));
            }
            changed = true;
        }
        if (!changed) {
            return base;
        }
        return new Schedule(base.conference(), base.rooms(), base.tracks(), base.speakers(),
                new ArrayList<>(sessions.values()));
    }
}
