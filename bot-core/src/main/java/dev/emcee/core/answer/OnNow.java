package dev.emcee.core.answer;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * What is running in a scope right now, and, when little or nothing is, what comes next.
 *
 * @param scope where the question looked, as a phrase: "in LL21 A/B", "at the conference"
 * @param running sessions that have started and not ended at {@code asOf}
 * @param comingUp the next sessions to start, shown so an empty "now" is still useful
 */
public record OnNow(String scope, List<SessionCard> running, List<SessionCard> comingUp, Instant asOf)
        implements Answer {
    public OnNow {
        Objects.requireNonNull(scope, "scope");
        running = List.copyOf(running);
        comingUp = List.copyOf(comingUp);
        Objects.requireNonNull(asOf, "asOf");
    }

    /**
     * What every platform says when {@link #running()} is empty: "Nothing is on in LL21 A/B right now.", followed
     * by "Nothing more is scheduled." when nothing is coming up either.
     */
    public String nothingOnText() {
        return "Nothing is on " + scope + " right now." + (comingUp.isEmpty() ? " Nothing more is scheduled." : "");
    }

    @Override
    public <R> R accept(AnswerVisitor<R> visitor) {
        return visitor.onNow(this);
    }
}
