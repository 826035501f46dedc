package dev.emcee.sources.read;

import dev.emcee.core.schedule.Schedule;
import java.util.List;
import java.util.Objects;

/** A schedule that loaded, with the warnings found on the way (legal but suspicious data). */
public record LoadedSchedule(Schedule schedule, List<Problem> warnings) {
    public LoadedSchedule {
        Objects.requireNonNull(schedule, "schedule");
        warnings = List.copyOf(warnings);
    }
}
