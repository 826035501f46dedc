package dev.emcee.core.question;

import dev.emcee.core.schedule.RoomId;
import dev.emcee.core.schedule.TrackId;

/** Where a question looks: everywhere, one room, or one track. */
public sealed interface Scope {
    /** The whole conference. */
    record Everywhere() implements Scope {
    }

    /** One room. */
    record InRoom(RoomId room) implements Scope {
    }

    /** One track. */
    record InTrack(TrackId track) implements Scope {
    }

    /** The whole conference. */
    static Scope everywhere() {
        return new Everywhere();
    }
}
