package dev.emcee.discord;

import dev.emcee.core.answer.Answer;
import dev.emcee.core.answer.NoMatch;
import java.util.EnumSet;
import java.util.List;
import net.dv8tion.jda.api.EmbedBuilder;
import net.dv8tion.jda.api.components.actionrow.ActionRow;
import net.dv8tion.jda.api.entities.Message;
import net.dv8tion.jda.api.entities.MessageEmbed;
import net.dv8tion.jda.api.utils.data.DataArray;
import net.dv8tion.jda.api.utils.data.DataObject;
import net.dv8tion.jda.api.utils.messages.MessageCreateBuilder;
import net.dv8tion.jda.api.utils.messages.MessageCreateData;
import net.dv8tion.jda.api.utils.messages.MessageEditBuilder;
import net.dv8tion.jda.api.utils.messages.MessageEditData;

/**
 * The messages Emcee sends: embeds only, with mentions limited to users, so that no text from a schedule or a person
 * can ping {@code @everyone}, {@code @here} or a role.
 */
public final class DiscordMessages {
    /** Only user mentions may notify; {@code @everyone}, {@code @here} and roles never do. */
    static final EnumSet<Message.MentionType> ALLOWED_MENTIONS = EnumSet.of(Message.MentionType.USER);

    private DiscordMessages() {
    }

    /**
     * The embed JSON Emcee would send for an answer ({@code emcee ask --format discord}): {@code {"embeds":[…]}}.
     *
     * @param prefix the channel prefix shown in help answers, such as {@code !emcee}
     */
    public static String embedJson(Answer answer, String prefix) {
        MessageEmbed embed = new DiscordAnswerRenderer(prefix).render(answer);
        return DataObject.empty().put("embeds", DataArray.empty().add(embed.toData())).toPrettyString();
    }

    /** A new message holding one embed, mentions restricted, not pinging the person it replies to. */
    static MessageCreateData create(MessageEmbed embed) {
        return create(DiscordReply.of(embed));
    }

    /** A new message holding the reply's embed and buttons, mentions restricted. */
    static MessageCreateData create(DiscordReply reply) {
        return new MessageCreateBuilder().setEmbeds(List.of(reply.embed())).setComponents(reply.buttons())
                .setAllowedMentions(ALLOWED_MENTIONS).mentionRepliedUser(false).build();
    }

    /** An edit that replaces a deferred reply ("Emcee is thinking…") with one embed, mentions restricted. */
    static MessageEditData edit(MessageEmbed embed) {
        return edit(DiscordReply.of(embed));
    }

    /** An edit that replaces a message with the reply's embed and buttons, mentions restricted. */
    static MessageEditData edit(DiscordReply reply) {
        List<ActionRow> buttons = reply.buttons();
        return new MessageEditBuilder().setEmbeds(List.of(reply.embed())).setComponents(buttons)
                .setAllowedMentions(ALLOWED_MENTIONS).mentionRepliedUser(false).build();
    }

    /** What people see when answering failed unexpectedly; the details go to the log. */
    static MessageEmbed failure() {
        return new EmbedBuilder().setColor(EmbedColours.QUIET)
                .setDescription(DiscordMarkdown.escape(NoMatch.FAILURE))
                .build();
    }

    /** The reply to a slash command this version of Emcee does not know (left over from an older version). */
    static MessageEmbed unknownCommand(String name) {
        return new EmbedBuilder().setColor(EmbedColours.QUIET)
                .setDescription("I don't know the command /" + DiscordMarkdown.escape(name)
                        + " any more. Try /emcee with your question.")
                .build();
    }
}
