package dev.emcee.core.notice;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;

/**
 * The stable identity of one delivery (an announcement, a reminder, a change notice to one recipient), the same
 * for every attempt at it on every instance, so that a platform can recognise a repeated post.
 *
 * <p>The value is 25 lowercase base-36 characters (the first 128 bits of a SHA-256 digest of the ledger's key),
 * short enough for a Discord message nonce and plain enough for Slack message metadata.
 *
 * @param value the digest, 25 characters of {@code [0-9a-z]}
 * @param earlierAttempt when an earlier attempt at this delivery began that may have reached the platform (a crashed
 *     instance's claim taken over, or a failed or timed-out attempt retried), on the real clock; null for a first
 *     attempt
 */
public record DeliveryKey(String value, Instant earlierAttempt) {
    /** The length of every value, Discord's limit for a nonce. */
    public static final int LENGTH = 25;

    public DeliveryKey {
        Objects.requireNonNull(value, "value");
        if (!value.matches("[0-9a-z]{" + LENGTH + "}")) {
            throw new IllegalArgumentException("a delivery key is " + LENGTH + " base-36 characters: " + value);
        }
    }

    /** The key of the delivery the ledger knows by {@code identity} (any text that names it uniquely). */
    public static DeliveryKey of(String identity) {
        return new DeliveryKey(digest(identity), null);
    }

    /** This key for an attempt that follows one, begun at {@code since}, that may have reached the platform. */
    public DeliveryKey after(Instant since) {
        return new DeliveryKey(value, Objects.requireNonNull(since, "since"));
    }

    /** When an earlier attempt that may have reached the platform began; empty for a first attempt. */
    public Optional<Instant> earlierAttemptSince() {
        return Optional.ofNullable(earlierAttempt);
    }

    private static String digest(String identity) {
        try {
            byte[] sha = MessageDigest.getInstance("SHA-256").digest(identity.getBytes(StandardCharsets.UTF_8));
            String base36 = new BigInteger(1, Arrays.copyOf(sha, 16)).toString(Character.MAX_RADIX);
            return "0".repeat(LENGTH - base36.length()) + base36;
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
