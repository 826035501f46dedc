package dev.emcee.scheduler;

import dev.emcee.core.testing.MutableClock;
import java.time.Instant;

/** The timetable contract in memory, on a clock that does not move unless told. */
class InMemoryTimetableTest extends JobTimetableContract {
    private final MutableClock clock = new MutableClock(Instant.parse("2018-06-14T18:20:00Z"));

    @Override
    JobTimetable create(JobRunner runner) {
        return new InMemoryTimetable(clock, runner);
    }

    @Override
    Instant now() {
        return clock.instant();
    }

    @Override
    void letDueJobsRun(JobTimetable timetable) {
        ((InMemoryTimetable) timetable).runDue();
    }
}
