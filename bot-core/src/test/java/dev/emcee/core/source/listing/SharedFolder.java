package dev.emcee.core.source.listing;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** A file under {@code shared/} beside the repository, found by walking up from the module's folder. */
final class SharedFolder {
    private SharedFolder() {
    }

    static Optional<Path> find(String relative) {
        for (Path at = Path.of("").toAbsolutePath(); at != null; at = at.getParent()) {
            Path candidate = at.resolve("shared").resolve(relative);
            if (Files.isRegularFile(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }
}
