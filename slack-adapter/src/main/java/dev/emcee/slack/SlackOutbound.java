package dev.emcee.slack;

import dev.emcee.core.notice.DeliveryKey;
import dev.emcee.core.notice.Notice;
import dev.emcee.core.notice.Outbound;
import dev.emcee.core.connection.Agendas;
import dev.emcee.core.platform.Platform;
import dev.emcee.slack.render.SlackMessage;
import dev.emcee.slack.render.SlackNoticeRenderer;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

/**
 * Slack's one way out, as Block Kit and without blocking the caller: notices (announcements, schedule changes)
 * posted to channels, and notices (reminders, changes to bookmarked sessions) sent to one person in their direct
 * message with Emcee ({@code conversations.open}, then {@code chat.postMessage}). Rate limits and server errors
 * are retried by {@link SlackPoster}; a final failure is logged and fails the future. Each message carries its
 * delivery key as metadata ({@link PostMark}), and one that may have been posted before is looked for first.
 */
final class SlackOutbound implements Outbound {
    private final SlackPoster poster;
    private final SlackNoticeRenderer channelRenderer;
    private final SlackNoticeRenderer directRenderer = new SlackNoticeRenderer();

    /** @param agendas when on, sessions announced in channels carry "☆ Add to my agenda" */
    SlackOutbound(SlackPoster poster, Agendas agendas) {
        this.poster = Objects.requireNonNull(poster, "poster");
        this.channelRenderer = new SlackNoticeRenderer(agendas.enabled());
    }

    @Override
    public Platform platform() {
        return Platform.SLACK;
    }

    /** Posts the notice to a channel id such as {@code C0123456789}. */
    @Override
    public CompletableFuture<Void> post(String channelId, Notice notice, DeliveryKey key) {
        return rendered(channelRenderer, notice, message -> poster.post(channelId, message, PostMark.of(notice, key)));
    }

    /** Sends the notice to the Slack user {@code userId} (such as {@code U0123456789}) privately. */
    @Override
    public CompletableFuture<Void> send(String userId, Notice notice, DeliveryKey key) {
        return rendered(directRenderer, notice, message -> poster.postDirect(userId, message,
                PostMark.of(notice, key)));
    }

    private static CompletableFuture<Void> rendered(SlackNoticeRenderer renderer, Notice notice,
            Function<SlackMessage, CompletableFuture<Void>> delivery) {
        SlackMessage message;
        try {
            message = renderer.render(notice);
        } catch (RuntimeException e) {
            return CompletableFuture.failedFuture(e);
        }
        return delivery.apply(message);
    }
}
