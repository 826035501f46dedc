package dev.emcee.discord;

import dev.emcee.core.BookmarkClick;
import dev.emcee.core.BookmarkHandler;
import dev.emcee.core.InboundClaims;
import dev.emcee.core.InboundKey;
import dev.emcee.core.Inquiry;
import dev.emcee.core.QuestionHandler;
import dev.emcee.core.connection.Agendas;
import dev.emcee.core.platform.Platform;
import java.util.Optional;
import net.dv8tion.jda.api.entities.channel.ChannelType;
import net.dv8tion.jda.api.events.interaction.command.CommandAutoCompleteInteractionEvent;
import net.dv8tion.jda.api.events.interaction.command.SlashCommandInteractionEvent;
import net.dv8tion.jda.api.events.interaction.component.ButtonInteractionEvent;
import net.dv8tion.jda.api.events.message.MessageReceivedEvent;
import net.dv8tion.jda.api.hooks.ListenerAdapter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Answers questions from channel messages, mentions, direct messages and slash commands, and suggests names while
 * someone types a slash command. Answers about a personal agenda go to the asker only (an ephemeral reply, or a
 * direct message when asked in a channel); bookmark buttons change the clicker's agenda.
 *
 * <p>Every gateway session of a bot receives every message and interaction, so each is claimed before it is
 * answered ({@link InboundClaims}, by message id or interaction id): with several instances, the first to claim
 * answers and the others stay silent.
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
    private final Agendas agendas;
    private final InboundClaims claims;

    /**
     * @param agendas whether personal agendas are on, and then what bookmark buttons do
     * @param claims which messages and interactions this instance answers
     */
    DiscordQuestionListener(QuestionHandler handler, Agendas agendas, InboundClaims claims,
            DiscordInquiries inquiries, DiscordAnswerRenderer renderer, SlashCommandReplies slashReplies,
            AutocompleteChoices choices) {
        this.agendas = agendas;
        this.claims = claims;
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
        if (inquiry.isPresent() && claimed("message", event.getMessageId())) {
            inquiry.flatMap(this::answer).ifPresent(reply -> reply(event, reply));
        }
    }

    private static void reply(MessageReceivedEvent event, DiscordReply reply) {
        if (reply.personal() && event.getChannelType() != ChannelType.PRIVATE) {
            String action = "send a direct message";
            try {
                event.getAuthor().openPrivateChannel()
                        .flatMap(channel -> channel.sendMessage(DiscordMessages.create(reply)))
                        .queue(sent -> { }, failure -> DiscordFailures.log(action, failure));
            } catch (RuntimeException e) {
                DiscordFailures.log(action, e);
            }
            return;
        }
        String action = "reply in channel " + event.getChannel().getId();
        try {
            event.getMessage().reply(DiscordMessages.create(reply)).failOnInvalidReply(false)
                    .queue(sent -> { }, failure -> DiscordFailures.log(action, failure));
        } catch (RuntimeException e) {
            DiscordFailures.log(action, e); // JDA checks cached permissions before sending
        }
    }

    @Override
    public void onSlashCommandInteraction(SlashCommandInteractionEvent event) {
        if (!claimed("interaction", event.getId())) {
            return;
        }
        try {
            Optional<Inquiry> inquiry = inquiries.fromSlashCommand(event);
            if (inquiry.isEmpty()) {
                slashReplies.reply(event, () -> Optional.of(DiscordReply.of(
                        DiscordMessages.unknownCommand(event.getName()))));
                return;
            }
            slashReplies.reply(event, () -> answer(inquiry.get()));
        } catch (RuntimeException e) {
            LOG.error("Could not answer the Discord command /{}: {}", event.getName(), e, e);
        }
    }

    @Override
    public void onCommandAutoCompleteInteraction(CommandAutoCompleteInteractionEvent event) {
        if (!claimed("interaction", event.getId())) {
            return;
        }
        try {
            event.replyChoiceStrings(choices.choices(event.getFocusedOption().getName(),
                            event.getFocusedOption().getValue()))
                    .queue(done -> { }, failure -> DiscordFailures.log("suggest names", failure));
        } catch (RuntimeException e) {
            LOG.error("Could not suggest names for /{}: {}", event.getName(), e, e);
        }
    }

    @Override
    public void onButtonInteraction(ButtonInteractionEvent event) {
        Optional<String> confirm = ConfirmComponents.command(event.getComponentId());
        if (confirm.isPresent()) {
            confirm(event, confirm.get());
            return;
        }
        Optional<BookmarkComponents.Click> click = BookmarkComponents.parse(event.getComponentId());
        Optional<BookmarkHandler> bookmarks = agendas.bookmarks();
        if (click.isEmpty() || bookmarks.isEmpty() || !claimed("interaction", event.getId())) {
            return;
        }
        String action = "answer a bookmark button";
        try {
            DiscordReply reply = DiscordReply.of(bookmarks.get().bookmark(new BookmarkClick(Platform.DISCORD,
                    event.getUser().getId(), click.get().sessionId(), click.get().add())), renderer, true);
            if (click.get().inPlace()) {
                event.editMessage(DiscordMessages.edit(reply))
                        .queue(done -> { }, failure -> DiscordFailures.log(action, failure));
            } else {
                event.reply(DiscordMessages.create(reply)).setEphemeral(true)
                        .queue(done -> { }, failure -> DiscordFailures.log(action, failure));
            }
        } catch (RuntimeException e) {
            LOG.error("Could not answer a bookmark button: {}", e, e);
        }
    }

    /** An organizer's Confirm button: answered as the clicker's own "confirm TOKEN", in place of the preview. */
    private void confirm(ButtonInteractionEvent event, String command) {
        if (!claimed("interaction", event.getId())) {
            return;
        }
        String action = "answer a Confirm button";
        try {
            answer(inquiries.fromButton(event, command)).ifPresent(reply -> event.editMessage(DiscordMessages.edit(reply))
                    .queue(done -> { }, failure -> DiscordFailures.log(action, failure)));
        } catch (RuntimeException e) {
            LOG.error("Could not answer a Confirm button: {}", e, e);
        }
    }

    /** Whether this instance answers the message or interaction {@code id} (no other instance claimed it). */
    private boolean claimed(String kind, String id) {
        try {
            return claims.claim(new InboundKey(Platform.DISCORD, kind, id));
        } catch (RuntimeException e) {
            LOG.error("Could not claim the Discord {} {}; answering it: {}", kind, id, e, e);
            return true;
        }
    }

    /** The reply to an inquiry; empty when the core says to stay silent; a friendly apology when it fails. */
    private Optional<DiscordReply> answer(Inquiry inquiry) {
        try {
            return handler.answer(inquiry).map(a -> DiscordReply.of(a, renderer, agendas.enabled()));
        } catch (RuntimeException e) {
            LOG.error("Answering the Discord question '{}' failed: {}", inquiry.text(), e, e);
            return Optional.of(DiscordReply.of(DiscordMessages.failure()));
        }
    }
}
