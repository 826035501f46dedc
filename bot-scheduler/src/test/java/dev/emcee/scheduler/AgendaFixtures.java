package dev.emcee.scheduler;

import dev.emcee.core.schedule.Schedule;
import dev.emcee.core.schedule.Session;
import dev.emcee.core.schedule.SessionId;
import dev.emcee.core.testing.BundledConference;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import javax.sql.DataSource;

/** The bundled conference with Kyle Kingsbury's session moved, and counts of what the database holds. */
final class AgendaFixtures {
    static final String KYLE = "velocity-sj-2018-ds-1540";

    private AgendaFixtures() {
    }

    /** The bundled conference with Kyle Kingsbury's 3:40pm session starting at {@code start} (same length, room). */
    static Schedule kyleMovedTo(Schedule bundled, Instant start) {
        List<Session> sessions = bundled.sessions().stream().map(s -> !s.id().equals(new SessionId(KYLE)) ? s
                : s.movedTo(start, start.plus(Duration.between(s.start(), s.end())), s.room())).toList();
        return new Schedule(bundled.conference(), bundled.rooms(), bundled.tracks(), bundled.speakers(), sessions);
    }

    static Instant at(String local) {
        return BundledConference.at(local);
    }

    /** How many rows of the agenda tables and the ledgers (reminders, changes told) name this person. */
    static int rowsOf(DataSource dataSource, String platform, String userId) throws SQLException {
        int rows = 0;
        try (Connection c = dataSource.getConnection()) {
            for (String table : List.of("agenda_bookmark", "agenda_user", "job_ledger", "change_ledger")) {
                String who = table.startsWith("agenda_") ? "platform = ? AND user_id = ?"
                        : "kind = 'REMINDER' AND platform = ? AND recipient = ?";
                try (PreparedStatement s = c.prepareStatement("SELECT COUNT(*) FROM " + table + " WHERE " + who)) {
                    s.setString(1, platform);
                    s.setString(2, userId);
                    try (ResultSet r = s.executeQuery()) {
                        r.next();
                        rows += r.getInt(1);
                    }
                }
            }
        }
        return rows;
    }

    /** How many reminder jobs Quartz holds (for anyone). */
    static int reminderJobs(DataSource dataSource) throws SQLException {
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement("SELECT COUNT(*) FROM QRTZ_JOB_DETAILS WHERE JOB_GROUP = ?")) {
            s.setString(1, QuartzTimetable.group(JobKind.REMINDER));
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return r.getInt(1);
            }
        }
    }
}
