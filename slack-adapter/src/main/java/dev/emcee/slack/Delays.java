package dev.emcee.slack;

import java.time.Duration;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/** Runs a task after a delay; production uses a scheduler thread, tests record the delay and run at once. */
@FunctionalInterface
interface Delays {
    void after(Duration delay, Runnable task);

    /** Schedules on the given executor (which the owner shuts down). */
    static Delays on(ScheduledExecutorService scheduler) {
        return (delay, task) -> scheduler.schedule(task, delay.toMillis(), TimeUnit.MILLISECONDS);
    }
}
