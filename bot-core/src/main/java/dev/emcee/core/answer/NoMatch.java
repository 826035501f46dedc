package dev.emcee.core.answer;

import java.util.List;
import java.util.Objects;

/** Nothing matched, said plainly, with close matches or example questions to try instead. */
public record NoMatch(String message, List<String> suggestions) implements Answer {
    public NoMatch {
        Objects.requireNonNull(message, "message");
        suggestions = List.copyOf(suggestions);
    }

    /** What every platform says when answering failed unexpectedly (the details go to the log). */
    public static final String FAILURE = "Sorry, something went wrong while answering that. Please try again in a "
            + "moment; if it keeps happening, tell the organisers.";

    /** The apology for an answer that failed unexpectedly. */
    public static NoMatch failure() {
        return new NoMatch(FAILURE, List.of());
    }

    @Override
    public <R> R accept(AnswerVisitor<R> visitor) {
        return visitor.noMatch(this);
    }
}
