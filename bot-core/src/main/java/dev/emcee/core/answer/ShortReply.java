package dev.emcee.core.answer;

import java.util.Objects;

/**
 * A reply of a sentence or two: one fact that was asked for ("when does the conference end", "where is it"), or a
 * friendly word back to small talk ("thanks", "hi").
 */
public record ShortReply(String text) implements Answer {
    public ShortReply {
        Objects.requireNonNull(text, "text");
    }

    @Override
    public <R> R accept(AnswerVisitor<R> visitor) {
        return visitor.shortReply(this);
    }
}
