package dev.emcee.scheduler;

import dev.emcee.core.announce.AnnouncementKey;
import dev.emcee.core.announce.Route;
import dev.emcee.core.schedule.SessionId;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.sql.DataSource;

/**
 * The record of every announcement claimed and sent, keyed by (session, start, lead, route).
 *
 * <p>Posting goes claim, post, mark sent. Claims of one message are taken together under a row lock, so two
 * instances never split a message; a claim that exists (sent or being sent) is never taken again, except by a
 * recovery of the execution that made it (a crash between claim and post).
 */
public final class Ledger {
    /** A row's state. */
    public enum State { CLAIMED, SENT }

    /** One row, for the operator view. */
    public record Entry(AnnouncementKey key, State state, String claimedBy, Instant claimedAt, Instant sentAt,
            String label) {
    }

    private final DataSource dataSource;

    public Ledger(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /**
     * Claims those of {@code keys} that nobody has claimed, all at once.
     *
     * @param owner who claims (one id per execution)
     * @param takeOver whether rows CLAIMED but not SENT by someone else are taken over (a recovery after a crash)
     * @param labels the session labels, kept for the operator view
     * @return the keys now owned by {@code owner}; empty when all were claimed already
     */
    public List<AnnouncementKey> claim(List<AnnouncementKey> keys, String owner, boolean takeOver, Instant now,
            Map<SessionId, String> labels) {
        return inTransaction(c -> {
            try (PreparedStatement lock = c.prepareStatement(
                    "SELECT name FROM announcement_lock WHERE name = 'claims' FOR UPDATE")) {
                lock.executeQuery().close();
            }
            List<AnnouncementKey> mine = new ArrayList<>();
            for (AnnouncementKey key : keys) {
                State state = stateOf(c, key);
                if (state == null) {
                    insertClaim(c, key, owner, now, labels.get(key.session()));
                    mine.add(key);
                } else if (state == State.CLAIMED && takeOver) {
                    execute(c, "UPDATE announcement_ledger SET claimed_by = ?, claimed_at = ? WHERE " + KEY_MATCH
                            + " AND state = 'CLAIMED'", List.of(owner, now.toEpochMilli()), key, List.of());
                    mine.add(key);
                }
            }
            return mine;
        });
    }

    /** Marks the owner's claims as sent. */
    public void markSent(List<AnnouncementKey> keys, String owner, Instant sentAt) {
        inTransaction(c -> {
            for (AnnouncementKey key : keys) {
                execute(c, "UPDATE announcement_ledger SET state = 'SENT', sent_at = ? WHERE " + KEY_MATCH
                        + " AND claimed_by = ?", List.of(sentAt.toEpochMilli()), key, List.of(owner));
            }
            return null;
        });
    }

    /** Gives up the owner's unsent claims (the post failed), so that a retry can claim them again. */
    public void release(List<AnnouncementKey> keys, String owner) {
        inTransaction(c -> {
            for (AnnouncementKey key : keys) {
                execute(c, "DELETE FROM announcement_ledger WHERE " + KEY_MATCH
                        + " AND claimed_by = ? AND state = 'CLAIMED'", List.of(), key, List.of(owner));
            }
            return null;
        });
    }

    /** The state of one announcement, or null when nobody has claimed it. */
    public State state(AnnouncementKey key) {
        return inTransaction(c -> stateOf(c, key));
    }

    /** The keys already sent, so that nothing is scheduled for them again. */
    public Set<AnnouncementKey> sentKeys() {
        Set<AnnouncementKey> keys = new HashSet<>();
        for (Entry e : entries()) {
            if (e.state() == State.SENT) {
                keys.add(e.key());
            }
        }
        return keys;
    }

    /** Every row, oldest claim first. */
    public List<Entry> entries() {
        return inTransaction(c -> {
            List<Entry> entries = new ArrayList<>();
            try (PreparedStatement s = c.prepareStatement("SELECT session_id, start_epoch_second, lead_seconds, "
                    + "platform, channel, state, claimed_by, claimed_at, sent_at, label FROM announcement_ledger "
                    + "ORDER BY claimed_at, session_id, platform, channel");
                    ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    AnnouncementKey key = new AnnouncementKey(new SessionId(r.getString(1)),
                            Instant.ofEpochSecond(r.getLong(2)), Duration.ofSeconds(r.getInt(3)),
                            new Route(JdbcAgendaStore.platform(r.getString(4)).orElseThrow(), r.getString(5)));
                    long sent = r.getLong(9);
                    entries.add(new Entry(key, State.valueOf(r.getString(6)), r.getString(7),
                            Instant.ofEpochMilli(r.getLong(8)), r.wasNull() || sent == 0 ? null : Instant.ofEpochMilli(sent),
                            r.getString(10)));
                }
            }
            return entries;
        });
    }

    /**
     * Claims a schedule-change notice for a route; false when another instance (or an earlier reload) did.
     *
     * @param changeKey identifies the change itself (session, kind, old and new time and room)
     */
    public boolean claimChange(String changeKey, Route route, String owner, Instant now) {
        return inTransaction(c -> {
            try (PreparedStatement s = c.prepareStatement("INSERT INTO schedule_change_ledger "
                    + "(change_key, platform, channel, claimed_by, claimed_at) VALUES (?, ?, ?, ?, ?)")) {
                s.setString(1, changeKey);
                s.setString(2, route.platform().key());
                s.setString(3, route.channel());
                s.setString(4, owner);
                s.setLong(5, now.toEpochMilli());
                s.executeUpdate();
                return true;
            } catch (SQLException e) {
                if ("23505".equals(e.getSQLState())) {
                    return false;
                }
                throw e;
            }
        });
    }

    private static final String KEY_MATCH = "session_id = ? AND start_epoch_second = ? AND lead_seconds = ? "
            + "AND platform = ? AND channel = ?";

    private static State stateOf(Connection c, AnnouncementKey key) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT state FROM announcement_ledger WHERE " + KEY_MATCH)) {
            bindKey(s, 1, key);
            try (ResultSet r = s.executeQuery()) {
                return r.next() ? State.valueOf(r.getString(1)) : null;
            }
        }
    }

    private static void insertClaim(Connection c, AnnouncementKey key, String owner, Instant now, String label)
            throws SQLException {
        try (PreparedStatement s = c.prepareStatement("INSERT INTO announcement_ledger (session_id, "
                + "start_epoch_second, lead_seconds, platform, channel, state, claimed_by, claimed_at, label) "
                + "VALUES (?, ?, ?, ?, ?, 'CLAIMED', ?, ?, ?)")) {
            bindKey(s, 1, key);
            s.setString(6, owner);
            s.setLong(7, now.toEpochMilli());
            s.setString(8, label == null ? null : label.substring(0, Math.min(label.length(), 500)));
            s.executeUpdate();
        }
    }

    /** Runs a statement whose parameters are {@code before}, then the key's five, then {@code after}. */
    private static void execute(Connection c, String sql, List<Object> before, AnnouncementKey key, List<Object> after)
            throws SQLException {
        try (PreparedStatement s = c.prepareStatement(sql)) {
            int i = 1;
            for (Object value : before) {
                s.setObject(i++, value);
            }
            i = bindKey(s, i, key);
            for (Object value : after) {
                s.setObject(i++, value);
            }
            s.executeUpdate();
        }
    }

    private static int bindKey(PreparedStatement s, int first, AnnouncementKey key) throws SQLException {
        s.setString(first, key.session().value());
        s.setLong(first + 1, key.start().getEpochSecond());
        s.setInt(first + 2, Math.toIntExact(key.lead().getSeconds()));
        s.setString(first + 3, key.route().platform().key());
        s.setString(first + 4, key.route().channel());
        return first + 5;
    }

    private interface Work<T> {
        T run(Connection connection) throws SQLException;
    }

    private <T> T inTransaction(Work<T> work) {
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
            throw new AnnouncementDatabaseException("The announcement ledger could not be read or written: "
                    + e.getMessage(), e);
        }
    }
}
