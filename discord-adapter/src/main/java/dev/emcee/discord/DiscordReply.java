package dev.emcee.discord;

import dev.emcee.core.answer.Answer;
import dev.emcee.core.answer.OrganizerReply;
import dev.emcee.core.answer.PersonalAnswer;
import java.util.List;
import java.util.Objects;
import net.dv8tion.jda.api.components.actionrow.ActionRow;
import net.dv8tion.jda.api.entities.MessageEmbed;

/**
 * An answer ready for Discord: its embed, the bookmark buttons under it, and whether only the asker may see it.
 *
 * @param personal an answer about the asker's own agenda, or to an organizer: sent ephemerally or by direct message,
 *     never in a channel
 */
record DiscordReply(MessageEmbed embed, List<ActionRow> buttons, boolean personal) {
    DiscordReply {
        Objects.requireNonNull(embed, "embed");
        buttons = List.copyOf(buttons);
    }

    /** A reply without buttons, for everyone to see. */
    static DiscordReply of(MessageEmbed embed) {
        return new DiscordReply(embed, List.of(), false);
    }

    /** The reply to an answer; with bookmark buttons when {@code bookmarkButtons} (personal agendas are on). */
    static DiscordReply of(Answer answer, DiscordAnswerRenderer renderer, boolean bookmarkButtons) {
        List<ActionRow> buttons = answer instanceof OrganizerReply ? ConfirmComponents.of(answer)
                : bookmarkButtons ? BookmarkComponents.of(answer) : List.of();
        return new DiscordReply(renderer.render(answer), buttons,
                answer instanceof PersonalAnswer || answer instanceof OrganizerReply);
    }
}
