package dev.emcee.sources.read;

/** Reads one schedule format into a validated schedule, or refuses it with located problems. */
@FunctionalInterface
public interface ScheduleReader {
    /**
     * Reads the source.
     *
     * @throws ScheduleLoadException with every error found (file, line where the format has lines, field)
     */
    LoadedSchedule read(SourceText source, ReadOptions options) throws ScheduleLoadException;
}
