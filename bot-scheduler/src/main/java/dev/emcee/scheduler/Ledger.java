package dev.emcee.scheduler;

import dev.emcee.core.announce.AnnouncementKey;
import dev.emcee.core.announce.Route;
import dev.emcee.core.platform.Platform;
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
 * The record of every delivery claimed and sent (announcements and reminders alike, table {@code job_ledger}), and
 * of every schedule change told to a recipient ({@code change_ledger}).
 *
 * <p>Delivering goes claim, send, mark sent. The claims of one message are taken together under a row lock, so two
 * instances never split a message; a claim that exists (sent or being sent) is never taken again, except by a
 * recovery of the execution that made it (a crash between claim and send), or by a retry once the attempt that
 * made it gave up (its row is then kept as {@link #RELEASED}, with the moment that attempt began).
 */
public final class Ledger {
    /** A row's state. */
    public enum State { CLAIMED, SENT }

    /** One announcement's row, for the operator view. */
    public record Entry(AnnouncementKey key, State state, String claimedBy, Instant claimedAt, Instant sentAt,
            String label) {
    }

    /**
     * What a claim taken and given up again holds as its owner: the attempt failed or timed out, and may still have
     * reached the platform, so the retry that claims it next is told since when ({@link Claimed#earlierAttempt()}).
     */
    static final String RELEASED = "(released)";

    /**
     * The claims one execution now owns.
     *
     * @param keys the keys claimed; empty when all were claimed already
     * @param earlierAttempt the earliest moment an earlier attempt at one of them began (a crashed or given-up
     *     attempt whose post may have reached the platform), or null when none was made
     */
    record Claimed(List<ClaimKey> keys, Instant earlierAttempt) {
        Claimed {
            keys = List.copyOf(keys);
        }
    }

    private static final String WHAT = "The ledger";
    private static final String COLUMNS = "kind, platform, recipient, session_id, start_epoch_second, lead_seconds";
    private static final String KEY_MATCH = "kind = ? AND platform = ? AND recipient = ? AND session_id = ? "
            + "AND start_epoch_second = ? AND lead_seconds = ?";

    private final DataSource dataSource;

    public Ledger(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /**
     * Claims those of {@code keys} that nobody has claimed, or whose last attempt gave up, all at once.
     *
     * @param owner who claims (one id per execution)
     * @param takeOver whether rows CLAIMED but not SENT by someone else are taken over (a recovery after a crash)
     * @param labels the session labels, kept for the operator view
     * @return the keys now owned by {@code owner} and when an earlier attempt at them began, if one did
     */
    Claimed claim(List<ClaimKey> keys, String owner, boolean takeOver, Instant now, Map<SessionId, String> labels) {
        return Transactions.run(dataSource, WHAT, c -> {
            try (PreparedStatement lock = c.prepareStatement(
                    "SELECT name FROM announcement_lock WHERE name = 'claims' FOR UPDATE")) {
                lock.executeQuery().close();
            }
            List<ClaimKey> mine = new ArrayList<>();
            Instant earlier = null;
            for (ClaimKey key : keys) {
                Row row = rowOf(c, key);
                if (row == null) {
                    insertClaim(c, key, owner, now, labels.get(key.session()));
                    mine.add(key);
                } else if (row.state() == State.CLAIMED && (takeOver || RELEASED.equals(row.claimedBy()))) {
                    execute(c, "UPDATE job_ledger SET claimed_by = ?, claimed_at = ? WHERE " + KEY_MATCH
                            + " AND state = 'CLAIMED'", List.of(owner, now.toEpochMilli()), key, List.of());
                    mine.add(key);
                    earlier = earlier == null || row.claimedAt().isBefore(earlier) ? row.claimedAt() : earlier;
                }
            }
            return new Claimed(mine, earlier);
        });
    }

    /** Marks the owner's claims as sent. */
    void markSent(List<ClaimKey> keys, String owner, Instant sentAt) {
        Transactions.run(dataSource, WHAT, c -> {
            for (ClaimKey key : keys) {
                execute(c, "UPDATE job_ledger SET state = 'SENT', sent_at = ? WHERE " + KEY_MATCH
                        + " AND claimed_by = ?", List.of(sentAt.toEpochMilli()), key, List.of(owner));
            }
            return null;
        });
    }

    /**
     * Gives up the owner's unsent claims (sending failed or timed out), so that a retry can claim them again. The
     * rows stay, owned by {@link #RELEASED} and with the moment of the attempt, since the attempt may have reached
     * the platform after all (a late answer, a request cancelled too late): the retry looks before it posts again.
     */
    void release(List<ClaimKey> keys, String owner) {
        Transactions.run(dataSource, WHAT, c -> {
            for (ClaimKey key : keys) {
                execute(c, "UPDATE job_ledger SET claimed_by = ? WHERE " + KEY_MATCH
                        + " AND claimed_by = ? AND state = 'CLAIMED'", List.of(RELEASED), key, List.of(owner));
            }
            return null;
        });
    }

    /** Deletes one claim, so that it can be claimed afresh (an event deleted may be created again later). */
    void forget(ClaimKey key) {
        Transactions.run(dataSource, WHAT, c -> {
            execute(c, "DELETE FROM job_ledger WHERE " + KEY_MATCH, List.of(), key, List.of());
            return null;
        });
    }

    /** The state of one claim, or null when nobody has claimed it. */
    State state(ClaimKey key) {
        return Transactions.run(dataSource, WHAT, c -> {
            Row row = rowOf(c, key);
            return row == null ? null : row.state();
        });
    }

    /** The claims of a kind already sent (to one recipient when {@code recipient} is not null). */
    Set<ClaimKey> sent(JobKind kind, Recipient recipient) {
        return Transactions.run(dataSource, WHAT, c -> {
            Set<ClaimKey> keys = new HashSet<>();
            try (PreparedStatement s = c.prepareStatement("SELECT " + COLUMNS + " FROM job_ledger WHERE kind = ? "
                    + "AND state = 'SENT'" + (recipient == null ? "" : " AND platform = ? AND recipient = ?"))) {
                s.setString(1, kind.name());
                if (recipient != null) {
                    s.setString(2, recipient.platform().key());
                    s.setString(3, recipient.id());
                }
                try (ResultSet r = s.executeQuery()) {
                    while (r.next()) {
                        keys.add(keyOf(r));
                    }
                }
            }
            return keys;
        });
    }

    /** Every announcement's row, oldest claim first. */
    public List<Entry> entries() {
        return Transactions.run(dataSource, WHAT, c -> {
            List<Entry> entries = new ArrayList<>();
            try (PreparedStatement s = c.prepareStatement("SELECT " + COLUMNS + ", state, claimed_by, claimed_at, "
                    + "sent_at, label FROM job_ledger WHERE kind = 'ANNOUNCEMENT' "
                    + "ORDER BY claimed_at, session_id, platform, recipient");
                    ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    ClaimKey k = keyOf(r);
                    AnnouncementKey key = new AnnouncementKey(k.session(), k.start(), k.lead(),
                            new Route(Platform.fromKey(k.platform()).orElseThrow(), k.recipient()));
                    long sent = r.getLong(10);
                    entries.add(new Entry(key, State.valueOf(r.getString(7)), r.getString(8),
                            Instant.ofEpochMilli(r.getLong(9)), r.wasNull() || sent == 0 ? null
                                    : Instant.ofEpochMilli(sent), r.getString(11)));
                }
            }
            return entries;
        });
    }

    /**
     * Claims telling a recipient about one schedule change; false when another instance (or an earlier reload) did.
     *
     * @param changeKey identifies the change itself (session, kind, old and new time and room)
     */
    boolean claimChange(JobKind kind, String changeKey, Recipient recipient, String owner, Instant now) {
        return Transactions.run(dataSource, WHAT, c -> {
            try (PreparedStatement s = c.prepareStatement("INSERT INTO change_ledger "
                    + "(kind, change_key, platform, recipient, claimed_by, claimed_at) VALUES (?, ?, ?, ?, ?, ?)")) {
                s.setString(1, kind.name());
                s.setString(2, changeKey);
                s.setString(3, recipient.platform().key());
                s.setString(4, recipient.id());
                s.setString(5, owner);
                s.setLong(6, now.toEpochMilli());
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

    /** Deletes every row of both ledgers about one person ("forget me"), in the caller's transaction. */
    static void forget(Connection c, Recipient.Person person) throws SQLException {
        for (String table : List.of("job_ledger", "change_ledger")) {
            try (PreparedStatement s = c.prepareStatement("DELETE FROM " + table + " WHERE kind = 'REMINDER' "
                    + "AND platform = ? AND recipient = ?")) {
                s.setString(1, person.platform().key());
                s.setString(2, person.id());
                s.executeUpdate();
            }
        }
    }

    private static ClaimKey keyOf(ResultSet r) throws SQLException {
        return new ClaimKey(JobKind.valueOf(r.getString(1)), r.getString(2), r.getString(3),
                new SessionId(r.getString(4)), Instant.ofEpochSecond(r.getLong(5)), Duration.ofSeconds(r.getInt(6)));
    }

    /** What the ledger holds about one claim. */
    private record Row(State state, String claimedBy, Instant claimedAt) {
    }

    private static Row rowOf(Connection c, ClaimKey key) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT state, claimed_by, claimed_at FROM job_ledger WHERE "
                + KEY_MATCH)) {
            bindKey(s, 1, key);
            try (ResultSet r = s.executeQuery()) {
                return r.next() ? new Row(State.valueOf(r.getString(1)), r.getString(2),
                        Instant.ofEpochMilli(r.getLong(3))) : null;
            }
        }
    }

    private static void insertClaim(Connection c, ClaimKey key, String owner, Instant now, String label)
            throws SQLException {
        try (PreparedStatement s = c.prepareStatement("INSERT INTO job_ledger (" + COLUMNS + ", state, claimed_by, "
                + "claimed_at, label) VALUES (?, ?, ?, ?, ?, ?, 'CLAIMED', ?, ?, ?)")) {
            bindKey(s, 1, key);
            s.setString(7, owner);
            s.setLong(8, now.toEpochMilli());
            s.setString(9, label == null ? null : label.substring(0, Math.min(label.length(), 500)));
            s.executeUpdate();
        }
    }

    /** Runs a statement whose parameters are {@code before}, then the key's six, then {@code after}. */
    private static void execute(Connection c, String sql, List<Object> before, ClaimKey key, List<Object> after)
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

    private static int bindKey(PreparedStatement s, int first, ClaimKey key) throws SQLException {
        s.setString(first, key.kind().name());
        s.setString(first + 1, key.platform());
        s.setString(first + 2, key.recipient());
        s.setString(first + 3, key.session().value());
        s.setLong(first + 4, key.start().getEpochSecond());
        s.setInt(first + 5, Math.toIntExact(key.lead().getSeconds()));
        return first + 6;
    }
}
