package dev.emcee.core.answer;

import java.util.List;
import java.util.Objects;

/** A titled list of people: all speakers, who is from a company, who hosts a track. */
public record PeopleListing(String heading, List<PersonRef> people, String emptyText) implements Answer {
    public PeopleListing {
        Objects.requireNonNull(heading, "heading");
        people = List.copyOf(people);
        Objects.requireNonNull(emptyText, "emptyText");
    }

    @Override
    public <R> R accept(AnswerVisitor<R> visitor) {
        return visitor.peopleListing(this);
    }
}
