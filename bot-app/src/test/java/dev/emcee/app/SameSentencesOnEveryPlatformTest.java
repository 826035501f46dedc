package dev.emcee.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonElement;
import com.slack.api.util.json.GsonFactory;
import dev.emcee.core.answer.Answer;
import dev.emcee.core.answer.Clarification;
import dev.emcee.core.answer.ConferenceOverview;
import dev.emcee.core.answer.HelpAnswer;
import dev.emcee.core.answer.NameListing;
import dev.emcee.core.answer.NoMatch;
import dev.emcee.core.answer.OnNow;
import dev.emcee.core.answer.PersonProfile;
import dev.emcee.core.answer.PersonRef;
import dev.emcee.core.answer.PersonalAgenda;
import dev.emcee.core.answer.PlainTextRenderer;
import dev.emcee.core.answer.SessionListing;
import dev.emcee.core.answer.SlowDown;
import dev.emcee.core.answer.UpNext;
import dev.emcee.core.notice.Notice;
import dev.emcee.core.notice.ScheduleChanged;
import dev.emcee.core.notice.SessionReminder;
import dev.emcee.core.schedule.ConferenceDates;
import dev.emcee.core.testing.AnswerSamples;
import dev.emcee.discord.DiscordAnswerRenderer;
import dev.emcee.discord.DiscordNoticeRenderer;
import dev.emcee.slack.render.SlackAnswerRenderer;
import dev.emcee.slack.render.SlackMessage;
import dev.emcee.slack.render.SlackNoticeRenderer;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import net.dv8tion.jda.api.entities.MessageEmbed;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

/**
 * The sentences every platform says are worded once, in the core: the console, Slack and Discord each render the
 * same answer with the same words (each in its own format: blocks, embeds, plain lines).
 */
class SameSentencesOnEveryPlatformTest {
    private static final SlackAnswerRenderer SLACK = new SlackAnswerRenderer("/emcee", true);
    private static final DiscordAnswerRenderer DISCORD = new DiscordAnswerRenderer("@Emcee");

    static Stream<Arguments> sentences() {
        PersonRef emily = new PersonRef("Emily Shea", Optional.of("Fastly"), List.of("Track host"));
        return Stream.of(
                Arguments.of(new SlowDown(Duration.ofSeconds(90)),
                        "You're asking faster than I can keep up. Please try again in 2 minutes."),
                Arguments.of(new UpNext("in LL21 A/B", List.of(), List.of(), AnswerSamples.NOW),
                        "Nothing more is scheduled in LL21 A/B."),
                Arguments.of(new UpNext("in LL21 A/B", List.of(), List.of(AnswerSamples.card("now", -10)),
                        AnswerSamples.NOW), "Nothing more is scheduled in LL21 A/B."),
                Arguments.of(new OnNow("in LL21 A/B", List.of(), List.of(), AnswerSamples.NOW),
                        "Nothing is on in LL21 A/B right now. Nothing more is scheduled."),
                Arguments.of(new OnNow("in LL21 A/B", List.of(), List.of(AnswerSamples.card("next", 30)),
                        AnswerSamples.NOW), "Nothing is on in LL21 A/B right now."),
                Arguments.of(new PersonProfile(emily, Optional.empty(), List.of(), AnswerSamples.NOW),
                        "They have no sessions on the schedule."),
                Arguments.of(new HelpAnswer("I'm Emcee. Ask me about the schedule.", List.of("what's next")),
                        "For example"),
                Arguments.of(new SessionListing("Top rated sessions", List.of(), Optional.empty(), "",
                        AnswerSamples.NOW), "Top rated sessions: nothing."),
                Arguments.of(new NameListing("Rooms (0)", List.of()), "Rooms (0): nothing."),
                Arguments.of(new ConferenceOverview("Velocity", Optional.empty(), Optional.of("San Jose"),
                        ZoneId.of("America/Los_Angeles"), List.of(new ConferenceDates("Sessions",
                                LocalDate.of(2018, 6, 14), LocalDate.of(2018, 6, 14))), Optional.empty(),
                        List.of(), 1, 5, 7), "5 sessions, 7 people, 1 room"),
                Arguments.of(new PersonalAgenda(List.of(
                        new PersonalAgenda.Entry(AnswerSamples.card("a", 30), List.of("Session b")),
                        new PersonalAgenda.Entry(AnswerSamples.card("b", 40), List.of("Session a"))),
                        Duration.ofMinutes(10), AnswerSamples.NOW), "Overlaps Session b"),
                Arguments.of(NoMatch.failure(), "Sorry, something went wrong while answering that. Please try "
                        + "again in a moment; if it keeps happening, tell the organisers."),
                Arguments.of(new Clarification("Which room do you mean?", List.of("LL20 D", "LL21 A/B")),
                        "Which room do you mean?"));
    }

    @ParameterizedTest
    @MethodSource("sentences")
    void theConsoleSlackAndDiscordSayTheCoresSentence(Answer answer, String sentence) {
        Map<String, String> said = Map.of(
                "console", PlainTextRenderer.render(answer),
                "Slack", String.join("\n", slackTexts(SLACK.render(answer))),
                "Discord", discordText(DISCORD.render(answer)));

        said.forEach((platform, text) -> assertThat(text).as(platform).contains(sentence));
    }

    static Stream<Arguments> noticeSentences() {
        List<ScheduleChanged.Change> cancelled = List.of("a", "b", "c").stream().map(id -> new ScheduleChanged.Change(
                ScheduleChanged.Kind.CANCELLED, AnswerSamples.card(id, 30), Optional.empty())).toList();
        return Stream.of(
                Arguments.of(new SessionReminder(AnswerSamples.card("a", 10), AnswerSamples.NOW,
                        Duration.ofMinutes(10)), "On your agenda. Say \"forget\" and its name to stop reminders for it."),
                Arguments.of(new ScheduleChanged(cancelled.subList(0, 1)), "Schedule change"),
                Arguments.of(new ScheduleChanged(cancelled), "3 schedule changes"));
    }

    /** Notices in chat: the console prints them as one plain line each (its {@code [announcement]} contract). */
    @ParameterizedTest
    @MethodSource("noticeSentences")
    void slackAndDiscordNoticesSayTheCoresSentence(Notice notice, String sentence) {
        assertThat(String.join("\n", slackTexts(new SlackNoticeRenderer(true).render(notice)))).as("Slack")
                .contains(sentence);
        assertThat(discordText(new DiscordNoticeRenderer().render(notice))).as("Discord").contains(sentence);
    }

    @Test
    void aNoMatchIsLedByItsOwnWordsOnEveryPlatformWithNoHeadingAdded() {
        NoMatch answer = new NoMatch("I don't know anyone called \"kyle k\" on this schedule. Did you mean:",
                List.of("who is Kyle Kingsbury?"));
        List<String> slack = slackTexts(SLACK.render(answer));
        MessageEmbed discord = DISCORD.render(answer);

        for (String text : List.of(PlainTextRenderer.render(answer), String.join("\n", slack),
                discordText(discord))) {
            assertThat(text).contains("on this schedule. Did you mean:", "who is Kyle Kingsbury?")
                    .doesNotContain("Try");
        }
        assertThat(discord.getFields()).isEmpty();
    }

    /** The notification text and every text inside the blocks, as the SDK serializes them. */
    private static List<String> slackTexts(SlackMessage message) {
        List<String> texts = new ArrayList<>();
        texts.add(message.text());
        collect(GsonFactory.createSnakeCase().toJsonTree(message.blocks()), texts);
        return texts;
    }

    private static void collect(JsonElement json, List<String> texts) {
        if (json.isJsonArray()) {
            json.getAsJsonArray().forEach(e -> collect(e, texts));
        } else if (json.isJsonObject()) {
            json.getAsJsonObject().entrySet().forEach(e -> {
                if (e.getKey().equals("text") && e.getValue().isJsonPrimitive()) {
                    texts.add(e.getValue().getAsString());
                } else {
                    collect(e.getValue(), texts);
                }
            });
        }
    }

    private static String discordText(MessageEmbed embed) {
        StringBuilder text = new StringBuilder();
        text.append(embed.getTitle()).append('\n').append(embed.getDescription()).append('\n');
        embed.getFields().forEach(f -> text.append(f.getName()).append('\n').append(f.getValue()).append('\n'));
        if (embed.getFooter() != null) {
            text.append(embed.getFooter().getText());
        }
        return text.toString();
    }
}
