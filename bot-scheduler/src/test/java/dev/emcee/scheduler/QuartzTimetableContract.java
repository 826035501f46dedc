package dev.emcee.scheduler;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;

/** The timetable contract on Quartz, on the real clock: the database is the subclass's. */
abstract class QuartzTimetableContract extends JobTimetableContract {
    @TempDir
    Path data;
    private AnnouncementDatabase database;

    /** The database to run on. */
    abstract DatabaseSettings settings();

    @Override
    JobTimetable create(JobRunner runner) {
        DatabaseSettings settings = settings();
        database = AnnouncementDatabase.open(settings, data);
        return QuartzTimetable.create(database, Rehearsals.FAST, Clock.systemUTC(),
                QuartzSchedulers.instanceId(settings.isShared()), dev.emcee.core.platform.Platform.CONSOLE, runner);
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
