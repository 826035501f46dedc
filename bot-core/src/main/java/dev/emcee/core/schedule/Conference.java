package dev.emcee.core.schedule;

import java.time.ZoneId;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** What the conference is, where and when: the facts that are not sessions. */
public record Conference(
        String name,
        Optional<String> tagline,
        Optional<String> venue,
        ZoneId zone,
        List<ConferenceDates> dates,
        Optional<String> url) {

    public Conference {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(tagline, "tagline");
        Objects.requireNonNull(venue, "venue");
        Objects.requireNonNull(zone, "zone");
        dates = List.copyOf(dates);
        Objects.requireNonNull(url, "url");
    }
}
