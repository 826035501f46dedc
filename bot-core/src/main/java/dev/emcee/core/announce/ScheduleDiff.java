package dev.emcee.core.announce;

import dev.emcee.core.notice.ScheduleChanged.Kind;
import dev.emcee.core.schedule.Schedule;
import dev.emcee.core.schedule.Session;
import dev.emcee.core.schedule.SessionId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What a reload changed, session by session, as far as announcements care: a session moved (other start, end or
 * room), was cancelled (its id is gone) or was added (a new id). Sessions are matched by id.
 *
 * @param changes in time order of the session as it is now (or was, when cancelled)
 */
public record ScheduleDiff(List<SessionChange> changes) {
    public ScheduleDiff {
        changes = List.copyOf(changes);
    }

    /** The differences from {@code previous} to {@code current}. */
    public static ScheduleDiff between(Schedule previous, Schedule current) {
        List<SessionChange> changes = new ArrayList<>();
        for (Session before : previous.sessions()) {
            Optional<Session> after = current.session(before.id());
            if (after.isEmpty()) {
                changes.add(new SessionChange(Kind.CANCELLED, before, Optional.empty()));
            } else if (moved(before, after.get())) {
                changes.add(new SessionChange(Kind.MOVED, before, after));
            }
        }
        for (Session added : current.sessions()) {
            if (previous.session(added.id()).isEmpty()) {
                changes.add(new SessionChange(Kind.ADDED, added, Optional.of(added)));
            }
        }
        changes.sort(Comparator.comparing((SessionChange c) -> c.now().start()).thenComparing(c -> c.id()));
        return new ScheduleDiff(changes);
    }

    /** Whether nothing that matters to announcements changed. */
    public boolean isEmpty() {
        return changes.isEmpty();
    }

    private static boolean moved(Session before, Session after) {
        return !before.start().equals(after.start()) || !before.end().equals(after.end())
                || !before.room().equals(after.room());
    }

    /**
     * One session's change.
     *
     * @param before the session as it was; for ADDED, the new session (as {@code ScheduleChanged.Change} has it)
     * @param after the session as it is now; empty when CANCELLED
     */
    public record SessionChange(Kind kind, Session before, Optional<Session> after) {
        public SessionChange {
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(before, "before");
            Objects.requireNonNull(after, "after");
        }

        /** The session's id. */
        public SessionId id() {
            return before.id();
        }

        /** The session as it is now, or as it was when cancelled. */
        public Session now() {
            return after.orElse(before);
        }
    }
}
