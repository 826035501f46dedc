package dev.emcee.slack;

import dev.emcee.core.notice.DirectMessageSink;
import dev.emcee.core.notice.Notice;
import dev.emcee.slack.render.SlackMessage;
import dev.emcee.slack.render.SlackNoticeRenderer;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;

/**
 * Sends notices (reminders, changes to bookmarked sessions) to one person in their direct message with Emcee:
 * {@code conversations.open} with the user id, then {@code chat.postMessage} to that DM, retried like every post.
 */
public final class SlackDirectMessages implements DirectMessageSink {
    private final SlackPoster poster;
    private final SlackNoticeRenderer renderer = new SlackNoticeRenderer();

    SlackDirectMessages(SlackPoster poster) {
        this.poster = Objects.requireNonNull(poster, "poster");
    }

    @Override
    public String platform() {
        return "slack";
    }

    /** Sends the notice to the Slack user {@code userId} (such as {@code U0123456789}) privately. */
    @Override
    public CompletableFuture<Void> send(String userId, Notice notice) {
        SlackMessage message;
        try {
            message = renderer.render(notice);
        } catch (RuntimeException e) {
            return CompletableFuture.failedFuture(e);
        }
        return send(userId, message);
    }

    /** Sends an already rendered message to the user privately. */
    CompletableFuture<Void> send(String userId, SlackMessage message) {
        return poster.postDirect(userId, message);
    }
}
