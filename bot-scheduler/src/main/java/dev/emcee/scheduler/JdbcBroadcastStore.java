package dev.emcee.scheduler;

import dev.emcee.core.organize.BroadcastStore;
import dev.emcee.core.organize.PendingBroadcast;
import dev.emcee.core.schedule.RoomId;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * Organizers' announcements waiting for confirmation, in the announcement database ({@code organizer_broadcast}):
 * any instance can confirm one, and the conditional UPDATE of {@link #take} lets exactly one of them post it.
 */
public final class JdbcBroadcastStore implements BroadcastStore {
    private static final String INSERT = "INSERT INTO organizer_broadcast (id, text, requested_by, requested_at, "
            + "rooms) VALUES (?, ?, ?, ?, ?)";
    private static final String TAKE = "UPDATE organizer_broadcast SET posted_by = ?, posted_at = ? "
            + "WHERE id = ? AND posted_at IS NULL AND requested_at >= ?";
    private static final String SELECT = "SELECT text, requested_by, requested_at, rooms FROM organizer_broadcast "
            + "WHERE id = ?";

    private final DataSource dataSource;

    public JdbcBroadcastStore(AnnouncementDatabase database) {
        this.dataSource = Objects.requireNonNull(database, "database").dataSource();
    }

    @Override
    public void hold(PendingBroadcast broadcast) {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(INSERT)) {
            s.setString(1, broadcast.id());
            s.setString(2, broadcast.text());
            s.setString(3, broadcast.requestedBy());
            s.setLong(4, broadcast.requestedAt().toEpochMilli());
            s.setString(5, String.join("\n", broadcast.rooms().stream().map(RoomId::value).toList()));
            s.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("Could not keep the announcement in the database: " + e.getMessage(), e);
        }
    }

    @Override
    public Optional<PendingBroadcast> take(String id, String by, Instant at, Instant notBefore) {
        try (Connection c = dataSource.getConnection()) {
            try (PreparedStatement s = c.prepareStatement(TAKE)) {
                s.setString(1, by);
                s.setLong(2, at.toEpochMilli());
                s.setString(3, id);
                s.setLong(4, notBefore.toEpochMilli());
                if (s.executeUpdate() != 1) {
                    return Optional.empty(); // posted by someone else, expired, or never held
                }
            }
            try (PreparedStatement s = c.prepareStatement(SELECT)) {
                s.setString(1, id);
                try (ResultSet row = s.executeQuery()) {
                    return row.next() ? Optional.of(new PendingBroadcast(id, row.getString("text"),
                            row.getString("requested_by"), Instant.ofEpochMilli(row.getLong("requested_at")),
                            rooms(row.getString("rooms")))) : Optional.empty();
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not take the announcement from the database: " + e.getMessage(), e);
        }
    }

    private static List<RoomId> rooms(String stored) {
        return stored == null ? List.of() : stored.lines().filter(l -> !l.isBlank()).map(RoomId::new).toList();
    }
}
