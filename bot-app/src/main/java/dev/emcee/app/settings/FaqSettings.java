package dev.emcee.app.settings;

import java.nio.file.Path;
import java.util.Optional;

/**
 * The {@code faq:} section: where the organizers' FAQ is (docs/faq.md).
 *
 * @param file the FAQ file, relative to the config folder; none when null
 */
public record FaqSettings(String file) {
    public FaqSettings {
        file = file == null || file.isBlank() ? null : file.strip();
    }

    /** The FAQ file under {@code configFolder}, when one is configured. */
    public Optional<Path> path(Path configFolder) {
        return Optional.ofNullable(file).map(configFolder::resolve);
    }
}
