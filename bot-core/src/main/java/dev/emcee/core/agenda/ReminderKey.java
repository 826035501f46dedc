package dev.emcee.core.agenda;

import dev.emcee.core.schedule.SessionId;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * One reminder: a person's bookmarked session starting at an instant, reminded a lead before. This is the identity
 * the reminder ledger keeps unique: when a session moves or the person changes their lead, it is another reminder.
 */
public record ReminderKey(AgendaUser user, SessionId session, Instant start, Duration lead) {
    public ReminderKey {
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(session, "session");
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(lead, "lead");
        if (lead.isNegative()) {
            throw new IllegalArgumentException("a reminder lead must not be negative");
        }
    }

    /** When the reminder is planned: the start minus the lead. */
    public Instant fireAt() {
        return start.minus(lead);
    }
}
