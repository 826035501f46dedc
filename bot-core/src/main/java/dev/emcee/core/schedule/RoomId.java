package dev.emcee.core.schedule;

import java.util.Objects;

/** The identity of a room within one schedule. */
public record RoomId(String value) {
    public RoomId {
        Objects.requireNonNull(value, "value");
        if (value.isBlank()) {
            throw new IllegalArgumentException("a room id must not be blank");
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
