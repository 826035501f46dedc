package dev.emcee.core.announce;

import dev.emcee.core.announce.ScheduleDiff.SessionChange;
import dev.emcee.core.answer.SessionCards;
import dev.emcee.core.notice.ScheduleChanged;
import dev.emcee.core.notice.ScheduleChanged.Change;
import dev.emcee.core.notice.ScheduleChanged.Kind;
import dev.emcee.core.schedule.Schedule;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Turns a reload's differences into the "schedule changed" notice for the digest channels.
 *
 * <p>Only changes people can still act on are told: sessions that are announced (not a skipped kind) and have not
 * ended. A reload that changes nothing of the kind makes no notice.
 */
public final class ChangeNotices {
    private final AnnouncementPlanner planner;

    public ChangeNotices(AnnouncementPlanner planner) {
        this.planner = Objects.requireNonNull(planner, "planner");
    }

    /** The changes worth telling, at {@code now}. */
    public List<SessionChange> relevant(ScheduleDiff diff, Instant now) {
        return diff.changes().stream()
                .filter(c -> planner.announces(c.before()) || c.after().map(planner::announces).orElse(false))
                .filter(c -> c.now().end().isAfter(now))
                .toList();
    }

    /** The notice for the relevant changes, or empty when there are none or change notices are off. */
    public Optional<ScheduleChanged> notice(ScheduleDiff diff, Schedule previous, Schedule current, Instant now) {
        if (!planner.settings().enabled() || !planner.settings().changeNotices()) {
            return Optional.empty();
        }
        List<Change> changes = relevant(diff, now).stream().map(c -> toChange(c, previous, current)).toList();
        return changes.isEmpty() ? Optional.empty() : Optional.of(new ScheduleChanged(changes));
    }

    private static Change toChange(SessionChange change, Schedule previous, Schedule current) {
        if (change.kind() == Kind.ADDED) {
            return new Change(Kind.ADDED, SessionCards.of(change.before(), current),
                    Optional.of(SessionCards.of(change.before(), current)));
        }
        return new Change(change.kind(), SessionCards.of(change.before(), previous),
                change.after().map(s -> SessionCards.of(s, current)));
    }
}
