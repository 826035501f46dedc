package dev.emcee.core.answer;

import dev.emcee.core.schedule.ConferenceDates;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** When and where the conference is, and how big its programme is. */
public record ConferenceOverview(
        String name,
        Optional<String> tagline,
        Optional<String> venue,
        ZoneId zone,
        List<ConferenceDates> dates,
        Optional<String> url,
        List<String> tracks,
        int rooms,
        int sessions,
        int speakers) implements Answer {

    public ConferenceOverview {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(tagline, "tagline");
        Objects.requireNonNull(venue, "venue");
        Objects.requireNonNull(zone, "zone");
        dates = List.copyOf(dates);
        Objects.requireNonNull(url, "url");
        tracks = List.copyOf(tracks);
    }

    /** The programme's size as every platform says it: "5 sessions, 7 people, 1 room". */
    public String programmeSize() {
        return count(sessions, "session") + ", " + count(speakers, "person", "people") + ", " + count(rooms, "room");
    }

    private static String count(int n, String one) {
        return count(n, one, one + "s");
    }

    private static String count(int n, String one, String many) {
        return n + " " + (n == 1 ? one : many);
    }

    @Override
    public <R> R accept(AnswerVisitor<R> visitor) {
        return visitor.conferenceOverview(this);
    }
}
