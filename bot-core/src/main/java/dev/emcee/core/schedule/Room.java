package dev.emcee.core.schedule;

import java.util.Objects;

/** A place where sessions happen. */
public record Room(RoomId id, String name) {
    public Room {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
    }
}
