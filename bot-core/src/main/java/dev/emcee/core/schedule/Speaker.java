package dev.emcee.core.schedule;

import dev.emcee.core.platform.PlatformUser;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A person on the programme: a speaker, or a track host.
 *
 * <p>Roles such as "track host" are not stored here; they follow from {@link Track#hosts()} so that they can never
 * disagree with the tracks.
 *
 * @param contacts the person's accounts on the chat platforms, when the schedule links them (Emcee's YAML
 *     {@code slack:} and {@code discord:}): whom to remind of their sessions; never shown to anyone
 */
public record Speaker(SpeakerId id, String name, Optional<String> affiliation, Optional<String> bio,
        List<PlatformUser> contacts) {
    public Speaker {
        contacts = List.copyOf(contacts);
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(affiliation, "affiliation");
        Objects.requireNonNull(bio, "bio");
        if (name.isBlank()) {
            throw new IllegalArgumentException("a speaker needs a name");
        }
    }

    /** A speaker linked to no platform user. */
    public Speaker(SpeakerId id, String name, Optional<String> affiliation, Optional<String> bio) {
        this(id, name, affiliation, bio, List.of());
    }

    /** The same person under another id (when merged schedules' ids clash). */
    public Speaker withId(SpeakerId other) {
        return new Speaker(other, name, affiliation, bio, contacts);
    }

    /** The name with the affiliation in brackets, as conference listings print it: "Emily Shea (Fastly)". */
    public String nameWithAffiliation() {
        return affiliation.map(a -> name + " (" + a + ")").orElse(name);
    }
}
