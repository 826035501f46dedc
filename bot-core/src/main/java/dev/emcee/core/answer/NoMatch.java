package dev.emcee.core.answer;

import java.util.List;
import java.util.Objects;

/** Nothing matched, said plainly, with close matches or example questions to try instead. */
public record NoMatch(String message, List<String> suggestions) implements Answer {
    public NoMatch {
        Objects.requireNonNull(message, "message");
        suggestions = List.copyOf(suggestions);
    }

    @Override
    public <R> R accept(AnswerVisitor<R> visitor) {
        return visitor.noMatch(this);
    }
}
