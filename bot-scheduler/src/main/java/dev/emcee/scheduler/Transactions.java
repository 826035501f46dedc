package dev.emcee.scheduler;

import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;

/** Runs work in one database transaction, rolled back when it fails, with a message for people on failure. */
final class Transactions {
    /** Work on one connection. */
    interface Work<T> {
        T run(Connection connection) throws SQLException;
    }

    /** The SQL state of a unique or primary key violation, the same on H2 and PostgreSQL. */
    static final String DUPLICATE_KEY = "23505";

    private Transactions() {
    }

    /**
     * Runs {@code work} in a transaction.
     *
     * @param what what is read or written, for the message ("the agenda store")
     */
    static <T> T run(DataSource dataSource, String what, Work<T> work) {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try {
                T result = work.run(c);
                c.commit();
                return result;
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw new AnnouncementDatabaseException(what + " could not be read or written: " + e.getMessage(), e);
        }
    }
}
