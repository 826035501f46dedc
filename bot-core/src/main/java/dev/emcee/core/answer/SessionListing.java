package dev.emcee.core.answer;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A titled list of sessions: a day's agenda, a room's sessions, search results, top rated.
 *
 * @param heading what the list is: "Thursday, June 14 in LL21 A/B"
 * @param note an extra line for people, such as "No exact match for 'sandbox'; showing close matches."
 * @param emptyText what to say when the list is empty (blank when it is not)
 */
public record SessionListing(String heading, List<SessionCard> sessions, Optional<String> note, String emptyText,
        Instant asOf) implements Answer {
    public SessionListing {
        Objects.requireNonNull(heading, "heading");
        sessions = List.copyOf(sessions);
        Objects.requireNonNull(note, "note");
        Objects.requireNonNull(emptyText, "emptyText");
        Objects.requireNonNull(asOf, "asOf");
    }

    /** What every platform says when the list is empty: the answer's own words, else "Heading: nothing." */
    public String whenEmpty() {
        return emptyText.isBlank() ? heading + ": nothing." : emptyText;
    }

    @Override
    public <R> R accept(AnswerVisitor<R> visitor) {
        return visitor.sessionListing(this);
    }
}
