package dev.emcee.slack.render;

import static com.slack.api.model.block.composition.BlockCompositions.markdownText;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.slack.api.model.block.ContextBlock;
import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.block.SectionBlock;
import com.slack.api.model.block.composition.TextObject;
import dev.emcee.core.answer.PersonRef;
import dev.emcee.core.answer.RatingText;
import dev.emcee.core.answer.SessionCard;
import dev.emcee.core.answer.TimeTexts;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * How a session looks in Block Kit: a detailed card for a few sessions, one line each in long lists.
 *
 * <p>Everything of a card but "in 25 minutes" is the same whenever it is asked, so those texts are worked out once
 * per card and kept while the card is in use: the core builds a schedule's cards once, and times, escaping and
 * links were most of the cost of rendering an answer.
 */
final class SessionBlocks {
    /**
     * By identity (the same card object, not an equal one), for as long as the card is in use: no size bound, so
     * that a read records nothing (the cards of a schedule leave with it).
     */
    private final Cache<SessionCard, CardTexts> texts = Caffeine.newBuilder()
            .weakKeys()
            .executor(Runnable::run)
            .build();

    /** The texts of a card that do not change with the time of asking, escaped and fitted to Slack's limits. */
    private record CardTexts(String title, String dayAndRange, String whenAndWhere, List<TextObject> fields,
            String summary, String line, String plain, String plainMrkdwn, String untilLine) {
    }

    /** The title in bold, linked to the session page when it has one. */
    String title(SessionCard card) {
        return texts(card).title();
    }

    /** "Thu Jun 14, 11:25am–12:05pm PDT · LL21 A/B". */
    String whenAndWhere(SessionCard card) {
        return texts(card).whenAndWhere();
    }

    /** A card: title and time in the text, room, speakers, track, level and rating as fields, the summary below. */
    List<LayoutBlock> detailed(SessionCard card, Instant asOf) {
        CardTexts t = texts(card);
        String text = t.title() + "\n" + t.dayAndRange() + " (" + relative(card, asOf) + ")";
        List<LayoutBlock> blocks = new ArrayList<>(2);
        blocks.add(SectionBlock.builder().text(markdownText(BlockBudget.fit(text, BlockBudget.MAX_SECTION_TEXT)))
                .fields(t.fields()).build());
        if (!t.summary().isEmpty()) {
            blocks.add(ContextBlock.builder().elements(List.of(markdownText(t.summary()))).build());
        }
        return blocks;
    }

    /** One section: title, then time, room and speakers on the next line. */
    List<LayoutBlock> compact(SessionCard card) {
        return List.of(SectionBlock.builder().text(markdownText(texts(card).line())).build());
    }

    /** The compact form as plain text for notifications: "Label, 11:25am PDT, LL21 A/B". */
    String plain(SessionCard card) {
        return texts(card).plain();
    }

    /** {@link #plain} escaped for mrkdwn. */
    String plainMrkdwn(SessionCard card) {
        return texts(card).plainMrkdwn();
    }

    /** A running session in a line: "Label (LL21 A/B, until 12:05pm)". */
    String untilLine(SessionCard card) {
        return texts(card).untilLine();
    }

    private CardTexts texts(SessionCard card) {
        return texts.get(card, SessionBlocks::textsOf);
    }

    private static CardTexts textsOf(SessionCard card) {
        String title = Mrkdwn.link(card.url().orElse(null), Mrkdwn.bold(card.label()));
        String dayAndRange = Mrkdwn.dayAndRange(card.start(), card.end(), card.zone());
        String whenAndWhere = dayAndRange + " · " + Mrkdwn.escape(card.room());
        String speakers = card.speakers().stream().map(PersonRef::nameWithAffiliation).map(Mrkdwn::escape)
                .collect(Collectors.joining(", "));
        List<String> fields = new ArrayList<>();
        fields.add("*Room*\n" + Mrkdwn.escape(card.room()));
        if (!card.speakers().isEmpty()) {
            fields.add("*" + (card.speakers().size() == 1 ? "Speaker" : "Speakers") + "*\n" + speakers);
        }
        card.track().ifPresent(t -> fields.add("*Track*\n" + Mrkdwn.escape(t)));
        card.level().ifPresent(l -> fields.add("*Level*\n" + Mrkdwn.escape(l)));
        card.rating().flatMap(RatingText::of).ifPresent(r -> fields.add("*Rating*\n" + r));
        // Text objects are mutable; Emcee never changes one after building it, so cards can share them.
        List<TextObject> fieldObjects = fields.stream()
                .map(f -> (TextObject) markdownText(BlockBudget.fit(f, BlockBudget.MAX_FIELD_TEXT))).toList();
        String summary = card.summary().isBlank() ? ""
                : BlockBudget.fit(Mrkdwn.escape(card.summary()), BlockBudget.MAX_SECTION_TEXT);
        String line = BlockBudget.fit(title + "\n" + whenAndWhere + (speakers.isEmpty() ? "" : " · " + speakers),
                BlockBudget.MAX_SECTION_TEXT);
        String plain = card.label() + ", " + TimeTexts.clock(card.start(), card.zone()) + " "
                + TimeTexts.zoneAbbreviation(card.start(), card.zone()) + ", " + card.room();
        String untilLine = Mrkdwn.escape(card.label()) + " (" + Mrkdwn.escape(card.room()) + ", until "
                + Mrkdwn.clock(card.end(), card.zone()) + ")";
        return new CardTexts(title, dayAndRange, whenAndWhere, fieldObjects, summary, line, plain,
                Mrkdwn.escape(plain), untilLine);
    }

    /** "in 25 minutes", "12 minutes left" for a running session. */
    static String relative(SessionCard card, Instant asOf) {
        if (!card.start().isAfter(asOf) && card.end().isAfter(asOf)) {
            return TimeTexts.remaining(card.end(), asOf);
        }
        return TimeTexts.startsRelative(card.start(), asOf);
    }
}
