package dev.emcee.sources;

import dev.emcee.core.testing.SharedFiles;
import dev.emcee.sources.read.SourceText;
import java.nio.file.Path;

/**
 * The real schedule exports in {@code ../shared/schedules} (never copied into the repository), through
 * {@link SharedFiles}: a test that reads one is skipped when the folder is absent, and fails then under
 * {@code EMCEE_REQUIRE_SHARED=true} (as on CI).
 */
public final class SharedSchedules {
    private SharedSchedules() {
    }

    /** The folder holding the exports. */
    public static Path folder() {
        return SharedFiles.requireFolder().resolve("schedules");
    }

    /** One export, which must exist. */
    public static Path file(String name) {
        return SharedFiles.schedule(name);
    }

    /** One export as a source. */
    public static SourceText source(String name) {
        return new SourceText(name, SharedFiles.bytes("schedules/" + name));
    }
}
