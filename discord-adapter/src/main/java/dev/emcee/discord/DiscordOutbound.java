package dev.emcee.discord;

import dev.emcee.core.notice.DeliveryKey;
import dev.emcee.core.notice.Notice;
import dev.emcee.core.notice.Outbound;
import dev.emcee.core.connection.Agendas;
import dev.emcee.core.platform.Platform;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;
import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.entities.channel.middleman.MessageChannel;

/**
 * Discord's one way out, as embeds: notices posted to channels by id, and notices sent to one person as a direct
 * message (JDA opens the private channel with the user id). JDA queues and paces requests under Discord's rate
 * limits and retries rate-limited ones; what still fails (an unknown channel, a person who does not accept direct
 * messages from server members) is logged with what to fix, and fails the returned future.
 *
 * <p>Each message goes with its delivery key as its nonce, and JDA sends {@code enforce_nonce: true}: Discord then
 * creates one message per nonce within a few minutes and answers a repeated post with the message already there, so
 * a retry or a takeover after an attempt that reached Discord shows nothing twice. Cancelling the returned future
 * cancels the request when JDA has not sent it yet (waiting in its rate-limit queue).
 */
final class DiscordOutbound implements Outbound {
    private static final String SNOWFLAKE = "\\d{1,20}";

    private final Supplier<JDA> jda;
    private final DiscordNoticeRenderer renderer = new DiscordNoticeRenderer();
    private final boolean bookmarkButtons;

    /** @param agendas when on, sessions announced in channels carry "☆" bookmark buttons */
    DiscordOutbound(Supplier<JDA> jda, Agendas agendas) {
        this.jda = jda;
        this.bookmarkButtons = agendas.enabled();
    }

    @Override
    public Platform platform() {
        return Platform.DISCORD;
    }

    @Override
    public CompletableFuture<Void> post(String channelId, Notice notice, DeliveryKey key) {
        return delivered("post a notice to channel " + channelId, () -> {
            MessageChannel channel = channelId == null || !channelId.matches(SNOWFLAKE) ? null
                    : jda.get().getChannelById(MessageChannel.class, channelId);
            if (channel == null) {
                throw new IllegalArgumentException("Emcee cannot see a text channel with id '" + channelId
                        + "' (check the id, and that Emcee is in that server and may view the channel)");
            }
            DiscordReply reply = new DiscordReply(renderer.render(notice),
                    bookmarkButtons ? BookmarkComponents.of(notice) : List.of(), false);
            return channel.sendMessage(DiscordMessages.create(reply)).setNonce(key.value()).submit();
        });
    }

    @Override
    public CompletableFuture<Void> send(String userId, Notice notice, DeliveryKey key) {
        return delivered("send a direct message", () -> {
            if (userId == null || !userId.matches(SNOWFLAKE)) {
                throw new IllegalArgumentException("'" + userId + "' is not a Discord user id");
            }
            return jda.get().openPrivateChannelById(userId)
                    .flatMap(channel -> channel.sendMessage(DiscordMessages.create(renderer.render(notice)))
                            .setNonce(key.value()))
                    .submit();
        });
    }

    /**
     * Runs one request; a failure, thrown or later, is logged as a failure to {@code action} and fails the future;
     * cancelling the future cancels the request.
     */
    private static CompletableFuture<Void> delivered(String action, Supplier<CompletableFuture<?>> request) {
        try {
            CompletableFuture<?> sending = request.get();
            CompletableFuture<Void> delivered = sending
                    .whenComplete((sent, failure) -> {
                        if (failure != null && !sending.isCancelled()) {
                            DiscordFailures.log(action, failure);
                        }
                    })
                    .thenApply(sent -> null);
            delivered.whenComplete((sent, failure) -> {
                if (delivered.isCancelled()) {
                    sending.cancel(true);
                }
            });
            return delivered;
        } catch (RuntimeException e) {
            DiscordFailures.log(action, e);
            return CompletableFuture.failedFuture(e);
        }
    }
}
