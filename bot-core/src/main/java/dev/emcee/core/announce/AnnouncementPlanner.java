package dev.emcee.core.announce;

import dev.emcee.core.schedule.Schedule;
import dev.emcee.core.schedule.Session;
import dev.emcee.core.schedule.SessionTimeline;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Plans every announcement of a schedule: which sessions, when (each lead before the start) and where (the routes).
 *
 * <p>Pure: no clock, no I/O. Times are instants, so a lead is exact across a daylight-saving change and midnight,
 * and nothing depends on the server's zone. Sessions whose starts fall in the same minute (UTC epoch minute, so a
 * repeated hour on a fall-back day never merges two different minutes) share one message per route and lead.
 */
public final class AnnouncementPlanner {
    private static final Comparator<PlannedMessage> MESSAGE_ORDER = Comparator.comparing(PlannedMessage::fireAt)
            .thenComparing(PlannedMessage::route)
            .thenComparing(PlannedMessage::lead, Comparator.reverseOrder());

    private final AnnouncementSettings settings;
    private final AnnouncementRoutes routes;

    public AnnouncementPlanner(AnnouncementSettings settings, AnnouncementRoutes routes) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.routes = Objects.requireNonNull(routes, "routes");
    }

    /** The settings this planner follows. */
    public AnnouncementSettings settings() {
        return settings;
    }

    /** The routes this planner posts to. */
    public AnnouncementRoutes routes() {
        return routes;
    }

    /** Whether the session is announced at all (announcements on, and its kind not skipped). */
    public boolean announces(Session session) {
        return settings.enabled() && !settings.skipKinds().contains(session.kind());
    }

    /** Every announcement of the schedule, in posting order. */
    public List<AnnouncementKey> plan(Schedule schedule) {
        List<AnnouncementKey> keys = new ArrayList<>();
        for (Session session : schedule.sessions()) {
            if (!announces(session)) {
                continue;
            }
            for (Route route : routes.routesFor(session, schedule)) {
                for (Duration lead : settings.leads()) {
                    keys.add(new AnnouncementKey(session.id(), session.start(), lead, route));
                }
            }
        }
        keys.sort(null);
        return List.copyOf(keys);
    }

    /** Every message of the schedule, in posting order: the plan grouped by route, lead and starting minute. */
    public List<PlannedMessage> messages(Schedule schedule) {
        Map<GroupKey, List<Session>> groups = new LinkedHashMap<>();
        for (AnnouncementKey key : plan(schedule)) {
            Session session = schedule.session(key.session()).orElseThrow();
            groups.computeIfAbsent(GroupKey.of(key), g -> new ArrayList<>()).add(session);
        }
        List<PlannedMessage> messages = new ArrayList<>();
        groups.forEach((group, sessions) -> {
            Session first = sessions.stream().min(Comparator.comparing(Session::start)).orElseThrow();
            messages.add(new PlannedMessage(group.route(), group.lead(), first.start().minus(group.lead()), sessions));
        });
        messages.sort(MESSAGE_ORDER);
        return List.copyOf(messages);
    }

    /**
     * The message that, in this schedule, carries the announcement {@code key}; empty when the schedule no longer
     * plans it (the session was cancelled, moved to another time, or its route or kind is no longer announced).
     */
    public Optional<PlannedMessage> messageContaining(Schedule schedule, AnnouncementKey key) {
        Optional<Session> session = schedule.session(key.session());
        if (session.isEmpty() || !session.get().start().equals(key.start()) || !announces(session.get())
                || !settings.leads().contains(key.lead())
                || !routes.routesFor(session.get(), schedule).contains(key.route())) {
            return Optional.empty();
        }
        // The message of messages(schedule) for this route, lead and starting minute, without planning the rest:
        // the sessions that start in that minute and announce on this route, in plan order.
        Instant minute = Instant.ofEpochSecond(GroupKey.of(key).startMinute() * 60);
        List<AnnouncementKey> keys = new ArrayList<>();
        for (Session candidate : SessionTimeline.startingBetween(schedule.sessions(), minute, minute.plusSeconds(60))) {
            if (announces(candidate) && routes.routesFor(candidate, schedule).contains(key.route())) {
                keys.add(new AnnouncementKey(candidate.id(), candidate.start(), key.lead(), key.route()));
            }
        }
        keys.sort(null);
        List<Session> sessions = keys.stream().map(k -> schedule.session(k.session()).orElseThrow()).toList();
        Session first = sessions.stream().min(Comparator.comparing(Session::start)).orElseThrow();
        return Optional.of(new PlannedMessage(key.route(), key.lead(), first.start().minus(key.lead()), sessions));
    }

    /** Announcements that share a message: same route, same lead, starts in the same epoch minute. */
    private record GroupKey(Route route, Duration lead, long startMinute) {
        static GroupKey of(AnnouncementKey key) {
            return new GroupKey(key.route(), key.lead(), Math.floorDiv(key.start().getEpochSecond(), 60));
        }
    }
}
