package dev.emcee.core.schedule;

import java.util.Objects;

/** The stable identity of a session, kept across schedule reloads so announcements can follow a session that moves. */
public record SessionId(String value) implements Comparable<SessionId> {
    public SessionId {
        Objects.requireNonNull(value, "value");
        if (value.isBlank()) {
            throw new IllegalArgumentException("a session id must not be blank");
        }
    }

    @Override
    public int compareTo(SessionId other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
