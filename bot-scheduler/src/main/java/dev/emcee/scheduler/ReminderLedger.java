package dev.emcee.scheduler;

import dev.emcee.core.agenda.AgendaUser;
import dev.emcee.core.agenda.ReminderKey;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import dev.emcee.core.schedule.SessionId;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import javax.sql.DataSource;

/**
 * The record of every reminder claimed and sent, keyed by (person, session, start, lead), and of every change to a
 * bookmarked session told to a person. Sending goes claim, send, mark sent, as for announcements: a claim that
 * exists is never taken again, except by the recovery of the execution that made it.
 */
final class ReminderLedger {
    /** A row's state. */
    enum State { CLAIMED, SENT }

    private static final String WHAT = "The reminder ledger";
    private static final String KEY_MATCH = "platform = ? AND user_id = ? AND session_id = ? "
            + "AND start_epoch_second = ? AND lead_seconds = ?";

    private final DataSource dataSource;

    ReminderLedger(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /**
     * Claims the reminder for {@code owner}.
     *
     * @param takeOver whether a claim by someone else that was never marked sent is taken over (a recovery)
     * @return whether {@code owner} now holds the claim
     */
    boolean claim(ReminderKey key, String owner, boolean takeOver, Instant now) {
        return Transactions.run(dataSource, WHAT, c -> {
            State state = stateOf(c, key);
            if (state == null) {
                try (PreparedStatement s = c.prepareStatement("INSERT INTO reminder_ledger (platform, user_id, "
                        + "session_id, start_epoch_second, lead_seconds, state, claimed_by, claimed_at) "
                        + "VALUES (?, ?, ?, ?, ?, 'CLAIMED', ?, ?)")) {
                    bindKey(s, key);
                    s.setString(6, owner);
                    s.setLong(7, now.toEpochMilli());
                    s.executeUpdate();
                    return true;
                } catch (SQLException e) {
                    if (Transactions.DUPLICATE_KEY.equals(e.getSQLState())) {
                        return false; // another instance claimed it a moment ago
                    }
                    throw e;
                }
            }
            if (state == State.CLAIMED && takeOver) {
                return update(c, "UPDATE reminder_ledger SET claimed_by = ?, claimed_at = ? WHERE " + KEY_MATCH
                        + " AND state = 'CLAIMED'", owner, now.toEpochMilli(), key) > 0;
            }
            return false;
        });
    }

    /** Marks the owner's claim as sent. */
    void markSent(ReminderKey key, String owner, Instant sentAt) {
        Transactions.run(dataSource, WHAT, c -> {
            try (PreparedStatement s = c.prepareStatement("UPDATE reminder_ledger SET state = 'SENT', sent_at = ? "
                    + "WHERE " + KEY_MATCH + " AND claimed_by = ?")) {
                s.setLong(1, sentAt.toEpochMilli());
                bindKey(s, 2, key);
                s.setString(7, owner);
                return s.executeUpdate();
            }
        });
    }

    /** Gives up the owner's unsent claim (sending failed), so that a retry can claim it again. */
    void release(ReminderKey key, String owner) {
        Transactions.run(dataSource, WHAT, c -> {
            try (PreparedStatement s = c.prepareStatement("DELETE FROM reminder_ledger WHERE " + KEY_MATCH
                    + " AND claimed_by = ? AND state = 'CLAIMED'")) {
                bindKey(s, key);
                s.setString(6, owner);
                return s.executeUpdate();
            }
        });
    }

    /** The state of one reminder, or null when nobody claimed it. */
    State state(ReminderKey key) {
        return Transactions.run(dataSource, WHAT, c -> stateOf(c, key));
    }

    /** The reminders already sent, of one person or (empty) everyone, by job name ({@link ReminderJobs#name}). */
    Set<String> sentNames(java.util.Optional<AgendaUser> user) {
        return Transactions.run(dataSource, WHAT, c -> {
            Set<String> names = new HashSet<>();
            try (PreparedStatement s = c.prepareStatement("SELECT platform, user_id, session_id, start_epoch_second, "
                    + "lead_seconds FROM reminder_ledger WHERE state = 'SENT'"
                    + (user.isPresent() ? " AND platform = ? AND user_id = ?" : ""))) {
                if (user.isPresent()) {
                    JdbcAgendaStore.bindUser(s, user.get());
                }
                try (ResultSet r = s.executeQuery()) {
                    while (r.next()) {
                        var platform = JdbcAgendaStore.platform(r.getString(1));
                        if (platform.isPresent()) {
                            names.add(ReminderJobs.name(new ReminderKey(new AgendaUser(platform.get(),
                                    r.getString(2)), new SessionId(r.getString(3)),
                                    Instant.ofEpochSecond(r.getLong(4)), Duration.ofSeconds(r.getInt(5)))));
                        }
                    }
                }
            }
            return names;
        });
    }

    /** Claims telling {@code user} about one change; false when it was told already (here or by another instance). */
    boolean claimChange(String changeKey, AgendaUser user, String owner, Instant now) {
        return Transactions.run(dataSource, WHAT, c -> {
            try (PreparedStatement s = c.prepareStatement("INSERT INTO agenda_change_ledger (change_key, platform, "
                    + "user_id, claimed_by, claimed_at) VALUES (?, ?, ?, ?, ?)")) {
                s.setString(1, changeKey);
                s.setString(2, user.platformName());
                s.setString(3, user.userId());
                s.setString(4, owner);
                s.setLong(5, now.toEpochMilli());
                s.executeUpdate();
                return true;
            } catch (SQLException e) {
                if (Transactions.DUPLICATE_KEY.equals(e.getSQLState())) {
                    return false;
                }
                throw e;
            }
        });
    }

    private static State stateOf(Connection c, ReminderKey key) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT state FROM reminder_ledger WHERE " + KEY_MATCH)) {
            bindKey(s, key);
            try (ResultSet r = s.executeQuery()) {
                return r.next() ? State.valueOf(r.getString(1)) : null;
            }
        }
    }

    private static int update(Connection c, String sql, String owner, long at, ReminderKey key) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(sql)) {
            s.setString(1, owner);
            s.setLong(2, at);
            bindKey(s, 3, key);
            return s.executeUpdate();
        }
    }

    private static void bindKey(PreparedStatement s, ReminderKey key) throws SQLException {
        bindKey(s, 1, key);
    }

    private static void bindKey(PreparedStatement s, int first, ReminderKey key) throws SQLException {
        s.setString(first, key.user().platformName());
        s.setString(first + 1, key.user().userId());
        s.setString(first + 2, key.session().value());
        s.setLong(first + 3, key.start().getEpochSecond());
        s.setInt(first + 4, Math.toIntExact(key.lead().getSeconds()));
    }
}
