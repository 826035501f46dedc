package dev.emcee.scheduler;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

/** The timetable contract on Quartz, clustered, on a real PostgreSQL server. */
class QuartzTimetablePostgresTest extends JobTimetableContract {
    private static EmbeddedPostgres postgres;

    @TempDir
    Path unused;
    private AnnouncementDatabase database;

    @BeforeAll
    static void startPostgres() throws Exception {
        postgres = EmbeddedPostgres.builder().start();
    }

    @AfterAll
    static void stopPostgres() throws Exception {
        postgres.close();
    }

    @BeforeEach
    void emptyDatabase() throws Exception {
        try (Connection c = postgres.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
            s.execute("DROP SCHEMA public CASCADE");
            s.execute("CREATE SCHEMA public");
        }
    }

    @Override
    JobTimetable create(JobRunner runner) {
        database = AnnouncementDatabase.open(new DatabaseSettings(postgres.getJdbcUrl("postgres", "postgres"),
                "postgres", null), unused);
        return QuartzTimetable.create(database, Rehearsals.FAST, Clock.systemUTC(), QuartzSchedulers.instanceId(true),
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
