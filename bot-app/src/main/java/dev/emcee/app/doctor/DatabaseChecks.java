package dev.emcee.app.doctor;

import dev.emcee.app.doctor.check.DoctorContext;
import dev.emcee.app.doctor.check.Finding;
import dev.emcee.scheduler.DatabaseSettings;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.List;

/** Checks the announcement database: that the embedded one is free, that a shared one answers. */
final class DatabaseChecks {
    private static final int DATABASE_TIMEOUT_SECONDS = 10;
    /** H2's file name suffix, and its error code for a database file another process holds (90020). */
    private static final String H2_SUFFIX = ".mv.db";
    private static final int H2_DATABASE_IN_USE = 90020;

    private DatabaseChecks() {
    }

    /**
     * Whether the embedded database can be opened: another Emcee running on the same data folder holds its file,
     * and {@code emcee run} would then refuse to start.
     */
    @SuppressWarnings("try") // the resource is held for the block and never read
    private static Finding embedded(DatabaseSettings database, Path data) {
        Path folder = data.toAbsolutePath().normalize();
        String what = "the embedded database in " + folder;
        if (!Files.exists(folder.resolve(DatabaseSettings.EMBEDDED_FILE + H2_SUFFIX))) {
            return Finding.ok("database", what + " (one instance; created when Emcee first runs)");
        }
        try (Connection connection = DriverManager.getConnection(database.jdbcUrl(folder) + ";IFEXISTS=TRUE",
                "sa", "")) {
            return Finding.ok("database", what + " is free (one instance)");
        } catch (SQLException e) {
            if (e.getErrorCode() == H2_DATABASE_IN_USE || String.valueOf(e.getMessage()).contains("locked")) {
                return Finding.fail("database", what + " is in use by another Emcee, so emcee run would refuse to "
                        + "start", "stop that Emcee, give this one its own --data folder, or share a PostgreSQL "
                        + "database between instances (database.url, EMCEE_DATABASE_URL)");
            }
            return Finding.fail("database", "cannot open " + what + ": " + e.getMessage(),
                    "move the file " + DatabaseSettings.EMBEDDED_FILE + H2_SUFFIX + " aside (announcement state is "
                            + "lost), or pass another --data folder");
        }
    }

    static List<Finding> database(DoctorContext c) {
        if (c.settings().isEmpty()) {
            return List.of();
        }
        DatabaseSettings database = c.settings().get().database();
        if (database.url() == null || database.url().isBlank()) {
            return List.of(embedded(database, c.dataDirectory()));
        }
        DriverManager.setLoginTimeout(DATABASE_TIMEOUT_SECONDS);
        try (Connection connection = DriverManager.getConnection(database.url(), database.user(),
                database.password())) {
            boolean valid = connection.isValid(DATABASE_TIMEOUT_SECONDS);
            return List.of(valid ? Finding.ok("database", "connected to " + connection.getMetaData()
                    .getDatabaseProductName() + " at " + database.url())
                    : Finding.fail("database", "connected to " + database.url() + " but it does not answer",
                            "check the database server"));
        } catch (SQLException e) {
            return List.of(Finding.fail("database", "cannot connect to " + database.url() + ": " + e.getMessage(),
                    "check database.url (EMCEE_DATABASE_URL), database.user and the password "
                            + "(EMCEE_DATABASE_PASSWORD or EMCEE_DATABASE_PASSWORD_FILE), and that the server runs"));
        }
    }
}
