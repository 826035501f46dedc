package dev.emcee.bench.chaos;

import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What both stand-ins share about posts: which session a message announces (its title carries the id), and
 * whether to hold an announcement's response open for seconds after the message is created, seeded, as a slow
 * platform does; an instance killed in that window has posted without knowing it.
 */
final class HeldPosts {
    private static final Pattern SESSION = Pattern.compile("Chaos talk ([a-z]\\d{3})");

    private final Random random;
    private final Observations seen;

    HeldPosts(long seed, Observations seen) {
        this.random = new Random(seed);
        this.seen = seen;
    }

    /** The id of the session a message's raw request announces, or null when it announces none. */
    static String sessionIn(String body) {
        Matcher matcher = SESSION.matcher(body);
        return matcher.find() ? matcher.group(1) : null;
    }

    /** For half the announcements, blocks 2 to 5 seconds while counting the post as held open by {@code instance}. */
    void maybeHold(String instance) {
        long holdMs;
        synchronized (random) {
            holdMs = random.nextBoolean() ? 2_000 + random.nextInt(3_000) : 0;
        }
        if (holdMs == 0) {
            return;
        }
        seen.holding(instance, 1);
        try {
            Thread.sleep(holdMs);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            seen.holding(instance, -1);
        }
    }
}
