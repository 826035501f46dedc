package dev.emcee.core.answer;

import java.util.List;
import java.util.Objects;

/** A titled list of plain names with an optional detail each: the rooms, the tracks. */
public record NameListing(String heading, List<Entry> entries) implements Answer {
    public NameListing {
        Objects.requireNonNull(heading, "heading");
        entries = List.copyOf(entries);
    }

    /** One listed name with a short detail ("5 sessions"), which may be empty. */
    public record Entry(String name, String detail) {
        public Entry {
            Objects.requireNonNull(name, "name");
            detail = detail == null ? "" : detail;
        }
    }

    /** What every platform says when there is nothing to list: "Rooms (0): nothing." */
    public String whenEmpty() {
        return heading + ": nothing.";
    }

    @Override
    public <R> R accept(AnswerVisitor<R> visitor) {
        return visitor.nameListing(this);
    }
}
