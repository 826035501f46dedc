package dev.emcee.slack.render;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import dev.emcee.core.answer.Answer;
import dev.emcee.core.answer.HelpAnswer;
import dev.emcee.core.answer.PeopleListing;
import dev.emcee.core.answer.PersonRef;
import dev.emcee.core.answer.SessionCard;
import dev.emcee.core.answer.SessionListing;
import dev.emcee.core.answer.UpNext;
import dev.emcee.core.testing.AnswerSamples;
import dev.emcee.slack.SlackSamples;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class SlackAnswerRendererTest {
    private final SlackAnswerRenderer renderer = new SlackAnswerRenderer("/emcee");

    @Test
    void everyKindOfAnswerHasASampleAndASlackRendering() {
        for (Answer answer : AnswerSamples.answers()) {
            SlackMessage message = renderer.render(answer);
            String kind = answer.getClass().getSimpleName();
            assertThat(message.text()).as(kind).isNotBlank();
            assertThat(message.blocks()).as(kind).isNotEmpty();
            assertThat(RenderedTexts.json(message).getAsJsonArray("blocks")).as(kind).isNotEmpty();
            assertThat(RenderedTexts.tokens(message)).as(kind + ": hostile sample text stays text")
                    .allMatch(RenderedTexts::isOurs);
            assertThat(String.join("\n", RenderedTexts.interpreted(message))).as(kind)
                    .doesNotContain("<!channel>", "<!here>", "<@U123>", "<!subteam", "<b>", "`");
        }
    }

    @Test
    void upNextNamesTheSessionWithItsTimeInEachReadersZone() {
        SlackMessage message = renderer.render(new UpNext("in LL21 A/B", List.of(SlackSamples.seanAllen()), List.of(),
                SlackSamples.ELEVEN));
        String all = RenderedTexts.joined(message);

        assertThat(all).contains("Up next in LL21 A/B", "Sean Allen (Wallaroo Labs)", "(in 25 minutes)");
        assertThat(all).as("the rating in the wording every platform uses").contains("*Rating*\n★ 5.0/5 (3 ratings)")
                .doesNotContain("5.0 / 5 (3)");
        assertThat(all).contains("<!date^1529000700^{date_short_pretty}, {time}|Thu Jun 14, 11:25am PDT>"
                + "–<!date^1529003100^{time}|12:05pm PDT>");
        assertThat(message.text()).isEqualTo("Up next in LL21 A/B: Sean Allen: Distributed State, 11:25am PDT, LL21 A/B");
        JsonObject header = RenderedTexts.json(message).getAsJsonArray("blocks").get(0).getAsJsonObject();
        assertThat(header.get("type").getAsString()).isEqualTo("header");
        assertThat(header.getAsJsonObject("text").get("type").getAsString()).isEqualTo("plain_text");
    }

    @Test
    void theSameCardAskedAgainLaterSaysTheNewTimeLeft() {
        SessionCard sean = SlackSamples.seanAllen();
        String first = RenderedTexts.joined(renderer.render(new UpNext("in LL21 A/B", List.of(sean), List.of(),
                SlackSamples.ELEVEN)));
        String later = RenderedTexts.joined(renderer.render(new UpNext("in LL21 A/B", List.of(sean), List.of(),
                SlackSamples.ELEVEN.plusSeconds(20 * 60))));

        assertThat(first).contains("(in 25 minutes)");
        assertThat(later).contains("(in 5 minutes)").doesNotContain("25 minutes");
    }

    @Test
    void scheduleTextCanNeitherPingNorBreakFormatting() {
        PersonRef speaker = new PersonRef("<@U024BE7LH> & <!subteam^SAZ94GDB8|team>", Optional.of("<!here>"),
                List.of());
        SessionCard hostile = SlackSamples.card("x", "<!channel> party *now* for @everyone `rm -rf`",
                SlackSamples.ELEVEN, SlackSamples.ELEVEN.plusSeconds(1800), "<!everyone> hall", List.of(speaker),
                "Say <https://evil.example|click> to @here & @channel");
        for (Answer answer : List.of(new UpNext("in <!channel>", List.of(hostile), List.of(hostile), SlackSamples.ELEVEN),
                new SessionListing("<!here> list", List.of(hostile), Optional.of("<!channel>"), "", SlackSamples.ELEVEN))) {
            SlackMessage message = renderer.render(answer);

            assertThat(RenderedTexts.tokens(message)).as("the only tokens Slack interprets are our dates")
                    .allMatch(RenderedTexts::isOurs);
            String all = String.join("\n", RenderedTexts.interpreted(message));
            assertThat(all).doesNotContain("<!channel>", "<!here>", "<!everyone>", "<@U024BE7LH>", "<!subteam", "`")
                    .contains("&lt;!channel&gt;", "&lt;@U024BE7LH&gt; &amp; ", "*&lt;!channel&gt; party ∗now∗ for");
        }
    }

    @Test
    void aLongListingStopsAtFiftyBlocksAndSaysHowManyMore() {
        List<SessionCard> sessions = SlackSamples.many(80);
        SlackMessage message = renderer.render(new SessionListing("All sessions", sessions, Optional.empty(), "",
                SlackSamples.ELEVEN));

        JsonArray blocks = RenderedTexts.json(message).getAsJsonArray("blocks");
        assertThat(blocks).hasSize(50);
        int shown = (int) IntStream.range(0, 80)
                .filter(i -> RenderedTexts.joined(message).contains("*Session number " + i + "*")).count();
        assertThat(RenderedTexts.all(message).get(RenderedTexts.all(message).size() - 1))
                .isEqualTo("…and " + (80 - shown) + " more");
        assertThat(shown).isEqualTo(48);
    }

    @Test
    void longTextsStayWithinSlacksLimitsWithoutCuttingAnEscape() {
        String longName = "Q&A ".repeat(100);
        SessionCard card = SlackSamples.card("x", longName, SlackSamples.ELEVEN,
                SlackSamples.ELEVEN.plusSeconds(60), "R", List.of(), "A & B. ".repeat(800));
        SlackMessage message = renderer.render(new SessionListing(longName, List.of(card), Optional.empty(), "",
                SlackSamples.ELEVEN));
        JsonArray blocks = RenderedTexts.json(message).getAsJsonArray("blocks");

        String header = blocks.get(0).getAsJsonObject().getAsJsonObject("text").get("text").getAsString();
        assertThat(header).hasSizeLessThanOrEqualTo(150).endsWith("…");
        for (String text : RenderedTexts.all(message)) {
            assertThat(text).hasSizeLessThanOrEqualTo(3000);
        }
        for (String text : RenderedTexts.interpreted(message)) {
            assertThat(text.replaceAll("&(amp|lt|gt);", "")).doesNotContain("&");
        }
    }

    @Test
    void manyPeopleArePackedIntoSectionsWithinTheBlockLimit() {
        List<PersonRef> people = IntStream.range(0, 5000)
                .mapToObj(i -> new PersonRef("Person " + i, Optional.of("Company " + i), List.of())).toList();
        SlackMessage message = renderer.render(new PeopleListing("Speakers", people, "Nobody."));

        JsonArray blocks = RenderedTexts.json(message).getAsJsonArray("blocks");
        assertThat(blocks.size()).isLessThanOrEqualTo(50);
        long shown = RenderedTexts.all(message).stream().skip(1).flatMap(t -> t.lines())
                .filter(l -> l.startsWith("• ")).count();
        String last = RenderedTexts.all(message).get(RenderedTexts.all(message).size() - 1);
        assertThat(last).isEqualTo("…and " + (5000 - shown) + " more");
    }

    @Test
    void helpNamesTheConfiguredCommand() {
        SlackMessage message = new SlackAnswerRenderer("/conf").render(new HelpAnswer("I answer questions.",
                List.of("what's next in LL21 A/B")));

        assertThat(RenderedTexts.joined(message)).contains("• /conf what's next in LL21 A/B", "/conf public");
    }
}
