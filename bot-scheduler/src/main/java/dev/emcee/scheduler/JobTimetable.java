package dev.emcee.scheduler;

import java.util.Set;

/**
 * Where planned jobs wait for their moment and are run from: Quartz on the database, or memory in tests. Every
 * instance plans the same jobs under the same names, so planning one twice changes nothing.
 */
interface JobTimetable {
    /** What {@link #schedule} did. */
    enum Change { ADDED, RETIMED, UNCHANGED }

    /** Plans the job at its moment, or moves it there when it waits for another. */
    Change schedule(PlannedJob job);

    /** Removes a waiting job; false when there is none (or another instance is running it). */
    boolean unschedule(JobKind kind, String name);

    /** The names of the jobs of a kind that wait, those starting with {@code namePrefix} ("" for all). */
    Set<String> list(JobKind kind, String namePrefix);

    /** Begins running due jobs. */
    void start();

    boolean isRunning();

    /** Stops running jobs: waiting for those running, or abandoning them as a crash would. */
    void stop(boolean waitForJobs);

    /** The timetable cannot be read or changed. */
    final class TimetableException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        TimetableException(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
