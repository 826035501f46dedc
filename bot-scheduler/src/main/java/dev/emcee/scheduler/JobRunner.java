package dev.emcee.scheduler;

import java.time.Instant;
import java.util.Optional;

/** Runs a job at its moment; what the timetable calls. */
@FunctionalInterface
interface JobRunner {
    /**
     * Runs the job.
     *
     * @param recovering whether this re-runs an execution that crashed, which may take over its claims
     * @return the real moment to run it again (a retry, or its planned moment when it came early); empty when done
     */
    Optional<Instant> run(PlannedJob job, boolean recovering);
}
