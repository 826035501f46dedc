package dev.emcee.discord;

import dev.emcee.core.notice.Notice;
import dev.emcee.core.notice.NoticeSink;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;
import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.entities.channel.middleman.MessageChannel;

/**
 * Posts notices to Discord channels as embeds. JDA queues and paces requests under Discord's rate limits and retries
 * rate-limited ones; what still fails is logged with what to fix, and fails the returned future.
 */
final class DiscordNoticeSink implements NoticeSink {
    private final Supplier<JDA> jda;
    private final DiscordNoticeRenderer renderer;
    private final boolean bookmarkButtons;

    DiscordNoticeSink(Supplier<JDA> jda, DiscordNoticeRenderer renderer) {
        this(jda, renderer, false);
    }

    /** @param bookmarkButtons whether announced sessions carry "☆" bookmark buttons */
    DiscordNoticeSink(Supplier<JDA> jda, DiscordNoticeRenderer renderer, boolean bookmarkButtons) {
        this.jda = jda;
        this.renderer = renderer;
        this.bookmarkButtons = bookmarkButtons;
    }

    @Override
    public String platform() {
        return "discord";
    }

    @Override
    public CompletableFuture<Void> post(String channelId, Notice notice) {
        String action = "post a notice to channel " + channelId;
        try {
            MessageChannel channel = channelId == null || !channelId.matches("\\d{1,20}") ? null
                    : jda.get().getChannelById(MessageChannel.class, channelId);
            if (channel == null) {
                IllegalArgumentException unknown = new IllegalArgumentException("Emcee cannot see a text channel with "
                        + "id '" + channelId + "' (check the id, and that Emcee is in that server and may view the "
                        + "channel)");
                DiscordFailures.log(action, unknown);
                return CompletableFuture.failedFuture(unknown);
            }
            DiscordReply reply = new DiscordReply(renderer.render(notice),
                    bookmarkButtons ? BookmarkComponents.of(notice) : java.util.List.of(), false);
            return channel.sendMessage(DiscordMessages.create(reply)).submit()
                    .whenComplete((sent, failure) -> {
                        if (failure != null) {
                            DiscordFailures.log(action, failure);
                        }
                    })
                    .thenApply(sent -> null);
        } catch (RuntimeException e) {
            DiscordFailures.log(action, e);
            return CompletableFuture.failedFuture(e);
        }
    }
}
