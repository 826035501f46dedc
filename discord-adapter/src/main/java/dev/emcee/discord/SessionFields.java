package dev.emcee.discord;

import dev.emcee.core.answer.PersonRef;
import dev.emcee.core.answer.RatingText;
import dev.emcee.core.answer.SessionCard;
import dev.emcee.core.answer.TimeTexts;
import dev.emcee.core.schedule.SessionKind;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import net.dv8tion.jda.api.entities.MessageEmbed;

/**
 * A session as one embed field: its label as the name; times (in each reader's own zone), room, speakers, track and
 * level as the value.
 */
final class SessionFields {
    private static final int SUMMARY_MAX = 300;

    private SessionFields() {
    }

    /** The field for a session; {@code withSummary} adds the short abstract (for answers with few sessions). */
    static MessageEmbed.Field field(SessionCard card, Instant asOf, boolean withSummary) {
        return field("", card, asOf, withSummary);
    }

    /** The field for a session with a label before its name, such as "On now · ". */
    static MessageEmbed.Field field(String namePrefix, SessionCard card, Instant asOf, boolean withSummary) {
        String name = DiscordMarkdown.truncate(namePrefix + DiscordMarkdown.inline(card.label()),
                MessageEmbed.TITLE_MAX_LENGTH);
        List<String> lines = new ArrayList<>();
        lines.add(timeLine(card, asOf));
        lines.add("📍 " + DiscordMarkdown.inline(card.room()));
        if (!card.speakers().isEmpty()) {
            lines.add("🎤 " + card.speakers().stream().map(PersonRef::nameWithAffiliation)
                    .map(DiscordMarkdown::inline).collect(Collectors.joining(", ")));
        }
        String details = details(card);
        if (!details.isEmpty()) {
            lines.add(details);
        }
        if (withSummary && !card.summary().isBlank()) {
            lines.add(DiscordMarkdown.truncate(DiscordMarkdown.escape(card.summary()), SUMMARY_MAX));
        }
        card.url().filter(DiscordMarkdown::isSafeLink).ifPresent(u -> lines.add("[Details](" + u + ")"));
        String value = DiscordMarkdown.truncate(String.join("\n", lines), MessageEmbed.VALUE_MAX_LENGTH);
        return new MessageEmbed.Field(name, value, false);
    }

    /**
     * "&lt;t:…:t&gt;–&lt;t:…:t&gt; · &lt;t:…:R&gt;": Discord shows each reader the times in their own zone and
     * "in 25 minutes"; a session on another day than {@code asOf} also shows its date.
     */
    static String timeLine(SessionCard card, Instant asOf) {
        long start = card.start().getEpochSecond();
        long end = card.end().getEpochSecond();
        boolean sameDay = card.start().atZone(card.zone()).toLocalDate()
                .equals(asOf.atZone(card.zone()).toLocalDate());
        String startText = sameDay ? "<t:" + start + ":t>" : "<t:" + start + ":f>";
        String range = startText + "–<t:" + end + ":t>";
        boolean running = !card.start().isAfter(asOf) && card.end().isAfter(asOf);
        boolean over = !card.end().isAfter(asOf);
        if (running) {
            return "🕒 " + range + " · ends <t:" + end + ":R>";
        }
        return "🕒 " + range + (over ? " · ended <t:" + end + ":R>" : " · starts <t:" + start + ":R>");
    }

    /** The footer text: venue time of the one session, or the venue time now when there are several or none. */
    static String venueFooter(List<SessionCard> cards, Instant asOf, ZoneId zone) {
        if (cards.size() == 1) {
            SessionCard only = cards.get(0);
            return "Venue time: " + TimeTexts.dayAndRange(only.start(), only.end(), only.zone());
        }
        return venueNow(asOf, zone);
    }

    /** "Venue time now: Thu Jun 14, 11am PDT". */
    static String venueNow(Instant asOf, ZoneId zone) {
        return "Venue time now: " + TimeTexts.shortDay(asOf, zone) + ", " + TimeTexts.clock(asOf, zone) + " "
                + TimeTexts.zoneAbbreviation(asOf, zone);
    }

    private static String details(SessionCard card) {
        List<String> parts = new ArrayList<>();
        card.track().ifPresent(t -> parts.add(DiscordMarkdown.inline(t)));
        card.level().ifPresent(l -> parts.add(DiscordMarkdown.inline(l)));
        if (card.kind() != SessionKind.TALK) {
            parts.add(card.kind().key());
        }
        card.rating().flatMap(RatingText::of).ifPresent(parts::add);
        return String.join(" · ", parts);
    }

}
