package dev.emcee.discord;

import dev.emcee.core.notice.DirectMessageSink;
import dev.emcee.core.notice.Notice;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;
import net.dv8tion.jda.api.JDA;

/**
 * Sends notices (reminders, changes to bookmarked sessions) to one person as a direct message: JDA opens the private
 * channel with the user id and posts the embed there. A person who does not accept direct messages from server
 * members makes the future fail, and the log says so.
 */
final class DiscordDirectMessages implements DirectMessageSink {
    private final Supplier<JDA> jda;
    private final DiscordNoticeRenderer renderer;

    DiscordDirectMessages(Supplier<JDA> jda, DiscordNoticeRenderer renderer) {
        this.jda = jda;
        this.renderer = renderer;
    }

    @Override
    public String platform() {
        return "discord";
    }

    @Override
    public CompletableFuture<Void> send(String userId, Notice notice) {
        String action = "send a direct message";
        try {
            if (userId == null || !userId.matches("\\d{1,20}")) {
                throw new IllegalArgumentException("'" + userId + "' is not a Discord user id");
            }
            return jda.get().openPrivateChannelById(userId)
                    .flatMap(channel -> channel.sendMessage(DiscordMessages.create(renderer.render(notice))))
                    .submit()
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
