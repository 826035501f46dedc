package dev.emcee.slack;

import dev.emcee.core.notice.Notice;
import dev.emcee.core.notice.NoticeSink;
import dev.emcee.slack.render.SlackMessage;
import dev.emcee.slack.render.SlackNoticeRenderer;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;

/**
 * Posts notices (announcements, schedule changes) to Slack channels as Block Kit, without blocking the caller.
 * Rate limits and server errors are retried by {@link SlackPoster}; a final failure is logged and fails the future.
 */
public final class SlackNoticeSink implements NoticeSink {
    private final SlackPoster poster;
    private final SlackNoticeRenderer renderer;

    SlackNoticeSink(SlackPoster poster) {
        this(poster, false);
    }

    /** @param bookmarkButtons whether announced sessions carry "☆ Add to my agenda" */
    SlackNoticeSink(SlackPoster poster, boolean bookmarkButtons) {
        this.poster = Objects.requireNonNull(poster, "poster");
        this.renderer = new SlackNoticeRenderer(bookmarkButtons);
    }

    @Override
    public String platform() {
        return "slack";
    }

    /** Posts the notice to a channel id such as {@code C0123456789}. */
    @Override
    public CompletableFuture<Void> post(String channelId, Notice notice) {
        SlackMessage message;
        try {
            message = renderer.render(notice);
        } catch (RuntimeException e) {
            return CompletableFuture.failedFuture(e);
        }
        return poster.post(channelId, null, message);
    }
}
