package dev.emcee.scheduler;

import org.junit.jupiter.api.extension.RegisterExtension;

/** The timetable contract on Quartz, clustered, on a real PostgreSQL server (emptied before each case). */
class QuartzTimetablePostgresTest extends QuartzTimetableContract {
    @RegisterExtension
    static final PostgresServer POSTGRES = new PostgresServer();

    @Override
    DatabaseSettings settings() {
        return POSTGRES.settings();
    }
}
