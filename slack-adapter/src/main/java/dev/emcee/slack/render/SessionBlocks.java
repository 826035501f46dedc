package dev.emcee.slack.render;

import static com.slack.api.model.block.composition.BlockCompositions.markdownText;

import com.slack.api.model.block.ContextBlock;
import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.block.SectionBlock;
import com.slack.api.model.block.composition.TextObject;
import dev.emcee.core.answer.PersonRef;
import dev.emcee.core.answer.SessionCard;
import dev.emcee.core.answer.TimeTexts;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** How a session looks in Block Kit: a detailed card for a few sessions, one line each in long lists. */
final class SessionBlocks {
    private SessionBlocks() {
    }

    /** The title in bold, linked to the session page when it has one. */
    static String title(SessionCard card) {
        return Mrkdwn.link(card.url().orElse(null), Mrkdwn.bold(card.label()));
    }

    /** "Thu Jun 14, 11:25am–12:05pm PDT · LL21 A/B". */
    static String whenAndWhere(SessionCard card) {
        return Mrkdwn.dayAndRange(card.start(), card.end(), card.zone()) + " · " + Mrkdwn.escape(card.room());
    }

    /** "Sean Allen (Wallaroo Labs), Emily Shea", escaped; empty without speakers. */
    static String speakers(SessionCard card) {
        return card.speakers().stream().map(PersonRef::nameWithAffiliation).map(Mrkdwn::escape)
                .collect(Collectors.joining(", "));
    }

    /** A card: title and time in the text, room, speakers, track, level and rating as fields, the summary below. */
    static List<LayoutBlock> detailed(SessionCard card, Instant asOf) {
        String text = title(card) + "\n" + Mrkdwn.dayAndRange(card.start(), card.end(), card.zone())
                + " (" + relative(card, asOf) + ")";
        List<String> fields = new ArrayList<>();
        fields.add("*Room*\n" + Mrkdwn.escape(card.room()));
        if (!card.speakers().isEmpty()) {
            fields.add("*" + (card.speakers().size() == 1 ? "Speaker" : "Speakers") + "*\n" + speakers(card));
        }
        card.track().ifPresent(t -> fields.add("*Track*\n" + Mrkdwn.escape(t)));
        card.level().ifPresent(l -> fields.add("*Level*\n" + Mrkdwn.escape(l)));
        card.rating().ifPresent(r -> fields.add(String.format(Locale.ROOT, "*Rating*\n%.1f / 5 (%d)", r.average(),
                r.count())));
        List<TextObject> fieldObjects = fields.stream()
                .map(f -> (TextObject) markdownText(BlockBudget.fit(f, BlockBudget.MAX_FIELD_TEXT))).toList();
        List<LayoutBlock> blocks = new ArrayList<>();
        blocks.add(SectionBlock.builder().text(markdownText(BlockBudget.fit(text, BlockBudget.MAX_SECTION_TEXT)))
                .fields(fieldObjects).build());
        if (!card.summary().isBlank()) {
            blocks.add(ContextBlock.builder().elements(List.of(markdownText(
                    BlockBudget.fit(Mrkdwn.escape(card.summary()), BlockBudget.MAX_SECTION_TEXT)))).build());
        }
        return blocks;
    }

    /** One section: title, then time, room and speakers on the next line. */
    static List<LayoutBlock> compact(SessionCard card) {
        return List.of(SectionBlock.builder().text(markdownText(BlockBudget.fit(line(card),
                BlockBudget.MAX_SECTION_TEXT))).build());
    }

    /** The compact form as mrkdwn text. */
    static String line(SessionCard card) {
        String who = speakers(card);
        return title(card) + "\n" + whenAndWhere(card) + (who.isEmpty() ? "" : " · " + who);
    }

    /** The compact form as plain text for notifications: "Label, 11:25am PDT, LL21 A/B". */
    static String plain(SessionCard card) {
        return card.label() + ", " + TimeTexts.clock(card.start(), card.zone()) + " "
                + TimeTexts.zoneAbbreviation(card.start(), card.zone()) + ", " + card.room();
    }

    /** "in 25 minutes", "12 minutes left" for a running session. */
    static String relative(SessionCard card, Instant asOf) {
        if (!card.start().isAfter(asOf) && card.end().isAfter(asOf)) {
            return TimeTexts.remaining(card.end(), asOf);
        }
        return TimeTexts.startsRelative(card.start(), asOf);
    }
}
