package dev.emcee.core.notice;

import java.util.concurrent.CompletableFuture;

/**
 * Sends notices to one person privately on one platform (Slack, Discord, the console): reminders and changes to
 * the sessions on their agenda.
 *
 * <p>The future completes when the platform accepted the message and fails when it did not; a sink never blocks
 * the caller.
 */
public interface DirectMessageSink {
    /** The platform name, as {@link NoticeSink#platform()} has it: "slack", "discord", "console". */
    String platform();

    /** Sends the notice to the person with this platform user id, in a direct message. */
    CompletableFuture<Void> send(String userId, Notice notice);
}
