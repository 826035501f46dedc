package dev.emcee.scheduler;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * One embedded PostgreSQL server for a test class, its public schema emptied before each case. Register it with
 * {@code @RegisterExtension static final PostgresServer POSTGRES = new PostgresServer();}.
 */
final class PostgresServer implements BeforeAllCallback, BeforeEachCallback, AfterAllCallback {
    private EmbeddedPostgres server;

    @Override
    public void beforeAll(ExtensionContext context) throws Exception {
        server = EmbeddedPostgres.builder().start();
    }

    @Override
    public void beforeEach(ExtensionContext context) throws SQLException {
        try (Connection c = server.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
            s.execute("DROP SCHEMA public CASCADE");
            s.execute("CREATE SCHEMA public");
        }
    }

    @Override
    public void afterAll(ExtensionContext context) throws Exception {
        server.close();
    }

    /** Settings that reach the server's (emptied) database. */
    DatabaseSettings settings() {
        return new DatabaseSettings(server.getJdbcUrl("postgres", "postgres"), "postgres", null);
    }
}
