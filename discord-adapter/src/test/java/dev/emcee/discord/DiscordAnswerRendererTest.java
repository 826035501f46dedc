package dev.emcee.discord;

import static org.assertj.core.api.Assertions.assertThat;

import dev.emcee.core.answer.Answer;
import dev.emcee.core.answer.HelpAnswer;
import dev.emcee.core.answer.NameListing;
import dev.emcee.core.answer.PeopleListing;
import dev.emcee.core.answer.PersonRef;
import dev.emcee.core.answer.SessionCard;
import dev.emcee.core.answer.SessionListing;
import dev.emcee.core.answer.UpNext;
import dev.emcee.core.testing.AnswerSamples;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import net.dv8tion.jda.api.entities.MessageEmbed;
import net.dv8tion.jda.api.utils.data.DataObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every kind of answer as an embed: valid, within Discord's limits, safe, with times readers see in their zone. */
class DiscordAnswerRendererTest {
    private final DiscordAnswerRenderer renderer = new DiscordAnswerRenderer("!emcee");

    /** One answer of every kind (the core's samples fail when a kind has none), then Discord's hostile ones. */
    static List<Answer> samples() {
        return Stream.concat(AnswerSamples.answers().stream(), DiscordSamples.answers().stream()).toList();
    }

    @Test
    void everyKindOfAnswerHasASample() {
        Set<Class<?>> sampled = AnswerSamples.answers().stream().map(Object::getClass).collect(Collectors.toSet());
        assertThat(sampled).containsExactlyInAnyOrderElementsOf(AnswerSamples.kinds(Answer.class));
    }

    @ParameterizedTest
    @MethodSource("samples")
    void everyKindRendersAValidEmbedWithinDiscordsLimits(Answer answer) {
        MessageEmbed embed = renderer.render(answer);

        assertThat(embed.isEmpty()).isFalse();
        assertThat(embed.isSendable()).as("within 6000 characters").isTrue();
        assertThat(embed.getFields()).hasSizeLessThanOrEqualTo(MessageEmbed.MAX_FIELD_AMOUNT);
        DataObject json = embed.toData();
        assertThat(json.toString()).isNotBlank();
    }

    @ParameterizedTest
    @MethodSource("samples")
    void textFromSchedulesAndPeopleCannotFormatOrMention(Answer answer) {
        MessageEmbed embed = renderer.render(answer);
        String text = allText(embed, answer instanceof HelpAnswer ? HelpAnswer.EXAMPLES_HEADING : null);
        embed.getFields().stream()
                .filter(f -> HelpAnswer.EXAMPLES_HEADING.equals(f.getName()) && answer instanceof HelpAnswer)
                .forEach(examples -> assertThat(examples.getValue().lines())
                        .as("examples are one-line code spans, shown literally")
                        .allMatch(line -> line.matches("• `[^`]*`")));

        assertThat(text).doesNotContain("**bold**", "*bold*", "_it_", "`code`", "||x||", "[link](", "<@&123>",
                "<@U123>", "<#456>", "<t:0:R>", "<!channel>", " @everyone", " @here", "\n# heading", "\n- item",
                "\n> quote");
    }

    @Test
    void upNextNamesTheSessionWithTimesInTheReadersZoneAndTheVenueTimeInTheFooter() {
        SessionCard sean = DiscordSamples.seanAllen();
        MessageEmbed embed = renderer.render(new UpNext("in LL21 A/B", List.of(sean), List.of(), DiscordSamples.NOW));

        assertThat(embed.getTitle()).isEqualTo("Up next in LL21 A/B");
        MessageEmbed.Field field = embed.getFields().get(0);
        assertThat(field.getName()).isEqualTo("Sean Allen on Distributed State");
        long start = sean.start().getEpochSecond();
        assertThat(field.getValue()).contains("<t:" + start + ":t>", "<t:" + start + ":R>",
                "<t:" + sean.end().getEpochSecond() + ":t>", "LL21 A/B", "Sean Allen (Wallaroo Labs)",
                "Distributed Systems", "Intermediate", "★ 4.3/5 (12 ratings)");
        assertThat(embed.getFooter().getText()).isEqualTo("Venue time: Thu Jun 14, 11:25am–12:05pm PDT");
        assertThat(embed.getColor()).isEqualTo(EmbedColours.forTrack("Distributed Systems"));
    }

    @Test
    void nothingLeftSaysSo() {
        MessageEmbed embed = renderer.render(new UpNext("in LL21 A/B", List.of(), List.of(), DiscordSamples.NOW));

        assertThat(embed.getDescription()).isEqualTo("Nothing more is scheduled in LL21 A/B.");
    }

    @Test
    void aLongListingShowsWhatFitsAndSaysHowManyMore() {
        List<SessionCard> many = IntStream.range(0, 80).mapToObj(i -> DiscordSamples.card("s" + i, i * 10)).toList();
        MessageEmbed embed = renderer.render(new SessionListing("Everything", many, Optional.empty(), "None.",
                DiscordSamples.NOW));

        assertThat(embed.isSendable()).isTrue();
        assertThat(embed.getFields()).hasSizeLessThanOrEqualTo(MessageEmbed.MAX_FIELD_AMOUNT);
        MessageEmbed.Field last = embed.getFields().get(embed.getFields().size() - 1);
        int shown = embed.getFields().size() - 1;
        assertThat(last.getName()).isEqualTo("…and " + (80 - shown) + " more sessions");
    }

    @Test
    void aLongPeopleListStaysWithinTheDescriptionLimit() {
        List<PersonRef> people = IntStream.range(0, 500)
                .mapToObj(i -> new PersonRef("Person number " + i, Optional.of("Company " + i), List.of()))
                .toList();
        MessageEmbed embed = renderer.render(new PeopleListing("Speakers", people, "Nobody."));

        assertThat(embed.getDescription()).hasSizeLessThanOrEqualTo(MessageEmbed.DESCRIPTION_MAX_LENGTH)
                .containsPattern("…and \\d+ more people$");
        assertThat(embed.isSendable()).isTrue();
    }

    @Test
    void aVeryLongNameIsCutToTheTitleLimit() {
        String longName = "Room ".repeat(200);
        MessageEmbed embed = renderer.render(new NameListing(longName, List.of(new NameListing.Entry("a", ""))));

        assertThat(embed.getTitle()).hasSizeLessThanOrEqualTo(MessageEmbed.TITLE_MAX_LENGTH).endsWith("…");
    }

    @Test
    void theEmbedJsonIsWhatAskFormatDiscordPrints() {
        String json = DiscordMessages.embedJson(new UpNext("in LL21 A/B", List.of(DiscordSamples.seanAllen()),
                List.of(), DiscordSamples.NOW), "!emcee");

        DataObject parsed = DataObject.fromJson(json);
        assertThat(parsed.getArray("embeds").getObject(0).getString("title")).isEqualTo("Up next in LL21 A/B");
        assertThat(json).contains("Sean Allen");
    }

    /** Title, description, field names and values, and footer of an embed, joined. */
    static String allText(MessageEmbed embed) {
        return allText(embed, null);
    }

    /** The text of an embed without the field named {@code skippedField} (shown as code, so literal anyway). */
    static String allText(MessageEmbed embed, String skippedField) {
        StringBuilder text = new StringBuilder();
        text.append(embed.getTitle()).append('\n').append(embed.getDescription()).append('\n');
        embed.getFields().stream().filter(f -> !f.getName().equals(skippedField))
                .forEach(f -> text.append(f.getName()).append('\n').append(f.getValue()).append('\n'));
        if (embed.getFooter() != null) {
            text.append(embed.getFooter().getText());
        }
        return text.toString();
    }
}
