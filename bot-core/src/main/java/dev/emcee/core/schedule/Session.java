package dev.emcee.core.schedule;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One slot of the programme: a talk, a workshop, a break.
 *
 * <p>Times are instants; they are shown in the conference's zone (or each reader's own), never the server's.
 * A session may have no title (the bundled conference's listing gives none); {@link SessionLabels} then builds a
 * display label from its speakers and topic.
 */
public record Session(
        SessionId id,
        Optional<String> title,
        String abstractText,
        Instant start,
        Instant end,
        RoomId room,
        List<SpeakerId> speakers,
        Optional<TrackId> track,
        Optional<String> level,
        List<String> topics,
        Optional<Rating> rating,
        Optional<String> url,
        SessionKind kind) {

    public Session {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        abstractText = abstractText == null ? "" : abstractText;
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        Objects.requireNonNull(room, "room");
        speakers = List.copyOf(speakers);
        Objects.requireNonNull(track, "track");
        Objects.requireNonNull(level, "level");
        topics = List.copyOf(topics);
        Objects.requireNonNull(rating, "rating");
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(kind, "kind");
        if (end.isBefore(start)) {
            throw new IllegalArgumentException("session " + id + " ends before it starts");
        }
    }

    /** How long the session lasts. */
    public Duration duration() {
        return Duration.between(start, end);
    }

    /** Whether the session is running at {@code instant}: started, not yet ended. */
    public boolean isRunningAt(Instant instant) {
        return !start.isAfter(instant) && end.isAfter(instant);
    }

    /** Whether the session overlaps the half-open interval {@code [from, to)}. */
    public boolean overlaps(Instant from, Instant to) {
        if (start.equals(end)) {
            return !start.isBefore(from) && start.isBefore(to);
        }
        return start.isBefore(to) && end.isAfter(from);
    }

    /** A copy of this session at other times and in another room (used when a schedule moves a session). */
    public Session movedTo(Instant newStart, Instant newEnd, RoomId newRoom) {
        return new Session(id, title, abstractText, newStart, newEnd, newRoom, speakers, track, level, topics, rating,
                url, kind);
    }
}
