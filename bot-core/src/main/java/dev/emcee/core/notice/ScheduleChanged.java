package dev.emcee.core.notice;

import dev.emcee.core.answer.SessionCard;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** A notice that sessions moved, were cancelled or were added after a schedule reload. */
public record ScheduleChanged(List<Change> changes) implements Notice {
    public ScheduleChanged {
        changes = List.copyOf(changes);
        if (changes.isEmpty()) {
            throw new IllegalArgumentException("a schedule-change notice needs at least one change");
        }
    }

    /** What happened to one session. */
    public enum Kind { MOVED, CANCELLED, ADDED }

    /**
     * One session's change.
     *
     * @param before the session as it was (for ADDED, the new session)
     * @param after the session as it is now; empty for CANCELLED
     */
    public record Change(Kind kind, SessionCard before, Optional<SessionCard> after) {
        public Change {
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(before, "before");
            Objects.requireNonNull(after, "after");
        }
    }

    /** The heading every chat platform gives the notice: "Schedule change", "3 schedule changes". */
    public String heading() {
        return changes.size() == 1 ? "Schedule change" : changes.size() + " schedule changes";
    }

    @Override
    public <R> R accept(NoticeVisitor<R> visitor) {
        return visitor.scheduleChanged(this);
    }
}
