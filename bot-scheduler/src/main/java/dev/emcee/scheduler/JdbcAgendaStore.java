package dev.emcee.scheduler;

import dev.emcee.core.agenda.AgendaStore;
import dev.emcee.core.agenda.AgendaUser;
import dev.emcee.core.agenda.Bookmark;
import dev.emcee.core.platform.Platform;
import dev.emcee.core.schedule.SessionId;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import javax.sql.DataSource;

/**
 * Personal agendas in the announcement database ({@code agenda_bookmark}, {@code agenda_user}), so that they
 * survive restarts and are shared by every instance. "Forget me" also deletes the person's rows of the reminder
 * and change ledgers.
 */
public final class JdbcAgendaStore implements AgendaStore {
    private static final String WHAT = "The agenda store";
    private static final String WHO = "platform = ? AND user_id = ?";

    private final DataSource dataSource;
    private final Clock clock;

    /** @param clock when bookmarks are made (kept for the record) */
    public JdbcAgendaStore(DataSource dataSource, Clock clock) {
        this.dataSource = dataSource;
        this.clock = clock;
    }

    @Override
    public boolean add(AgendaUser user, SessionId session) {
        return Transactions.run(dataSource, WHAT, c -> {
            try (PreparedStatement s = c.prepareStatement("INSERT INTO agenda_bookmark (platform, user_id, "
                    + "session_id, created_at) VALUES (?, ?, ?, ?)")) {
                bindUser(s, user);
                s.setString(3, session.value());
                s.setLong(4, clock.millis());
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

    @Override
    public boolean remove(AgendaUser user, SessionId session) {
        return Transactions.run(dataSource, WHAT, c -> {
            try (PreparedStatement s = c.prepareStatement("DELETE FROM agenda_bookmark WHERE " + WHO
                    + " AND session_id = ?")) {
                bindUser(s, user);
                s.setString(3, session.value());
                return s.executeUpdate() > 0;
            }
        });
    }

    @Override
    public Set<SessionId> bookmarks(AgendaUser user) {
        return Transactions.run(dataSource, WHAT, c -> {
            Set<SessionId> ids = new LinkedHashSet<>();
            try (PreparedStatement s = c.prepareStatement("SELECT session_id FROM agenda_bookmark WHERE " + WHO
                    + " ORDER BY created_at, session_id")) {
                bindUser(s, user);
                try (ResultSet r = s.executeQuery()) {
                    while (r.next()) {
                        ids.add(new SessionId(r.getString(1)));
                    }
                }
            }
            return ids;
        });
    }

    @Override
    public Optional<Duration> lead(AgendaUser user) {
        return Transactions.run(dataSource, WHAT, c -> lead(c, user));
    }

    @Override
    public void setLead(AgendaUser user, Duration lead) {
        Transactions.run(dataSource, WHAT, c -> {
            int seconds = Math.toIntExact(lead.getSeconds());
            try (PreparedStatement update = c.prepareStatement("UPDATE agenda_user SET reminder_lead_seconds = ? "
                    + "WHERE " + WHO)) {
                update.setInt(1, seconds);
                update.setString(2, user.platformName());
                update.setString(3, user.userId());
                if (update.executeUpdate() > 0) {
                    return null;
                }
            }
            try (PreparedStatement insert = c.prepareStatement("INSERT INTO agenda_user (platform, user_id, "
                    + "reminder_lead_seconds) VALUES (?, ?, ?)")) {
                bindUser(insert, user);
                insert.setInt(3, seconds);
                insert.executeUpdate();
            }
            return null;
        });
    }

    @Override
    public int forget(AgendaUser user) {
        return Transactions.run(dataSource, WHAT, c -> {
            int bookmarks = delete(c, "agenda_bookmark", user);
            delete(c, "agenda_user", user);
            Ledger.forget(c, new Recipient.Person(user));
            return bookmarks;
        });
    }

    @Override
    public List<Bookmark> all() {
        return Transactions.run(dataSource, WHAT, c -> {
            List<Bookmark> all = new ArrayList<>();
            try (PreparedStatement s = c.prepareStatement("SELECT b.platform, b.user_id, b.session_id, "
                    + "u.reminder_lead_seconds FROM agenda_bookmark b LEFT JOIN agenda_user u "
                    + "ON u.platform = b.platform AND u.user_id = b.user_id ORDER BY b.platform, b.user_id, "
                    + "b.created_at, b.session_id");
                    ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    int lead = r.getInt(4);
                    Optional<Duration> chosen = r.wasNull() ? Optional.empty() : Optional.of(Duration.ofSeconds(lead));
                    Optional<Platform> platform = platform(r.getString(1));
                    if (platform.isPresent()) {
                        all.add(new Bookmark(new AgendaUser(platform.get(), r.getString(2)),
                                new SessionId(r.getString(3)), chosen));
                    }
                }
            }
            return all;
        });
    }

    /** The person's lead, within a transaction of the caller's. */
    static Optional<Duration> lead(Connection c, AgendaUser user) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT reminder_lead_seconds FROM agenda_user WHERE " + WHO)) {
            bindUser(s, user);
            try (ResultSet r = s.executeQuery()) {
                return r.next() ? Optional.of(Duration.ofSeconds(r.getInt(1))) : Optional.empty();
            }
        }
    }

    private static int delete(Connection c, String table, AgendaUser user) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("DELETE FROM " + table + " WHERE " + WHO)) {
            bindUser(s, user);
            return s.executeUpdate();
        }
    }

    static void bindUser(PreparedStatement s, AgendaUser user) throws SQLException {
        s.setString(1, user.platformName());
        s.setString(2, user.userId());
    }

    /** The platform of a stored name; rows of a platform this version does not know are left alone. */
    static Optional<Platform> platform(String name) {
        try {
            return Optional.of(Platform.valueOf(name.toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
