package dev.emcee.core.notice;

import dev.emcee.core.answer.SessionCard;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * A personal reminder, sent by direct message: a session on the person's agenda starts soon.
 *
 * @param postedAt when the reminder is sent; the wording ("starting in 10 minutes") follows from it, as for
 *     announcements ({@link StartWording})
 * @param lead the lead the person chose (the reminder was planned that long before the start)
 */
public record SessionReminder(SessionCard session, Instant postedAt, Duration lead) implements Notice {
    public SessionReminder {
        Objects.requireNonNull(session, "session");
        Objects.requireNonNull(postedAt, "postedAt");
        Objects.requireNonNull(lead, "lead");
    }

    /** What every chat platform adds under a reminder: how to stop it. */
    public static final String HOW_TO_STOP = "On your agenda. Say \"forget\" and its name to stop reminders for it.";

    /** "Reminder: starting in 10 minutes". */
    public String heading() {
        return "Reminder: " + StartWording.of(session.start(), postedAt);
    }

    @Override
    public <R> R accept(NoticeVisitor<R> visitor) {
        return visitor.sessionReminder(this);
    }
}
