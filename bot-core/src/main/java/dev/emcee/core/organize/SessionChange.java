package dev.emcee.core.organize;

import dev.emcee.core.schedule.RoomId;
import dev.emcee.core.schedule.SessionId;
import java.time.Instant;
import java.util.Objects;

/**
 * A change an organizer makes to one session: where it goes (times and room, absolute, so that applying it twice
 * gives the same schedule), or that it is cancelled.
 *
 * @param start the session's new start (for a cancellation, its start when cancelled)
 * @param end the session's new end
 * @param room the session's new room
 */
public record SessionChange(SessionId session, Kind kind, Instant start, Instant end, RoomId room) {
    /** What the organizer asked for; a move and a delay are applied alike. */
    public enum Kind {
        MOVE, DELAY, CANCEL;

        /** The word the listing and the database use: "move", "delay", "cancel". */
        public String word() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    public SessionChange {
        Objects.requireNonNull(session, "session");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        Objects.requireNonNull(room, "room");
        if (end.isBefore(start)) {
            throw new IllegalArgumentException("a session cannot end before it starts");
        }
    }
}
