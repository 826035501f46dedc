package dev.emcee.scheduler;

import java.nio.file.Path;

/**
 * The {@code database:} section of {@code emcee.yaml}: where announcement state lives.
 *
 * <p>Without a URL, Emcee keeps it in an embedded H2 file under the data folder (zero setup, one instance). With a
 * PostgreSQL URL ({@code EMCEE_DATABASE_URL}), several Emcee instances share it and each announcement is posted by
 * exactly one of them.
 *
 * @param url a JDBC URL such as {@code jdbc:postgresql://db:5432/emcee}, or null for the embedded file
 * @param user the database user, or null
 * @param password the database password, or null (never printed)
 */
public record DatabaseSettings(String url, String user, String password) {

    /** The embedded file's name under the data folder (H2 adds {@code .mv.db}). */
    public static final String EMBEDDED_FILE = "announcements";

    public DatabaseSettings {
        url = blankToNull(url);
        user = blankToNull(user);
        password = blankToNull(password);
        if (url != null && !url.startsWith("jdbc:postgresql:") && !url.startsWith("jdbc:h2:")) {
            throw new IllegalArgumentException("database.url must be a PostgreSQL JDBC URL such as "
                    + "jdbc:postgresql://localhost:5432/emcee, not " + url);
        }
    }

    /** No database configured: the embedded H2 file. */
    public static DatabaseSettings embedded() {
        return new DatabaseSettings(null, null, null);
    }

    /** Whether several instances may share this database (PostgreSQL): Quartz then runs clustered. */
    public boolean isShared() {
        return url != null && url.startsWith("jdbc:postgresql:");
    }

    /** The JDBC URL to use: the embedded file under {@code dataFolder} when none is set. */
    public String jdbcUrl(Path dataFolder) {
        if (url != null) {
            return url;
        }
        Path file = dataFolder.toAbsolutePath().normalize().resolve(EMBEDDED_FILE);
        // Quartz prepares its statements anew each time; H2 then parses them unless its per-connection cache
        // (8 by default) holds all of Quartz's and the ledger's, which firing an announcement costs most of.
        return "jdbc:h2:file:" + file + ";DB_CLOSE_ON_EXIT=FALSE;QUERY_CACHE_SIZE=128";
    }

    /** The settings without the password, for logs. */
    @Override
    public String toString() {
        return "DatabaseSettings[url=" + url + ", user=" + user + ", password=" + (password == null ? "none" : "***")
                + "]";
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
