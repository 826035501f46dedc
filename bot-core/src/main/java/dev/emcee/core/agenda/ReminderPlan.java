package dev.emcee.core.agenda;

import dev.emcee.core.announce.PostingPolicy;
import dev.emcee.core.schedule.Schedule;
import dev.emcee.core.schedule.Session;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Which reminders the bookmarks call for on a schedule, and whether a planned one still goes out: the core of
 * reminders, without the scheduler that fires them.
 */
public final class ReminderPlan {
    private final AgendaSettings settings;
    private final PostingPolicy policy;

    public ReminderPlan(AgendaSettings settings) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.policy = new PostingPolicy(settings.graceWindow());
    }

    /** The settings this plan follows. */
    public AgendaSettings settings() {
        return settings;
    }

    /** The lead of a person who chose {@code chosen} (empty: the default). */
    public Duration lead(Optional<Duration> chosen) {
        return chosen.orElse(settings.defaultReminderLead());
    }

    /** The reminder of one bookmark, or empty when its session is not on the schedule. */
    public Optional<ReminderKey> reminder(Bookmark bookmark, Schedule schedule) {
        return schedule.session(bookmark.session()).map(s -> new ReminderKey(bookmark.user(), s.id(), s.start(),
                lead(bookmark.lead())));
    }

    /** The reminders of these bookmarks that can still go out at {@code now}, earliest first. */
    public List<ReminderKey> due(List<Bookmark> bookmarks, Schedule schedule, Instant now) {
        List<ReminderKey> due = new ArrayList<>();
        for (Bookmark bookmark : bookmarks) {
            reminder(bookmark, schedule).filter(k -> stillPossible(k, schedule, now)).ifPresent(due::add);
        }
        due.sort(Comparator.comparing(ReminderKey::fireAt).thenComparing(k -> k.session().value()));
        return due;
    }

    /** Whether the reminder is not yet past its grace window, nor its session started or over. */
    public boolean stillPossible(ReminderKey key, Schedule schedule, Instant now) {
        Optional<Session> session = schedule.session(key.session());
        return session.isPresent() && !key.fireAt().plus(settings.graceWindow()).isBefore(now)
                && now.isBefore(session.get().start().plus(PostingPolicy.STARTING_NOW))
                && now.isBefore(session.get().end());
    }

    /** When the reminder for a bookmark made now will go out; empty when its moment has passed. */
    public Optional<Instant> remindAt(Session session, Duration lead, Instant now) {
        Instant at = session.start().minus(lead);
        return at.isAfter(now) ? Optional.of(at) : Optional.empty();
    }

    /** The posting policy of reminders (grace window, "starting now"). */
    public PostingPolicy policy() {
        return policy;
    }
}
