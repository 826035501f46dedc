package dev.emcee.core.answer;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A session was added to or removed from the asker's agenda (or already was, or was not).
 *
 * @param remindAt when the reminder will be sent; empty when none will (removed, or too late for one)
 * @param lead the asker's reminder lead
 */
public record BookmarkChange(Kind kind, SessionCard session, Optional<Instant> remindAt, Duration lead, Instant asOf)
        implements PersonalAnswer {
    /** What happened. */
    public enum Kind {
        ADDED, ALREADY_BOOKMARKED, REMOVED, NOT_BOOKMARKED;

        /** Whether the session is on the agenda after this. */
        public boolean bookmarked() {
            return this == ADDED || this == ALREADY_BOOKMARKED;
        }
    }

    public BookmarkChange {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(session, "session");
        Objects.requireNonNull(remindAt, "remindAt");
        Objects.requireNonNull(lead, "lead");
        Objects.requireNonNull(asOf, "asOf");
    }

    /** One sentence: "Added to your agenda.", "Removed from your agenda.", ... */
    public String headline() {
        return switch (kind) {
            case ADDED -> "Added to your agenda";
            case ALREADY_BOOKMARKED -> "Already on your agenda";
            case REMOVED -> "Removed from your agenda";
            case NOT_BOOKMARKED -> "Not on your agenda";
        };
    }

    /** "I'll remind you at 3:30pm PDT (10 minutes before)." or why there is no reminder; empty when removed. */
    public String reminderText() {
        if (!kind.bookmarked()) {
            return "";
        }
        if (remindAt.isPresent()) {
            Instant at = remindAt.get();
            return "I'll send you a reminder at " + TimeTexts.clock(at, session.zone()) + " "
                    + TimeTexts.zoneAbbreviation(at, session.zone()) + " (" + leadText(lead) + ").";
        }
        if (!session.end().isAfter(asOf)) {
            return "It has already ended, so there will be no reminder.";
        }
        return "It starts too soon for a reminder " + leadText(lead) + ".";
    }

    /** "10 minutes before", "when it starts". */
    public static String leadText(Duration lead) {
        return lead.isZero() ? "when it starts" : TimeTexts.duration(lead) + " before";
    }

    @Override
    public <R> R accept(AnswerVisitor<R> visitor) {
        return visitor.bookmarkChange(this);
    }
}
