package dev.emcee.scheduler;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.pool.HikariPool;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The database that holds Quartz's tables and the ledger: a connection pool, migrated with Flyway when opened.
 *
 * <p>Migrations create (Quartz's own DDL, without its DROP statements, and the ledger) or move rows forward (V4
 * merges the two ledgers and the two schedulers' jobs, copying before it drops; V7 to V7.2 move each job to its
 * platform's scheduler), so starting Emcee never loses a scheduled job or the record of a sent one.
 */
public final class AnnouncementDatabase implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(AnnouncementDatabase.class);

    private final HikariDataSource pool;
    private final boolean shared;
    private final String description;

    private AnnouncementDatabase(HikariDataSource pool, boolean shared, String description) {
        this.pool = pool;
        this.shared = shared;
        this.description = description;
    }

    /**
     * Opens (creating the embedded file if needed) and migrates the database.
     *
     * @param dataFolder where the embedded H2 file lives when no URL is set
     * @throws AnnouncementDatabaseException with a message for people when it cannot be opened
     */
    public static AnnouncementDatabase open(DatabaseSettings settings, Path dataFolder) {
        String url = settings.jdbcUrl(dataFolder);
        String description = settings.url() == null
                ? "the embedded database in " + dataFolder.toAbsolutePath().normalize()
                : "the database at " + url;
        if (settings.url() == null) {
            try {
                Files.createDirectories(dataFolder);
            } catch (java.io.IOException e) {
                throw new AnnouncementDatabaseException("Cannot create the data folder " + dataFolder
                        + " (" + e.getMessage() + "); choose another with --data.", e);
            }
        }
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(url);
        config.setUsername(settings.user() == null && settings.url() == null ? "sa" : settings.user());
        config.setPassword(settings.password());
        config.setPoolName("emcee-announcements");
        config.setMaximumPoolSize(settings.isShared() ? 8 : 5);
        config.setConnectionTimeout(10_000);
        config.setInitializationFailTimeout(10_000);
        HikariDataSource pool;
        try {
            pool = new HikariDataSource(config);
        } catch (HikariPool.PoolInitializationException e) {
            throw new AnnouncementDatabaseException(cannotOpen(settings, description, e), e);
        }
        try {
            migrate(pool, settings.isShared() || url.startsWith("jdbc:postgresql:"));
        } catch (FlywayException e) {
            pool.close();
            throw new AnnouncementDatabaseException("Cannot prepare the announcement tables in " + description + ": "
                    + e.getMessage(), e);
        }
        LOG.info("Announcement state is kept in {}", description);
        return new AnnouncementDatabase(pool, settings.isShared(), description);
    }

    private static String cannotOpen(DatabaseSettings settings, String description, Exception e) {
        String cause = rootMessage(e);
        if (settings.url() == null && (cause.contains("already in use") || cause.contains("is locked"))) {
            return "Cannot open " + description + ": another Emcee is using it. Stop that one, give this one its own "
                    + "--data folder, or share a PostgreSQL database between instances (database.url, "
                    + "EMCEE_DATABASE_URL).";
        }
        return "Cannot open " + description + ": " + cause
                + (settings.url() == null ? "" : ". Check database.url, database.user and database.password "
                        + "(EMCEE_DATABASE_URL, EMCEE_DATABASE_USER, EMCEE_DATABASE_PASSWORD).");
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return String.valueOf(t.getMessage());
    }

    private static void migrate(DataSource dataSource, boolean postgres) {
        migrations(dataSource, postgres).load().migrate();
    }

    /** Emcee's migrations of this database (the tests stop them at an older version to test upgrades). */
    static FluentConfiguration migrations(DataSource dataSource, boolean postgres) {
        return Flyway.configure()
                .dataSource(dataSource)
                .locations("classpath:db/announce/common", "classpath:db/announce/" + (postgres ? "postgresql" : "h2"))
                .table("announcement_schema_history")
                .baselineOnMigrate(true)
                .baselineVersion("0");
    }

    /** The pool, for Quartz and the ledger. */
    public DataSource dataSource() {
        return pool;
    }

    /** Whether several instances share this database (Quartz runs clustered). */
    public boolean isShared() {
        return shared;
    }

    /** Whether this is PostgreSQL (for Quartz's driver delegate). */
    boolean isPostgres() {
        return pool.getJdbcUrl().startsWith("jdbc:postgresql:");
    }

    /** "the embedded database in /srv/emcee/data", for messages. */
    public String description() {
        return description;
    }

    @Override
    public void close() {
        pool.close();
    }
}
