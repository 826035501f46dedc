package dev.emcee.core.schedule;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** A themed line of sessions, with its description and the people who host it. */
public record Track(TrackId id, String name, Optional<String> description, List<SpeakerId> hosts) {
    public Track {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(description, "description");
        hosts = List.copyOf(hosts);
    }
}
