package dev.emcee.core.answer;

import java.time.Duration;
import java.util.Objects;

/** The one polite notice a person gets when they ask faster than the rate limit allows. */
public record SlowDown(Duration retryAfter) implements Answer {
    public SlowDown {
        Objects.requireNonNull(retryAfter, "retryAfter");
    }

    /** What every platform says: "You're asking faster than I can keep up. Please try again in 1 minute." */
    public String text() {
        return "You're asking faster than I can keep up. Please try again in " + TimeTexts.duration(retryAfter) + ".";
    }

    @Override
    public <R> R accept(AnswerVisitor<R> visitor) {
        return visitor.slowDown(this);
    }
}
