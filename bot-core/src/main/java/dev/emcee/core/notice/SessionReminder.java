package dev.emcee.core.notice;

import dev.emcee.core.answer.SessionCard;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * A personal reminder, sent by direct message: a session on the person's agenda starts soon, or (for a speaker the
 * schedule links to the platform) their own session does.
 *
 * @param postedAt when the reminder is sent; the wording ("starting in 10 minutes") follows from it, as for
 *     announcements ({@link StartWording})
 * @param lead the lead the person chose (the reminder was planned that long before the start)
 * @param reason why the person is reminded: it decides the heading and what is said under the session
 */
public record SessionReminder(SessionCard session, Instant postedAt, Duration lead, Reason reason) implements Notice {
    /** What every chat platform adds under a reminder of a bookmark: how to stop it. */
    public static final String HOW_TO_STOP = "On your agenda. Say \"forget\" and its name to stop reminders for it.";
    /** What every chat platform adds under a speaker's reminder (the room is on the session's card above it). */
    public static final String FOR_SPEAKERS = "You are on the programme of this session: please be in its room a few "
            + "minutes early.";

    public SessionReminder {
        Objects.requireNonNull(session, "session");
        Objects.requireNonNull(postedAt, "postedAt");
        Objects.requireNonNull(lead, "lead");
        Objects.requireNonNull(reason, "reason");
    }

    /** A reminder of a bookmarked session. */
    public SessionReminder(SessionCard session, Instant postedAt, Duration lead) {
        this(session, postedAt, lead, Reason.BOOKMARKED);
    }

    /** Why a person is reminded of a session. */
    public enum Reason {
        /** The session is on the person's agenda. */
        BOOKMARKED,
        /** The person speaks at (or hosts) the session. */
        SPEAKING
    }

    /** "Reminder: starting in 10 minutes", or "Your session: starting in 15 minutes" for a speaker. */
    public String heading() {
        return (reason == Reason.SPEAKING ? "Your session: " : "Reminder: ") + StartWording.of(session.start(), postedAt);
    }

    /** What every platform says under the session: how to stop a bookmark's reminders, or a word to the speaker. */
    public String footer() {
        return reason == Reason.SPEAKING ? FOR_SPEAKERS : HOW_TO_STOP;
    }

    @Override
    public <R> R accept(NoticeVisitor<R> visitor) {
        return visitor.sessionReminder(this);
    }
}
