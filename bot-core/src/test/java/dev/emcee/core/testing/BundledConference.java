package dev.emcee.core.testing;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;

/**
 * Where and when the bundled demo conference from {@code config/} is, for tests of every module. Reading it takes
 * a schedule reader: {@code dev.emcee.sources.testing.BundledSchedule} in bot-sources' tests.
 */
public final class BundledConference {
    /** The conference's zone. */
    public static final ZoneId ZONE = ZoneId.of("America/Los_Angeles");
    /** The file name under {@code config/}. */
    public static final String FILE = "velocity-2018-distributed-systems.yaml";

    private BundledConference() {
    }

    /** The repository's {@code config/} folder, found from the module's working directory. */
    public static Path configDirectory() {
        Path dir = Path.of("").toAbsolutePath();
        for (Path p = dir; p != null; p = p.getParent()) {
            if (Files.isRegularFile(p.resolve("config").resolve(FILE))) {
                return p.resolve("config");
            }
        }
        throw new IllegalStateException("config/" + FILE + " not found above " + dir);
    }

    /** The instant of a local date-time on the conference's clock, such as "2018-06-14T11:00". */
    public static Instant at(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(ZONE).toInstant();
    }

    /** A clock fixed at a local date-time of the conference, in a zone far from it (answers must not care). */
    public static Clock clockAt(String localDateTime) {
        return Clock.fixed(at(localDateTime), ZoneId.of("Pacific/Kiritimati"));
    }
}
