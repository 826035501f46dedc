package dev.emcee.core.schedule;

import java.util.Objects;

/** The identity of a track within one schedule. */
public record TrackId(String value) {
    public TrackId {
        Objects.requireNonNull(value, "value");
        if (value.isBlank()) {
            throw new IllegalArgumentException("a track id must not be blank");
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
