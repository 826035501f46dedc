package dev.emcee.core.source;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The real schedule exports in {@code shared/schedules}, beside the repository (never copied into it).
 *
 * <p>Found by walking up from the module's folder, so it works from any clone that has {@code shared/} beside it.
 * A missing folder fails loudly: these tests must never pass by reading nothing.
 */
public final class SharedSchedules {
    private SharedSchedules() {
    }

    /** The folder holding the exports. */
    public static Path folder() {
        Path start = Path.of("").toAbsolutePath();
        for (Path at = start; at != null; at = at.getParent()) {
            Path candidate = at.resolve("shared").resolve("schedules");
            if (Files.isDirectory(candidate)) {
                return candidate;
            }
        }
        throw new IllegalStateException("shared/schedules was not found in " + start + " or any folder above it; "
                + "the schedule tests need the real exports beside the repository (../shared/schedules)");
    }

    /** One export, which must exist. */
    public static Path file(String name) {
        Path file = folder().resolve(name);
        if (!Files.isRegularFile(file)) {
            throw new IllegalStateException(file + " is missing; SOURCES.md in that folder lists the expected files");
        }
        return file;
    }

    /** One export as a source. */
    public static SourceText source(String name) {
        try {
            return new SourceText(name, Files.readAllBytes(file(name)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
