package dev.emcee.app.settings;

import dev.emcee.core.announce.DurationText;
import java.time.Duration;
import java.util.List;

/**
 * Where the schedule comes from.
 *
 * @param files schedule files (relative to the config folder) or URLs, merged in order
 * @param zone the conference's zone when a source names none (IANA name, e.g. America/Los_Angeles)
 * @param refresh how often a URL source is asked again (conditionally, with ETag / Last-Modified)
 */
public record ScheduleSettings(List<String> files, String zone, Duration refresh) {
    /** Five minutes: a schedule change shows within minutes, and the conference's server is asked rarely. */
    public static final Duration DEFAULT_REFRESH = Duration.ofMinutes(5);
    /** Asking a conference's server more often than this would be impolite and gains nothing. */
    public static final Duration MIN_REFRESH = Duration.ofSeconds(30);

    public ScheduleSettings {
        files = files == null ? List.of() : List.copyOf(files);
        refresh = refresh == null ? DEFAULT_REFRESH : refresh;
        if (refresh.compareTo(MIN_REFRESH) < 0) {
            throw new IllegalArgumentException("schedule.refresh must be at least "
                    + DurationText.format(MIN_REFRESH) + ", not " + DurationText.format(refresh));
        }
    }
}
