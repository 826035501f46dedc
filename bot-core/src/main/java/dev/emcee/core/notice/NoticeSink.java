package dev.emcee.core.notice;

import java.util.concurrent.CompletableFuture;

/**
 * Posts notices to one platform's channels (Slack, Discord, the console).
 *
 * <p>The future completes when the platform accepted the post, and fails (after the sink's own bounded retries)
 * when it did not; a sink never blocks the caller.
 */
public interface NoticeSink {
    /** The platform name used in routes and logs: "slack", "discord", "console". */
    String platform();

    /** Posts the notice to the channel (a platform channel id; the console ignores it). */
    CompletableFuture<Void> post(String channelId, Notice notice);
}
