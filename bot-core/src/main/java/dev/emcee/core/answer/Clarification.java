package dev.emcee.core.answer;

import java.util.List;
import java.util.Objects;

/** The question matched several things equally well; the candidates let the person say which. */
public record Clarification(String prompt, List<String> candidates) implements Answer {
    public Clarification {
        Objects.requireNonNull(prompt, "prompt");
        candidates = List.copyOf(candidates);
    }

    @Override
    public <R> R accept(AnswerVisitor<R> visitor) {
        return visitor.clarification(this);
    }
}
