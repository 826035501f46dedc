package dev.emcee.core.notice;

import dev.emcee.core.platform.Platform;
import java.util.concurrent.CompletableFuture;

/**
 * The one way out to a platform (Slack, Discord, the console): notices posted to its channels (announcements,
 * schedule changes) and sent to one person privately (reminders, changes to the sessions on their agenda).
 *
 * <p>Each future completes when the platform accepted the message and fails (after the platform's own bounded
 * retries) when it did not; an outbound port never blocks the caller.
 */
public interface Outbound {
    /** The platform this port reaches. */
    Platform platform();

    /** Posts the notice to a channel (a platform channel id; the console ignores it). */
    CompletableFuture<Void> post(String channelId, Notice notice);

    /** Sends the notice to the person with this platform user id, in a direct message. */
    CompletableFuture<Void> send(String userId, Notice notice);
}
