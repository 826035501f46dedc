package dev.emcee.core.answer;

import java.util.List;
import java.util.Objects;

/** What Emcee can answer, with example questions that work on the loaded conference. */
public record HelpAnswer(String intro, List<String> examples) implements Answer {
    public HelpAnswer {
        Objects.requireNonNull(intro, "intro");
        examples = List.copyOf(examples);
    }

    /** The heading every platform puts above the examples (only when there are some). */
    public static final String EXAMPLES_HEADING = "For example";

    @Override
    public <R> R accept(AnswerVisitor<R> visitor) {
        return visitor.help(this);
    }
}
