package dev.emcee.scheduler;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.sql.Connection;
import java.sql.Statement;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** The timetable contract on Quartz, clustered, on a real PostgreSQL server (emptied before each case). */
class QuartzTimetablePostgresTest extends QuartzTimetableContract {
    private static EmbeddedPostgres server;

    @BeforeAll
    static void startServer() throws Exception {
        server = EmbeddedPostgres.builder().start();
    }

    @AfterAll
    static void stopServer() throws Exception {
        server.close();
    }

    @Override
    DatabaseSettings settings() {
        try (Connection c = server.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
            s.execute("DROP SCHEMA public CASCADE; CREATE SCHEMA public");
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
        return new DatabaseSettings(server.getJdbcUrl("postgres", "postgres"), "postgres", null);
    }
}
