package dev.emcee.app.settings;

import java.util.List;

/**
 * Where the schedule comes from.
 *
 * @param files schedule files (relative to the config folder) or URLs, merged in order
 * @param zone the conference's zone when a source names none (IANA name, e.g. America/Los_Angeles)
 */
public record ScheduleSettings(List<String> files, String zone) {
    public ScheduleSettings {
        files = files == null ? List.of() : List.copyOf(files);
    }
}
