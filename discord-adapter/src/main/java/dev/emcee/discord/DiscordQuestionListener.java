package dev.emcee.discord;

import dev.emcee.core.Inquiry;
import dev.emcee.core.QuestionHandler;
import java.util.Optional;
import net.dv8tion.jda.api.entities.MessageEmbed;
import net.dv8tion.jda.api.events.interaction.command.CommandAutoCompleteInteractionEvent;
import net.dv8tion.jda.api.events.interaction.command.SlashCommandInteractionEvent;
import net.dv8tion.jda.api.events.message.MessageReceivedEvent;
import net.dv8tion.jda.api.hooks.ListenerAdapter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Answers questions from channel messages, mentions, direct messages and slash commands, and suggests names while
 * someone types a slash command.
 *
 * <p>Nothing here throws into JDA: a failure becomes a friendly reply and a log line.
 */
final class DiscordQuestionListener extends ListenerAdapter {
    private static final Logger LOG = LoggerFactory.getLogger(DiscordQuestionListener.class);

    private final QuestionHandler handler;
    private final DiscordInquiries inquiries;
    private final DiscordAnswerRenderer renderer;
    private final SlashCommandReplies slashReplies;
    private final AutocompleteChoices choices;

    DiscordQuestionListener(QuestionHandler handler, DiscordInquiries inquiries, DiscordAnswerRenderer renderer,
            SlashCommandReplies slashReplies, AutocompleteChoices choices) {
        this.handler = handler;
        this.inquiries = inquiries;
        this.renderer = renderer;
        this.slashReplies = slashReplies;
        this.choices = choices;
    }

    @Override
    public void onMessageReceived(MessageReceivedEvent event) {
        Optional<Inquiry> inquiry;
        try {
            inquiry = inquiries.fromMessage(event);
        } catch (RuntimeException e) {
            LOG.error("Could not read a Discord message in channel {}: {}", event.getChannel().getId(), e, e);
            return;
        }
        inquiry.flatMap(this::answer).ifPresent(embed -> reply(event, embed));
    }

    private static void reply(MessageReceivedEvent event, MessageEmbed embed) {
        String action = "reply in channel " + event.getChannel().getId();
        try {
            event.getMessage().reply(DiscordMessages.create(embed)).failOnInvalidReply(false)
                    .queue(sent -> { }, failure -> DiscordFailures.log(action, failure));
        } catch (RuntimeException e) {
            DiscordFailures.log(action, e); // JDA checks cached permissions before sending
        }
    }

    @Override
    public void onSlashCommandInteraction(SlashCommandInteractionEvent event) {
        try {
            Optional<Inquiry> inquiry = inquiries.fromSlashCommand(event);
            if (inquiry.isEmpty()) {
                slashReplies.reply(event, () -> Optional.of(DiscordMessages.unknownCommand(event.getName())));
                return;
            }
            slashReplies.reply(event, () -> answer(inquiry.get()));
        } catch (RuntimeException e) {
            LOG.error("Could not answer the Discord command /{}: {}", event.getName(), e, e);
        }
    }

    @Override
    public void onCommandAutoCompleteInteraction(CommandAutoCompleteInteractionEvent event) {
        try {
            event.replyChoiceStrings(choices.choices(event.getFocusedOption().getName(),
                            event.getFocusedOption().getValue()))
                    .queue(done -> { }, failure -> DiscordFailures.log("suggest names", failure));
        } catch (RuntimeException e) {
            LOG.error("Could not suggest names for /{}: {}", event.getName(), e, e);
        }
    }

    /** The embed answering an inquiry; empty when the core says to stay silent; a friendly apology when it fails. */
    private Optional<MessageEmbed> answer(Inquiry inquiry) {
        try {
            return handler.answer(inquiry).map(renderer::render);
        } catch (RuntimeException e) {
            LOG.error("Answering the Discord question '{}' failed: {}", inquiry.text(), e, e);
            return Optional.of(DiscordMessages.failure());
        }
    }
}
