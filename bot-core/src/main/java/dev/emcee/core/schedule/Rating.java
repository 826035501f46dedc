package dev.emcee.core.schedule;

/** An average audience rating (for example 4.33 out of 5) and how many ratings it averages. */
public record Rating(double average, int count) {
    public Rating {
        if (Double.isNaN(average) || average < 0) {
            throw new IllegalArgumentException("a rating average must be a non-negative number");
        }
        if (count < 0) {
            throw new IllegalArgumentException("a rating count must not be negative");
        }
    }
}
