package dev.emcee.core.schedule;

import java.time.LocalDate;
import java.util.Objects;

/** A labelled span of days, such as "Training: June 11–12, 2018". */
public record ConferenceDates(String label, LocalDate from, LocalDate to) {
    public ConferenceDates {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("'" + label + "' ends before it starts");
        }
    }
}
