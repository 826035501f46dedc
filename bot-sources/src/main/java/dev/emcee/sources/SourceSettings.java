package dev.emcee.sources;

import dev.emcee.sources.read.ReadOptions;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneId;
import java.util.Objects;
import java.util.Optional;

/**
 * How schedule sources are read and kept fresh.
 *
 * @param zone the conference's zone when a source names none ({@code --zone}, {@code schedule.zone})
 * @param urlRefresh how often a URL is asked again (conditionally: ETag / Last-Modified)
 * @param fileCheck how often a file is checked for changes (modification time and size)
 * @param httpTimeout how long one request may take
 * @param maxBytes sources larger than this are refused
 * @param dataFolder where the last good copy of each URL source is kept; empty keeps none
 * @param baseFolder what relative file paths are relative to
 */
public record SourceSettings(Optional<ZoneId> zone, Duration urlRefresh, Duration fileCheck, Duration httpTimeout,
        long maxBytes, Optional<Path> dataFolder, Path baseFolder) {

    public SourceSettings {
        Objects.requireNonNull(zone, "zone");
        positive(urlRefresh, "urlRefresh");
        positive(fileCheck, "fileCheck");
        positive(httpTimeout, "httpTimeout");
        if (maxBytes <= 0) {
            throw new IllegalArgumentException("maxBytes must be positive");
        }
        Objects.requireNonNull(dataFolder, "dataFolder");
        Objects.requireNonNull(baseFolder, "baseFolder");
    }

    /** URLs every 5 minutes, files every 2 seconds, 30-second requests, 20 MB, no data folder, paths from here. */
    public static SourceSettings defaults() {
        return new SourceSettings(Optional.empty(), Duration.ofMinutes(5), Duration.ofSeconds(2),
                Duration.ofSeconds(30), ScheduleImporter.DEFAULT_MAX_BYTES, Optional.empty(), Path.of(""));
    }

    /** A copy with the zone set. */
    public SourceSettings withZone(Optional<ZoneId> newZone) {
        return new SourceSettings(newZone, urlRefresh, fileCheck, httpTimeout, maxBytes, dataFolder, baseFolder);
    }

    /** A copy keeping last good copies in {@code folder}. */
    public SourceSettings withDataFolder(Path folder) {
        return new SourceSettings(zone, urlRefresh, fileCheck, httpTimeout, maxBytes, Optional.of(folder),
                baseFolder);
    }

    /** A copy with other refresh intervals. */
    public SourceSettings withRefresh(Duration urls, Duration files) {
        return new SourceSettings(zone, urls, files, httpTimeout, maxBytes, dataFolder, baseFolder);
    }

    /** A copy resolving relative paths against {@code folder}. */
    public SourceSettings withBaseFolder(Path folder) {
        return new SourceSettings(zone, urlRefresh, fileCheck, httpTimeout, maxBytes, dataFolder, folder);
    }

    /** The options every importer gets. */
    public ReadOptions readOptions() {
        return new ReadOptions(zone);
    }

    private static void positive(Duration duration, String name) {
        Objects.requireNonNull(duration, name);
        if (duration.isNegative() || duration.isZero()) {
            throw new IllegalArgumentException(name + " must be positive");
        }
    }
}
