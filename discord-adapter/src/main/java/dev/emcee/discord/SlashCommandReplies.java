package dev.emcee.discord;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;
import net.dv8tion.jda.api.entities.MessageEmbed;
import net.dv8tion.jda.api.events.interaction.command.SlashCommandInteractionEvent;

/**
 * Replies to a slash command within Discord's three seconds: directly when the answer is ready in time, otherwise
 * by deferring first ("Emcee is thinking…") and then editing in the answer.
 */
final class SlashCommandReplies {
    /** How long an answer may take before the reply is deferred; Discord allows 3 s including network time. */
    static final Duration DEFAULT_DEFER_AFTER = Duration.ofMillis(1500);

    private final boolean ephemeral;
    private final Duration deferAfter;

    SlashCommandReplies(ReplyVisibility visibility, Duration deferAfter) {
        this.ephemeral = visibility.ephemeral();
        this.deferAfter = deferAfter;
    }

    /**
     * Computes the embed and replies with it; an empty embed (the person should hear nothing) acknowledges the
     * command and removes the placeholder, since Discord shows "The application did not respond" otherwise.
     */
    void reply(SlashCommandInteractionEvent event, Supplier<Optional<MessageEmbed>> answer) {
        AtomicBoolean acknowledged = new AtomicBoolean();
        CompletableFuture.delayedExecutor(deferAfter.toMillis(), TimeUnit.MILLISECONDS).execute(() -> {
            if (acknowledged.compareAndSet(false, true)) {
                event.deferReply(ephemeral).queue(hook -> { }, failure -> DiscordFailures.log(
                        "defer the reply to /" + event.getName(), failure));
            }
        });
        Optional<MessageEmbed> embed = answer.get();
        try {
            if (acknowledged.compareAndSet(false, true)) {
                replyNow(event, embed);
            } else {
                replyDeferred(event, embed);
            }
        } catch (RuntimeException e) {
            DiscordFailures.log("answer /" + event.getName(), e);
        }
    }

    private void replyNow(SlashCommandInteractionEvent event, Optional<MessageEmbed> embed) {
        if (embed.isPresent()) {
            event.reply(DiscordMessages.create(embed.get())).setEphemeral(ephemeral)
                    .queue(hook -> { }, failure -> DiscordFailures.log("answer /" + event.getName(), failure));
        } else {
            event.deferReply(true).queue(hook -> hook.deleteOriginal().queue(done -> { }, failure -> { }),
                    failure -> DiscordFailures.log("acknowledge /" + event.getName(), failure));
        }
    }

    private static void replyDeferred(SlashCommandInteractionEvent event, Optional<MessageEmbed> embed) {
        if (embed.isPresent()) {
            event.getHook().editOriginal(DiscordMessages.edit(embed.get()))
                    .queue(message -> { }, failure -> DiscordFailures.log("answer /" + event.getName(), failure));
        } else {
            event.getHook().deleteOriginal().queue(done -> { }, failure -> { });
        }
    }
}
