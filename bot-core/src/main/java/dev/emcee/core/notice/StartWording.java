package dev.emcee.core.notice;

import dev.emcee.core.answer.TimeTexts;
import java.time.Duration;
import java.time.Instant;

/**
 * How an announcement says when a session starts, true at the moment it is posted: "starting in 5 minutes",
 * "starting in 3 minutes" (a late post), "starting now". Every platform's announcement uses these words.
 */
public final class StartWording {
    /** Closer to the start than this, a session is "starting now". */
    public static final Duration STARTING_NOW = Duration.ofMinutes(1);

    private StartWording() {
    }

    /** "starting in 5 minutes" (to the nearest minute) or "starting now". */
    public static String of(Instant start, Instant postedAt) {
        Duration until = Duration.between(postedAt, start);
        if (until.compareTo(STARTING_NOW) < 0) {
            return "starting now";
        }
        long nearestMinute = (until.getSeconds() + 30) / 60;
        return "starting in " + TimeTexts.duration(Duration.ofMinutes(nearestMinute));
    }

    /** The same with a capital letter, for headings: "Starting in 5 minutes". */
    public static String heading(Instant start, Instant postedAt) {
        String words = of(start, postedAt);
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }
}
