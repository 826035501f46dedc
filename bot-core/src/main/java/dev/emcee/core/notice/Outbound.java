package dev.emcee.core.notice;

import dev.emcee.core.platform.Platform;
import java.util.concurrent.CompletableFuture;

/**
 * The one way out to a platform (Slack, Discord, the console): notices posted to its channels (announcements,
 * schedule changes) and sent to one person privately (reminders, changes to the sessions on their agenda).
 *
 * <p>Each future completes when the platform accepted the message and fails (after the platform's own bounded
 * retries) when it did not; an outbound port never blocks the caller. Cancelling the future stops what has not
 * started yet: no further attempt is made after it.
 *
 * <p>Every delivery carries its {@link DeliveryKey}, the same on every attempt and every instance: where the platform
 * can, a repeated post with the same key is recognised and not shown twice (Discord's message nonce); where it cannot,
 * the key goes with the message and, when {@link DeliveryKey#earlierAttemptSince()} says an earlier attempt may have
 * reached the platform, the port looks for it before posting again (Slack's message metadata and channel history).
 */
public interface Outbound {
    /** The platform this port reaches. */
    Platform platform();

    /** Posts the notice to a channel (a platform channel id; the console ignores it), once for its key. */
    CompletableFuture<Void> post(String channelId, Notice notice, DeliveryKey key);

    /** Sends the notice to the person with this platform user id, in a direct message, once for its key. */
    CompletableFuture<Void> send(String userId, Notice notice, DeliveryKey key);
}
