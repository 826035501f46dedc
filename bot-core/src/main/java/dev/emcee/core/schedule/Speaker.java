package dev.emcee.core.schedule;

import java.util.Objects;
import java.util.Optional;

/**
 * A person on the programme: a speaker, or a track host.
 *
 * <p>Roles such as "track host" are not stored here; they follow from {@link Track#hosts()} so that they can never
 * disagree with the tracks.
 */
public record Speaker(SpeakerId id, String name, Optional<String> affiliation, Optional<String> bio) {
    public Speaker {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(affiliation, "affiliation");
        Objects.requireNonNull(bio, "bio");
        if (name.isBlank()) {
            throw new IllegalArgumentException("a speaker needs a name");
        }
    }

    /** The name with the affiliation in brackets, as conference listings print it: "Emily Shea (Fastly)". */
    public String nameWithAffiliation() {
        return affiliation.map(a -> name + " (" + a + ")").orElse(name);
    }
}
