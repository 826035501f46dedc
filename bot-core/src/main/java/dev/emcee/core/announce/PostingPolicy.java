package dev.emcee.core.announce;

import dev.emcee.core.answer.TimeTexts;
import dev.emcee.core.notice.StartWording;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * Decides whether a due announcement still goes out, and with which words, so that it never says anything untrue.
 *
 * <p>An announcement is posted when it is at most the grace window late and its session has not started: a
 * session counts as "starting now" from one minute before its start until one minute after, so a "0m" lead fired
 * a few seconds late still goes out. Later than that, or once the session has ended, it is skipped. The wording
 * follows the moment of posting, not the plan: 3 minutes late, a 5-minute announcement says "starting in 2
 * minutes".
 */
public final class PostingPolicy {
    /** Around its start, a session is "starting now" for this long either side. */
    public static final Duration STARTING_NOW = StartWording.STARTING_NOW;

    private final Duration graceWindow;

    public PostingPolicy(Duration graceWindow) {
        this.graceWindow = Objects.requireNonNull(graceWindow, "graceWindow");
    }

    /**
     * The decision for an announcement planned for {@code fireAt}, of a session running from {@code start} to
     * {@code end}, at {@code now}.
     */
    public PostingDecision decide(Instant fireAt, Instant start, Instant end, Instant now) {
        Duration late = Duration.between(fireAt, now);
        if (!now.isBefore(end)) {
            return new PostingDecision.Skip("the session has already ended");
        }
        if (late.compareTo(graceWindow) > 0) {
            return new PostingDecision.Skip(TimeTexts.duration(late) + " late, past the grace window of "
                    + TimeTexts.duration(graceWindow));
        }
        if (Duration.between(start, now).compareTo(STARTING_NOW) >= 0) {
            return new PostingDecision.Skip("the session started " + TimeTexts.duration(Duration.between(start, now))
                    + " ago");
        }
        return new PostingDecision.Post(wording(start, now), late.isNegative() ? Duration.ZERO : late);
    }

    /**
     * How a start reads at {@code now}: "starting in 5 minutes" (to the nearest minute), or "starting now" within a
     * minute of it. Renderers use this too, so a message never says "started 1 minute ago" when posted on time.
     */
    public static String wording(Instant start, Instant now) {
        return StartWording.of(start, now);
    }
}
