package dev.emcee.core.notice;

import dev.emcee.core.answer.SessionCard;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * An announcement: these sessions start soon (several when they start in the same minute).
 *
 * @param postedAt when the announcement is posted; the wording ("starting in 3 minutes", "starting now") follows
 *     from it and the sessions' start, so a late post still says the truth
 */
public record SessionsStarting(List<SessionCard> sessions, Instant postedAt) implements Notice {
    public SessionsStarting {
        sessions = List.copyOf(sessions);
        if (sessions.isEmpty()) {
            throw new IllegalArgumentException("an announcement needs at least one session");
        }
        Objects.requireNonNull(postedAt, "postedAt");
    }

    @Override
    public <R> R accept(NoticeVisitor<R> visitor) {
        return visitor.sessionsStarting(this);
    }
}
