package dev.emcee.core.agenda;

import dev.emcee.core.schedule.SessionId;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * One bookmark, as reminders need it: whose, which session, and the lead its owner chose (empty: the default).
 */
public record Bookmark(AgendaUser user, SessionId session, Optional<Duration> lead) {
    public Bookmark {
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(session, "session");
        Objects.requireNonNull(lead, "lead");
    }
}
