package dev.emcee.core.schedule;

import java.util.Objects;

/** The identity of a speaker (or host) within one schedule. */
public record SpeakerId(String value) {
    public SpeakerId {
        Objects.requireNonNull(value, "value");
        if (value.isBlank()) {
            throw new IllegalArgumentException("a speaker id must not be blank");
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
