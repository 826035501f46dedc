package dev.emcee.core.answer;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** Who a person is (affiliation, roles, bio) and where and when they speak. */
public record PersonProfile(PersonRef person, Optional<String> bio, List<SessionCard> sessions, Instant asOf)
        implements Answer {
    public PersonProfile {
        Objects.requireNonNull(person, "person");
        Objects.requireNonNull(bio, "bio");
        sessions = List.copyOf(sessions);
        Objects.requireNonNull(asOf, "asOf");
    }

    /** What every platform says of a person with no sessions (a host, an organiser). */
    public static final String NO_SESSIONS = "They have no sessions on the schedule.";

    @Override
    public <R> R accept(AnswerVisitor<R> visitor) {
        return visitor.personProfile(this);
    }
}
