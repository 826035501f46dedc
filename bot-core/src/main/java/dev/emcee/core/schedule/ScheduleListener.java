package dev.emcee.core.schedule;

/** Told when a new schedule replaces the one in service (answer caches, announcement rescheduling). */
@FunctionalInterface
public interface ScheduleListener {
    /**
     * Called after {@code current} has replaced {@code previous}.
     *
     * @param previous the schedule that was in service before
     * @param current the schedule now in service
     */
    void scheduleChanged(Schedule previous, Schedule current);
}
