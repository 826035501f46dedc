package dev.emcee.core.answer;

import dev.emcee.core.schedule.Rating;
import dev.emcee.core.schedule.SessionKind;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A session as an answer shows it, self-contained so that renderers need no access to the schedule.
 *
 * @param label the title, or a label built from speakers and topic when the schedule gives no title
 * @param titled whether {@code label} is the session's real title
 * @param summary a short form of the abstract (whole sentences, at most a few hundred characters)
 * @param zone the conference's zone, for times shown as fallback text
 */
public record SessionCard(
        String id,
        String label,
        boolean titled,
        Instant start,
        Instant end,
        ZoneId zone,
        String room,
        List<PersonRef> speakers,
        Optional<String> track,
        Optional<String> level,
        List<String> topics,
        Optional<Rating> rating,
        String summary,
        Optional<String> url,
        SessionKind kind) {

    public SessionCard {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        Objects.requireNonNull(zone, "zone");
        Objects.requireNonNull(room, "room");
        speakers = List.copyOf(speakers);
        Objects.requireNonNull(track, "track");
        Objects.requireNonNull(level, "level");
        topics = List.copyOf(topics);
        Objects.requireNonNull(rating, "rating");
        summary = summary == null ? "" : summary;
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(kind, "kind");
    }
}
