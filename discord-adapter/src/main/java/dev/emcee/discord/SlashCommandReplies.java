package dev.emcee.discord;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;
import net.dv8tion.jda.api.events.interaction.command.SlashCommandInteractionEvent;

/**
 * Replies to a slash command within Discord's three seconds: directly when the answer is ready in time, otherwise
 * by deferring first ("Emcee is thinking…") and then editing in the answer. An answer about the asker's own agenda
 * is always ephemeral: when a public placeholder was already shown, it is removed and the answer follows privately.
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
    void reply(SlashCommandInteractionEvent event, Supplier<Optional<DiscordReply>> answer) {
        AtomicBoolean acknowledged = new AtomicBoolean();
        CompletableFuture.delayedExecutor(deferAfter.toMillis(), TimeUnit.MILLISECONDS).execute(() -> {
            if (acknowledged.compareAndSet(false, true)) {
                event.deferReply(ephemeral).queue(hook -> { }, failure -> DiscordFailures.log(
                        "defer the reply to /" + event.getName(), failure));
            }
        });
        Optional<DiscordReply> reply = answer.get();
        try {
            if (acknowledged.compareAndSet(false, true)) {
                replyNow(event, reply);
            } else {
                replyDeferred(event, reply);
            }
        } catch (RuntimeException e) {
            DiscordFailures.log("answer /" + event.getName(), e);
        }
    }

    private void replyNow(SlashCommandInteractionEvent event, Optional<DiscordReply> reply) {
        if (reply.isPresent()) {
            event.reply(DiscordMessages.create(reply.get())).setEphemeral(ephemeral || reply.get().personal())
                    .queue(hook -> { }, failure -> DiscordFailures.log("answer /" + event.getName(), failure));
        } else {
            event.deferReply(true).queue(hook -> hook.deleteOriginal().queue(done -> { }, failure -> { }),
                    failure -> DiscordFailures.log("acknowledge /" + event.getName(), failure));
        }
    }

    private void replyDeferred(SlashCommandInteractionEvent event, Optional<DiscordReply> reply) {
        if (reply.isPresent() && reply.get().personal() && !ephemeral) {
            event.getHook().deleteOriginal().queue(done -> { }, failure -> { });
            event.getHook().sendMessage(DiscordMessages.create(reply.get())).setEphemeral(true)
                    .queue(message -> { }, failure -> DiscordFailures.log("answer /" + event.getName(), failure));
        } else if (reply.isPresent()) {
            event.getHook().editOriginal(DiscordMessages.edit(reply.get()))
                    .queue(message -> { }, failure -> DiscordFailures.log("answer /" + event.getName(), failure));
        } else {
            event.getHook().deleteOriginal().queue(done -> { }, failure -> { });
        }
    }
}
