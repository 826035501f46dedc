package dev.emcee.app;

import dev.emcee.core.source.LoadedSchedule;
import dev.emcee.core.source.ScheduleLoadException;
import dev.emcee.core.source.yaml.EmceeYamlReader;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.Optional;

/** Reads the schedule file the operator configured or named with {@code --schedule}. */
final class ScheduleFiles {
    private ScheduleFiles() {
    }

    /**
     * Loads one schedule file.
     *
     * @param zone the conference's zone when the file names none
     */
    static LoadedSchedule load(Path file, Optional<ZoneId> zone) throws ScheduleLoadException {
        return new EmceeYamlReader(zone).read(file);
    }
}
