package dev.emcee.core.answer;

import java.util.Objects;

/**
 * The organizers' answer to a frequently asked question (the wifi, the code of conduct, lunch), from the FAQ
 * beside the schedule.
 *
 * @param topic the entry's first phrasing, as a heading ("What is the wifi password?")
 * @param answer the organizers' text, with its links
 */
public record FaqAnswer(String topic, LinkedText answer) implements Answer {
    public FaqAnswer {
        Objects.requireNonNull(topic, "topic");
        Objects.requireNonNull(answer, "answer");
    }

    @Override
    public <R> R accept(AnswerVisitor<R> visitor) {
        return visitor.faq(this);
    }
}
