package dev.emcee.scheduler;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;

/** The timetable contract on Quartz and the embedded H2 file, on the real clock. */
class QuartzTimetableH2Test extends JobTimetableContract {
    @TempDir
    Path data;
    private AnnouncementDatabase database;

    @Override
    JobTimetable create(JobRunner runner) {
        database = AnnouncementDatabase.open(DatabaseSettings.embedded(), data);
        return QuartzTimetable.create(database, Rehearsals.FAST, Clock.systemUTC(), QuartzSchedulers.instanceId(false),
                runner);
    }

    @Override
    Instant now() {
        return Clock.systemUTC().instant();
    }

    @Override
    void letDueJobsRun(JobTimetable timetable) {
        // Quartz runs them on its own threads.
    }

    @AfterEach
    void closeDatabase() {
        stopTimetable();
        database.close();
    }
}
