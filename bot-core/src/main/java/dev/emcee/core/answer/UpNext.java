package dev.emcee.core.answer;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * The next sessions to start in a scope (everywhere, a room, a track), and what is running there now.
 *
 * @param scope where the question looked, as a phrase: "in LL21 A/B", "in the Distributed Systems track",
 *     "at the conference"
 * @param next sessions that start next (several when they start at the same time); empty when nothing is left
 * @param onNow sessions running in the scope at {@code asOf}
 * @param asOf the moment the answer was computed, for "in 25 minutes"
 */
public record UpNext(String scope, List<SessionCard> next, List<SessionCard> onNow, Instant asOf) implements Answer {
    public UpNext {
        Objects.requireNonNull(scope, "scope");
        next = List.copyOf(next);
        onNow = List.copyOf(onNow);
        Objects.requireNonNull(asOf, "asOf");
    }

    /** What every platform says when {@link #next()} is empty: "Nothing more is scheduled in LL21 A/B." */
    public String nothingMoreText() {
        return "Nothing more is scheduled " + scope + ".";
    }

    @Override
    public <R> R accept(AnswerVisitor<R> visitor) {
        return visitor.upNext(this);
    }
}
