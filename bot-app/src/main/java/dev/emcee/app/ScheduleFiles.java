package dev.emcee.app;

import dev.emcee.sources.ScheduleSource;
import dev.emcee.sources.ScheduleSources;
import dev.emcee.sources.SourceSettings;
import dev.emcee.sources.read.LoadedSchedule;
import dev.emcee.sources.read.ScheduleLoadException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

/**
 * The one place the launcher reads schedules: every format Emcee knows (detected from the content), files and
 * http(s) URLs, several merged. {@code run}, {@code chat}, {@code ask}, {@code doctor}, {@code check} and
 * {@code export} all come here.
 */
public final class ScheduleFiles {
    /** How often the sources are polled; each one is actually re-read when its own interval has passed. */
    public static final Duration POLL = Duration.ofSeconds(1);

    private ScheduleFiles() {
    }

    /**
     * The sources to read: those named on the command line ({@code --schedule}, relative to the working folder),
     * else the settings' {@code schedule.files} (relative to the config folder). Each may start with a format key
     * ({@code sessionize:https://…}).
     */
    public static List<ScheduleSource> sources(List<String> named, Path configDirectory, List<String> configured) {
        if (!named.isEmpty()) {
            return named.stream().map(ScheduleSource::parse).toList();
        }
        return configured.stream().map(ScheduleSource::parse).map(s -> s.isUrl() ? s
                : new ScheduleSource(s.path(configDirectory).toString(), s.format())).toList();
    }

    /**
     * Whether the schedules {@code named} with {@code --schedule} are the configured ones (none named, or the same
     * files and URLs): settings that belong to the configured conference, such as its simulated start, apply only
     * then.
     */
    public static boolean isConfigured(List<String> named, Path configDirectory, List<String> configured) {
        if (named.isEmpty()) {
            return true;
        }
        return places(sources(named, configDirectory, List.of()))
                .equals(places(sources(List.of(), configDirectory, configured)));
    }

    private static List<String> places(List<ScheduleSource> sources) {
        return sources.stream().map(s -> s.isUrl() ? s.location()
                : Path.of(s.location()).toAbsolutePath().normalize().toString()).toList();
    }

    /** Reads the sources once, keeping nothing (check, doctor, export). */
    public static LoadedSchedule read(List<ScheduleSource> sources, Optional<ZoneId> zone, Clock clock)
            throws ScheduleLoadException {
        return ScheduleSources.create(sources, SourceSettings.defaults().withZone(zone), clock).load();
    }

    /**
     * Opens the sources for serving: the caller loads them, then polls to keep them fresh; the last good copy of
     * each URL is kept under {@code DATA/sources/}.
     */
    public static ScheduleSources open(List<ScheduleSource> sources, Optional<ZoneId> zone, Path dataDirectory,
            Duration urlRefresh, Clock clock) {
        SourceSettings settings = SourceSettings.defaults().withZone(zone).withDataFolder(dataDirectory)
                .withRefresh(urlRefresh, SourceSettings.defaults().fileCheck());
        return ScheduleSources.create(sources, settings, clock);
    }
}
