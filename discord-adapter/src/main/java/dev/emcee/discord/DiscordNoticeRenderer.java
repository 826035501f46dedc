package dev.emcee.discord;

import dev.emcee.core.answer.SessionCard;
import dev.emcee.core.notice.Broadcast;
import dev.emcee.core.notice.Notice;
import dev.emcee.core.notice.NoticeVisitor;
import dev.emcee.core.notice.ScheduleChanged;
import dev.emcee.core.notice.SessionReminder;
import dev.emcee.core.notice.SessionsStarting;
import dev.emcee.core.notice.StartWording;
import java.util.List;
import net.dv8tion.jda.api.EmbedBuilder;
import net.dv8tion.jda.api.entities.MessageEmbed;

/**
 * Renders every kind of {@link Notice} as one Discord embed: announcements of sessions about to start, schedule
 * changes with the old and new time and room, and personal reminders.
 */
public final class DiscordNoticeRenderer implements NoticeVisitor<MessageEmbed> {
    private static final int FEW_SESSIONS = 3;

    /** The embed for a notice. */
    public MessageEmbed render(Notice notice) {
        return notice.accept(this);
    }

    @Override
    public MessageEmbed sessionsStarting(SessionsStarting notice) {
        SessionCard first = notice.sessions().get(0);
        String title = StartWording.heading(first.start(), notice.postedAt());
        if (notice.sessions().size() == 1) {
            title = title + ": " + first.label();
        }
        EmbedBuilder embed = new EmbedBuilder()
                .setTitle(DiscordMarkdown.truncate(DiscordMarkdown.inline(title), MessageEmbed.TITLE_MAX_LENGTH))
                .setColor(EmbedColours.forSessions(notice.sessions()))
                .setFooter(SessionFields.venueFooter(notice.sessions(), notice.postedAt(), first.zone()));
        boolean few = notice.sessions().size() <= FEW_SESSIONS;
        List<MessageEmbed.Field> fields = notice.sessions().stream()
                .map(card -> SessionFields.field(card, notice.postedAt(), few)).toList();
        EmbedLimits.addFields(embed, fields, "sessions", "Ask \"what's on now\" to see them all.");
        return embed.build();
    }

    @Override
    public MessageEmbed scheduleChanged(ScheduleChanged notice) {
        EmbedBuilder embed = new EmbedBuilder()
                .setTitle(notice.heading())
                .setColor(EmbedColours.CHANGE)
                .setFooter("Times show in your own time zone; the venue is in "
                        + notice.changes().get(0).before().zone().getId() + ".");
        List<MessageEmbed.Field> fields = notice.changes().stream().map(DiscordNoticeRenderer::changeField).toList();
        EmbedLimits.addFields(embed, fields, "changes", "Ask Emcee about a session to see where it is now.");
        return embed.build();
    }

    @Override
    public MessageEmbed broadcast(Broadcast notice) {
        return new EmbedBuilder().setTitle(DiscordMarkdown.truncate(notice.heading(), MessageEmbed.TITLE_MAX_LENGTH)).setColor(EmbedColours.EMCEE)
                .setDescription(DiscordMarkdown.truncate(DiscordMarkdown.escape(notice.text()),
                        MessageEmbed.DESCRIPTION_MAX_LENGTH)).build();
    }

    @Override
    public MessageEmbed sessionReminder(SessionReminder notice) {
        SessionCard card = notice.session();
        return new EmbedBuilder()
                .setTitle(DiscordMarkdown.truncate(DiscordMarkdown.inline(notice.heading() + ": " + card.label()),
                        MessageEmbed.TITLE_MAX_LENGTH))
                .setColor(EmbedColours.forSession(card))
                .addField(SessionFields.field(card, notice.postedAt(), true))
                .setFooter(DiscordMarkdown.truncate(notice.footer(), MessageEmbed.TEXT_MAX_LENGTH))
                .build();
    }

    private static MessageEmbed.Field changeField(ScheduleChanged.Change change) {
        SessionCard before = change.before();
        String label = DiscordMarkdown.inline(before.label());
        String value = switch (change.kind()) {
            case MOVED -> "Was " + slot(before) + "\nNow " + change.after().map(DiscordNoticeRenderer::slot)
                    .orElse("to be announced");
            case CANCELLED -> "Was " + slot(before);
            case ADDED -> slot(change.after().orElse(before));
        };
        String kind = switch (change.kind()) {
            case MOVED -> "Moved";
            case CANCELLED -> "Cancelled";
            case ADDED -> "Added";
        };
        return new MessageEmbed.Field(DiscordMarkdown.truncate(kind + " · " + label, MessageEmbed.TITLE_MAX_LENGTH),
                DiscordMarkdown.truncate(value, MessageEmbed.VALUE_MAX_LENGTH), false);
    }

    /** "&lt;t:…:f&gt;–&lt;t:…:t&gt; in LL21 A/B". */
    private static String slot(SessionCard card) {
        return "<t:" + card.start().getEpochSecond() + ":f>–<t:" + card.end().getEpochSecond() + ":t> in "
                + DiscordMarkdown.inline(card.room());
    }
}
