package dev.emcee.app.command;

import dev.emcee.app.http.ReadinessCheck;
import dev.emcee.core.schedule.CurrentSchedule;
import java.util.Optional;

/** Ready when a schedule with sessions is in service. */
final class ScheduleReadiness implements ReadinessCheck {
    private final CurrentSchedule schedule;

    ScheduleReadiness(CurrentSchedule schedule) {
        this.schedule = schedule;
    }

    @Override
    public String name() {
        return "schedule";
    }

    @Override
    public Optional<String> problem() {
        return schedule.get().sessions().isEmpty() ? Optional.of("the schedule in service has no sessions")
                : Optional.empty();
    }
}
