package dev.emcee.scheduler;

import dev.emcee.core.organize.OverrideStore;
import dev.emcee.core.organize.ScheduleOverride;
import dev.emcee.core.organize.SessionChange;
import dev.emcee.core.schedule.RoomId;
import dev.emcee.core.schedule.SessionId;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The organizers' overlay in the announcement database ({@code schedule_override}), shared by every instance on it
 * and kept through restarts. Each instance reads it again every few seconds ({@code ScheduleOverlay#refresh}); the
 * table holds a few rows per conference, so a read is one small SELECT.
 *
 * <p>When the database cannot be read, the overlay last read stays in service (and a warning is logged); a change
 * that cannot be written is refused with an {@link IllegalStateException}, which the organizer hears about.
 */
public final class JdbcOverrideStore implements OverrideStore {
    private static final Logger LOG = LoggerFactory.getLogger(JdbcOverrideStore.class);
    private static final String SELECT = "SELECT id, session_id, change_kind, new_start, new_end, new_room, made_by, "
            + "made_at, undone_by, undone_at FROM schedule_override ORDER BY id";
    private static final String INSERT = "INSERT INTO schedule_override (session_id, change_kind, new_start, new_end, "
            + "new_room, made_by, made_at) VALUES (?, ?, ?, ?, ?, ?, ?)";
    private static final String UNDO = "UPDATE schedule_override SET undone_by = ?, undone_at = ? "
            + "WHERE id = ? AND undone_at IS NULL";

    private final DataSource dataSource;
    private volatile List<ScheduleOverride> lastRead = List.of();

    public JdbcOverrideStore(AnnouncementDatabase database) {
        this(database.dataSource());
    }

    JdbcOverrideStore(DataSource dataSource) {
        this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
    }

    @Override
    public List<ScheduleOverride> all() {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(SELECT);
                ResultSet rows = s.executeQuery()) {
            List<ScheduleOverride> out = new ArrayList<>();
            while (rows.next()) {
                out.add(entry(rows));
            }
            lastRead = List.copyOf(out);
            return lastRead;
        } catch (SQLException e) {
            LOG.warn("Could not read the organizers' changes from the database ({}); keeping the {} read before",
                    e.getMessage(), lastRead.size());
            return lastRead;
        }
    }

    private static ScheduleOverride entry(ResultSet row) throws SQLException {
        SessionChange change = new SessionChange(new SessionId(row.getString("session_id")),
                SessionChange.Kind.valueOf(row.getString("change_kind").toUpperCase(Locale.ROOT)),
                Instant.ofEpochSecond(row.getLong("new_start")), Instant.ofEpochSecond(row.getLong("new_end")),
                new RoomId(row.getString("new_room")));
        long undoneAt = row.getLong("undone_at");
        Optional<Instant> undone = row.wasNull() ? Optional.empty() : Optional.of(Instant.ofEpochMilli(undoneAt));
        return new ScheduleOverride(row.getLong("id"), change, row.getString("made_by"),
                Instant.ofEpochMilli(row.getLong("made_at")), Optional.ofNullable(row.getString("undone_by")), undone);
    }

    @Override
    public ScheduleOverride add(SessionChange change, String by, Instant at) {
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement(INSERT, Statement.RETURN_GENERATED_KEYS)) {
            s.setString(1, change.session().value());
            s.setString(2, change.kind().word());
            s.setLong(3, change.start().getEpochSecond());
            s.setLong(4, change.end().getEpochSecond());
            s.setString(5, change.room().value());
            s.setString(6, by);
            s.setLong(7, at.toEpochMilli());
            s.executeUpdate();
            try (ResultSet keys = s.getGeneratedKeys()) {
                keys.next();
                return new ScheduleOverride(keys.getLong(1), change, by, Instant.ofEpochMilli(at.toEpochMilli()),
                        Optional.empty(), Optional.empty());
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not keep the change in the database: " + e.getMessage(), e);
        }
    }

    @Override
    public boolean undo(long id, String by, Instant at) {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(UNDO)) {
            s.setString(1, by);
            s.setLong(2, at.toEpochMilli());
            s.setLong(3, id);
            return s.executeUpdate() == 1;
        } catch (SQLException e) {
            throw new IllegalStateException("Could not undo the change in the database: " + e.getMessage(), e);
        }
    }
}
