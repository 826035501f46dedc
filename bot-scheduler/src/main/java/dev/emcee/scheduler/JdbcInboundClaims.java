package dev.emcee.scheduler;

import dev.emcee.core.InMemoryInboundClaims;
import dev.emcee.core.InboundClaims;
import dev.emcee.core.InboundKey;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Inbound claims in the announcement database ({@code inbound_claim}), shared by every instance on it: the primary
 * key lets exactly one instance insert a delivery's row, and that instance answers. A claim costs one INSERT (in
 * auto-commit; a second UPDATE when the row is there, to take over a claim older than the retention); every
 * {@link #PURGE_EVERY} one claim also deletes the rows older than the retention.
 *
 * <p>When the database cannot be reached, the claim is granted (and a warning logged): every instance then
 * answers, so a question may be answered twice, but never goes unanswered.
 */
public final class JdbcInboundClaims implements InboundClaims {
    /** How often old claims are deleted (by whichever claim comes first after this much time). */
    public static final Duration PURGE_EVERY = Duration.ofMinutes(5);

    private static final Logger LOG = LoggerFactory.getLogger(JdbcInboundClaims.class);
    private static final String INSERT = "INSERT INTO inbound_claim (platform, kind, inbound_id, claimed_by, "
            + "claimed_at) VALUES (?, ?, ?, ?, ?)";
    private static final String TAKE_OVER = "UPDATE inbound_claim SET claimed_by = ?, claimed_at = ? "
            + "WHERE platform = ? AND kind = ? AND inbound_id = ? AND claimed_at < ?";
    private static final String PURGE = "DELETE FROM inbound_claim WHERE claimed_at < ?";

    private final DataSource dataSource;
    private final String owner;
    private final Clock clock;
    private final Duration retention;
    private final AtomicReference<Instant> nextPurge = new AtomicReference<>(Instant.MIN);

    /** Claims kept for {@link InMemoryInboundClaims#RETENTION}, made in the name of {@code owner}. */
    public JdbcInboundClaims(AnnouncementDatabase database, String owner, Clock clock) {
        this(database.dataSource(), owner, clock, InMemoryInboundClaims.RETENTION);
    }

    JdbcInboundClaims(DataSource dataSource, String owner, Clock clock, Duration retention) {
        this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
        this.owner = Objects.requireNonNull(owner, "owner");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.retention = Objects.requireNonNull(retention, "retention");
    }

    @Override
    public boolean claim(InboundKey key) {
        Instant now = clock.instant();
        try (Connection c = dataSource.getConnection()) {
            purgeIfDue(c, now);
            return insert(c, key, now);
        } catch (SQLException e) {
            LOG.warn("Could not claim the {} {} {} in the database ({}); answering it here", key.platform().key(),
                    key.kind(), key.id(), e.getMessage());
            return true;
        }
    }

    private boolean insert(Connection c, InboundKey key, Instant now) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(INSERT)) {
            s.setString(1, key.platform().key());
            s.setString(2, key.kind());
            s.setString(3, key.id());
            s.setString(4, owner);
            s.setLong(5, now.toEpochMilli());
            s.executeUpdate();
            return true;
        } catch (SQLException e) {
            if (Transactions.DUPLICATE_KEY.equals(e.getSQLState())) {
                return takeOverExpired(c, key, now); // another instance, or an earlier delivery, has it
            }
            throw e;
        }
    }

    /** A claim older than the retention (not purged yet) is forgotten: the first to update it wins it anew. */
    private boolean takeOverExpired(Connection c, InboundKey key, Instant now) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(TAKE_OVER)) {
            s.setString(1, owner);
            s.setLong(2, now.toEpochMilli());
            s.setString(3, key.platform().key());
            s.setString(4, key.kind());
            s.setString(5, key.id());
            s.setLong(6, now.minus(retention).toEpochMilli());
            return s.executeUpdate() == 1;
        }
    }

    private void purgeIfDue(Connection c, Instant now) throws SQLException {
        Instant due = nextPurge.get();
        if (now.isBefore(due) || !nextPurge.compareAndSet(due, now.plus(PURGE_EVERY))) {
            return;
        }
        try (PreparedStatement s = c.prepareStatement(PURGE)) {
            s.setLong(1, now.minus(retention).toEpochMilli());
            s.executeUpdate();
        }
    }
}
