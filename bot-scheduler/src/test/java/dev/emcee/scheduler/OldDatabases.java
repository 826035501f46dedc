package dev.emcee.scheduler;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;

/** A database as an older version left it, embedded (H2) or shared (PostgreSQL), for upgrade tests. */
final class OldDatabases {
    /** What a test does with the old database: migrate it to its old version, fill it, then open and run it. */
    @FunctionalInterface
    interface Upgrade {
        void upgrade(DataSource old, boolean postgres, DatabaseSettings settings) throws Exception;
    }

    /** What a test opened (databases, pipelines), closed last-opened first. */
    static final class Opened implements AutoCloseable {
        private final List<AutoCloseable> open = new ArrayList<>();

        <T extends AutoCloseable> T add(T closeable) {
            open.add(closeable);
            return closeable;
        }

        @Override
        public void close() throws Exception {
            for (int i = open.size() - 1; i >= 0; i--) {
                open.get(i).close();
            }
            open.clear();
        }
    }

    private OldDatabases() {
    }

    /** Runs {@code upgrade} on the embedded H2 file in {@code data}. */
    static void embedded(Path data, Upgrade upgrade) throws Exception {
        JdbcDataSource old = new JdbcDataSource();
        old.setURL(DatabaseSettings.embedded().jdbcUrl(data));
        old.setUser("sa");
        upgrade.upgrade(old, false, DatabaseSettings.embedded());
    }

    /** Runs {@code upgrade} on a fresh embedded PostgreSQL, closing what it opened before the server stops. */
    static void postgres(Opened opened, Upgrade upgrade) throws Exception {
        try (EmbeddedPostgres postgres = EmbeddedPostgres.builder().start()) {
            upgrade.upgrade(postgres.getPostgresDatabase(), true,
                    new DatabaseSettings(postgres.getJdbcUrl("postgres", "postgres"), "postgres", null));
            opened.close();
        }
    }
}
