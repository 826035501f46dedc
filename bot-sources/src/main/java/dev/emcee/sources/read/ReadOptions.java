package dev.emcee.sources.read;

import java.time.ZoneId;
import java.util.Objects;
import java.util.Optional;

/**
 * What the operator tells the importers beyond the file itself.
 *
 * @param zone the conference's time zone ({@code --zone} or the settings); used when the file names none, and
 *     required by formats that only hold local times (Sessionize, pentabarf, the plain-text listing)
 */
public record ReadOptions(Optional<ZoneId> zone) {
    public ReadOptions {
        Objects.requireNonNull(zone, "zone");
    }

    /** No zone given. */
    public static ReadOptions none() {
        return new ReadOptions(Optional.empty());
    }

    /** With the given zone. */
    public static ReadOptions withZone(ZoneId zone) {
        return new ReadOptions(Optional.of(zone));
    }
}
