package dev.emcee.core.faq;

import java.util.List;

/** The organizers' frequently asked questions, in the order of their file; often none. */
public record Faq(List<FaqEntry> entries) {
    public Faq {
        entries = List.copyOf(entries);
    }

    /** No FAQ: every question goes to the schedule. */
    public static Faq none() {
        return new Faq(List.of());
    }
}
