package dev.emcee.core.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Assumptions;

/**
 * Files of the {@code shared/} folder beside the repository ({@code ../shared}): the real schedule exports
 * ({@code schedules/…}), the seed ({@code seed/…}). They may not be redistributed, so they are never in the
 * repository, and a fresh clone has none of them.
 *
 * <p>A test that reads one of them is skipped (a JUnit assumption) when the folder is absent, and one line on the
 * console says why. With {@value #REQUIRE}{@code =true} in the environment (CI sets it) an absent folder fails the
 * test instead, so that CI cannot pass by skipping. A folder that is there but lacks the file always fails.
 */
public final class SharedFiles {
    /** The environment variable under which an absent {@code ../shared} fails the tests that need it. */
    public static final String REQUIRE = "EMCEE_REQUIRE_SHARED";

    private static final AtomicBoolean TOLD = new AtomicBoolean();

    private final Optional<Path> folder;
    private final Path expected;
    private final boolean required;
    private final boolean tellOnSkip;

    /** @param tellOnSkip whether the first skip in this JVM prints its line (not for tests of this class) */
    SharedFiles(Path repository, Map<String, String> environment, boolean tellOnSkip) {
        this.expected = repository.toAbsolutePath().normalize().resolveSibling("shared");
        this.folder = Files.isDirectory(expected) ? Optional.of(expected) : Optional.empty();
        this.required = Boolean.parseBoolean(environment.getOrDefault(REQUIRE, "false").strip());
        this.tellOnSkip = tellOnSkip;
    }

    /** The shared folder of this repository, under this process's environment. */
    static SharedFiles beside() {
        return new SharedFiles(BundledConference.configDirectory().getParent(), System.getenv(), true);
    }

    /** Whether {@code ../shared} is there. */
    public static boolean present() {
        return beside().folder.isPresent();
    }

    /**
     * A file under {@code shared/}, such as {@code "seed/000_4e06e7ab4efe16f3.txt"}; skips the calling test when the
     * folder is absent (fails it under {@value #REQUIRE}), fails it when the folder lacks the file.
     */
    public static Path file(String relativePath) {
        return beside().resolve(relativePath);
    }

    /** The bytes of {@link #file(String)}. */
    public static byte[] bytes(String relativePath) {
        try {
            return Files.readAllBytes(file(relativePath));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A real export: {@code schedules/NAME} (SOURCES.md in that folder describes them). */
    public static Path schedule(String name) {
        return file("schedules/" + name);
    }

    /** Skips the calling test (or fails it under {@value #REQUIRE}) unless {@code ../shared} is there. */
    public static Path requireFolder() {
        return beside().folder();
    }

    Path folder() {
        if (folder.isPresent()) {
            return folder.get();
        }
        String why = "the tests on the real exports need " + expected + " (the shared folder beside the "
                + "repository), which is not there";
        if (required) {
            throw new IllegalStateException(REQUIRE + "=true and " + why + "; put the shared folder there, or unset "
                    + REQUIRE + " to skip these tests");
        }
        String line = "Skipped: " + why + " (as in a fresh clone); the bundled fixtures still run. Set " + REQUIRE
                + "=true to fail instead.";
        if (tellOnSkip && TOLD.compareAndSet(false, true)) {
            System.out.println("[emcee] " + line);
        }
        return Assumptions.abort(line);
    }

    Path resolve(String relativePath) {
        Path root = folder();
        Path file = root.resolve(relativePath).normalize();
        if (!file.startsWith(root)) {
            throw new IllegalArgumentException(relativePath + " is not a path inside " + root);
        }
        if (!Files.isRegularFile(file)) {
            throw new IllegalStateException(file + " is missing from the shared folder"
                    + (relativePath.startsWith("schedules/") ? "; SOURCES.md in " + root.resolve("schedules")
                    + " lists the expected files" : ""));
        }
        return file;
    }
}
