package dev.emcee.discord;

import dev.emcee.core.Inquiry;
import dev.emcee.core.platform.Platform;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import net.dv8tion.jda.api.entities.Member;
import net.dv8tion.jda.api.entities.Message;
import net.dv8tion.jda.api.entities.Role;
import net.dv8tion.jda.api.entities.User;
import net.dv8tion.jda.api.entities.channel.ChannelType;
import net.dv8tion.jda.api.events.interaction.command.SlashCommandInteractionEvent;
import net.dv8tion.jda.api.events.interaction.component.ButtonInteractionEvent;
import net.dv8tion.jda.api.events.message.MessageReceivedEvent;
import net.dv8tion.jda.api.interactions.commands.OptionMapping;

/**
 * Turns Discord events into the neutral {@link Inquiry} the core answers, and decides which messages are questions.
 *
 * <p>A guild message is a question when it starts with the prefix ({@code !emcee what's next}) or mentions the bot
 * ({@code @Emcee who is Sean Allen}); in a direct message everything is a question. Messages from bots (Emcee
 * included), webhooks and Discord itself are never questions.
 */
final class DiscordInquiries {
    private final String prefix;

    DiscordInquiries(String prefix) {
        this.prefix = prefix;
    }

    /** The question in a message, or empty when the message is not for Emcee. */
    Optional<Inquiry> fromMessage(MessageReceivedEvent event) {
        User author = event.getAuthor();
        if (author.isBot() || author.isSystem() || event.isWebhookMessage()) {
            return Optional.empty();
        }
        Message message = event.getMessage();
        if (message.getType().isSystem()) {
            return Optional.empty();
        }
        String raw = message.getContentRaw().strip();
        Pattern selfMention = selfMention(event);
        boolean mentioned = selfMention.matcher(raw).find();
        Optional<String> afterPrefix = afterPrefix(raw);
        boolean direct = event.getChannelType() == ChannelType.PRIVATE;
        if (!direct && !mentioned && afterPrefix.isEmpty()) {
            return Optional.empty();
        }
        String text = selfMention.matcher(afterPrefix.orElse(raw)).replaceAll(" ");
        return Optional.of(inquiry(author.getId(), text, roles(event.getMember())));
    }

    /** The command a button click stands for, from its clicker (with their roles, in a server). */
    Inquiry fromButton(ButtonInteractionEvent event, String command) {
        return inquiry(event.getUser().getId(), command, roles(event.getMember()));
    }

    /** The ids of a server member's roles (which decide who is an organizer); none in a direct message. */
    private static Set<String> roles(Member member) {
        return member == null ? Set.of() : member.getRoles().stream().map(Role::getId).collect(Collectors.toSet());
    }

    /**
     * Emcee's user mention, and in a server also its integration role's: people who type "@Emcee" may pick either
     * from Discord's list.
     */
    private static Pattern selfMention(MessageReceivedEvent event) {
        String user = "<@!?" + event.getJDA().getSelfUser().getId() + ">";
        Role botRole = event.isFromGuild() ? event.getGuild().getBotRole() : null;
        return Pattern.compile(botRole == null ? user : user + "|<@&" + botRole.getId() + ">");
    }

    /** The question a slash command asks, or empty for a command Emcee does not know. */
    Optional<Inquiry> fromSlashCommand(SlashCommandInteractionEvent event) {
        String userId = event.getUser().getId();
        return SlashCommands.questionFor(event.getName(), name -> optionText(event, name))
                .map(text -> inquiry(userId, text, roles(event.getMember())));
    }

    private Optional<String> afterPrefix(String raw) {
        if (raw.length() < prefix.length()
                || !raw.regionMatches(true, 0, prefix, 0, prefix.length())) {
            return Optional.empty();
        }
        String rest = raw.substring(prefix.length());
        if (!rest.isEmpty() && !Character.isWhitespace(rest.charAt(0)) && !rest.startsWith(",")
                && !rest.startsWith(":")) {
            return Optional.empty();
        }
        return Optional.of(rest.replaceFirst("^[,:]", ""));
    }

    private static Optional<String> optionText(SlashCommandInteractionEvent event, String name) {
        OptionMapping option = event.getOption(name);
        return option == null ? Optional.empty() : Optional.of(option.getAsString().strip()).filter(s -> !s.isEmpty());
    }

    private static Inquiry inquiry(String userId, String text, Set<String> roles) {
        return new Inquiry(Platform.DISCORD, userId, text.replaceAll("\\s+", " ").strip(), roles);
    }
}
