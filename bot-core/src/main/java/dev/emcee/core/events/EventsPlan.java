package dev.emcee.core.events;

import dev.emcee.core.schedule.Schedule;
import dev.emcee.core.schedule.Session;
import dev.emcee.core.schedule.SessionId;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What to change in a platform's events list so that it lists the sessions of the window: the selected sessions
 * still to start, soonest first, within {@link EventWindow#ahead()} and as many as there are places (the window's
 * limit, less the places others' events and Emcee's events of sessions under way take).
 *
 * <p>An event of a session under way is left as it is (platforms refuse to move an event's start into the past);
 * every other event of Emcee's that the window no longer lists is deleted: cancelled, ended, moved out of the
 * window or the selection, or a second event of one session. Others' events are never in the listing's
 * {@code ours}, so never changed.
 */
public final class EventsPlan {
    /** How long the list may go unchecked when nothing is due to change it (someone may have deleted an event). */
    static final Duration LOOK_AT_LEAST_EVERY = Duration.ofHours(1);

    private EventsPlan() {
    }

    /** One change to the list. */
    public sealed interface Step permits Create, Update, Delete {
        SessionId session();
    }

    /** Creates the event of a session the window lists. */
    public record Create(CalendarEvent event) implements Step {
        @Override
        public SessionId session() {
            return event.session();
        }
    }

    /** Makes an event say what its session says now (it moved, or its room, title or speakers changed). */
    public record Update(String eventId, CalendarEvent event) implements Step {
        @Override
        public SessionId session() {
            return event.session();
        }
    }

    /** Deletes one of Emcee's events that the window no longer lists. */
    public record Delete(String eventId, SessionId session) implements Step {
    }

    /**
     * The changes, deletions first (they free places), and when to look again.
     *
     * @param listed how many sessions the window lists
     * @param inStep how many of them are listed already as they should be
     * @param places how many places the window had (its limit, less others' and under-way events)
     */
    public record Plan(List<Step> steps, Instant lookAgainAt, int listed, int inStep, int places) {
        public Plan {
            steps = List.copyOf(steps);
        }
    }

    /** The plan for the list as it is ({@code listing}) on {@code schedule} at {@code now}. */
    public static Plan plan(Schedule schedule, Instant now, EventWindow window, EventCalendar.Listing listing) {
        Map<SessionId, List<EventCalendar.Listed>> ours = new LinkedHashMap<>();
        listing.ours().forEach(e -> ours.computeIfAbsent(e.session(), s -> new ArrayList<>()).add(e));
        Set<SessionId> underWay = new HashSet<>();
        for (SessionId id : ours.keySet()) {
            schedule.session(id).filter(s -> !s.start().isAfter(now) && s.end().isAfter(now))
                    .ifPresent(s -> underWay.add(id));
        }
        int places = Math.max(0, Math.min(window.limit(), window.capacity() - listing.others()) - underWay.size());
        List<Session> upcoming = schedule.sessions().stream()
                .filter(s -> s.start().isAfter(now) && window.selects(s, schedule))
                .sorted(Comparator.comparing(Session::start).thenComparing(s -> s.id().value())).toList();
        List<Session> wanted = upcoming.stream().filter(s -> !s.start().isAfter(now.plus(window.ahead())))
                .limit(places).toList();
        List<Step> deletes = new ArrayList<>();
        List<Step> changes = new ArrayList<>();
        Set<SessionId> wantedIds = new HashSet<>();
        int inStep = 0;
        for (Session session : wanted) {
            wantedIds.add(session.id());
            CalendarEvent event = CalendarEvents.of(session, schedule);
            List<EventCalendar.Listed> existing = ours.getOrDefault(session.id(), List.of());
            Optional<EventCalendar.Listed> same = existing.stream()
                    .filter(e -> e.fingerprint().equals(event.fingerprint())).findFirst();
            EventCalendar.Listed kept = same.orElse(existing.isEmpty() ? null : existing.get(0));
            if (kept == null) {
                changes.add(new Create(event));
            } else if (same.isEmpty()) {
                changes.add(new Update(kept.eventId(), event));
            } else {
                inStep++;
            }
            existing.stream().filter(e -> e != kept).forEach(e -> deletes.add(new Delete(e.eventId(), e.session())));
        }
        ours.forEach((id, events) -> {
            if (wantedIds.contains(id)) {
                return;
            }
            List<EventCalendar.Listed> extra = underWay.contains(id) ? events.subList(1, events.size()) : events;
            extra.forEach(e -> deletes.add(new Delete(e.eventId(), id)));
        });
        List<Step> steps = new ArrayList<>(deletes);
        steps.addAll(changes);
        return new Plan(steps, lookAgainAt(schedule, now, window, wanted, underWay, upcoming), wanted.size(),
                inStep, places);
    }

    /**
     * The next moment the window changes: a listed or under-way session ends (its place goes to the next), or a
     * selected session comes within {@code ahead}; at the latest an hour from now.
     */
    private static Instant lookAgainAt(Schedule schedule, Instant now, EventWindow window, List<Session> wanted,
            Set<SessionId> underWay, List<Session> upcoming) {
        Instant next = now.plus(LOOK_AT_LEAST_EVERY);
        for (Session s : wanted) {
            next = earlier(next, s.end());
        }
        for (SessionId id : underWay) {
            next = earlier(next, schedule.session(id).orElseThrow().end());
        }
        for (Session s : upcoming) {
            Instant enters = s.start().minus(window.ahead());
            if (enters.isAfter(now)) {
                next = earlier(next, enters);
                break;
            }
        }
        return next;
    }

    private static Instant earlier(Instant a, Instant b) {
        return b.isBefore(a) ? b : a;
    }
}
