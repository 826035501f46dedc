package dev.emcee.discord;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.emcee.core.Inquiry;
import dev.emcee.core.QuestionHandler;
import dev.emcee.core.answer.Answer;
import dev.emcee.core.answer.NoMatch;
import dev.emcee.core.answer.UpNext;
import dev.emcee.discord.fake.FakeDiscord;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

/** A fake Discord and Emcee's Discord bot connected to it, for end-to-end tests. */
final class DiscordTestRig implements AutoCloseable {
    final FakeDiscord discord;
    final List<Inquiry> asked = new CopyOnWriteArrayList<>();
    private DiscordBot bot;

    DiscordTestRig() throws Exception {
        this.discord = new FakeDiscord();
    }

    /** Settings pointing at the fake, with an optional guild id. */
    DiscordSettings settings(String guildId) {
        return new DiscordSettings(null, guildId, null, null, discord.apiUrl(), discord.gatewayUrl());
    }

    /** A handler that records each inquiry and answers "what's next" with Sean Allen's session. */
    QuestionHandler recordingHandler() {
        return inquiry -> {
            asked.add(inquiry);
            return Optional.of(answerFor(inquiry));
        };
    }

    /** Starts the bot with the default settings and the recording handler, and waits until it is connected. */
    DiscordBot connect() {
        return connect(settings(null), recordingHandler(), SlashCommandReplies.DEFAULT_DEFER_AFTER);
    }

    /** Starts the bot and waits (bounded) until it is connected. */
    DiscordBot connect(DiscordSettings settings, QuestionHandler handler, Duration deferAfter) {
        DiscordStart start = new DiscordConnector(settings, handler, TestSchedules.bundled(), deferAfter)
                .start(discord.environment());
        assertThat(start).isInstanceOf(DiscordStart.Started.class);
        bot = ((DiscordStart.Started) start).bot();
        await().atMost(Duration.ofSeconds(10)).until(bot::isConnected);
        return bot;
    }

    private static Answer answerFor(Inquiry inquiry) {
        if (inquiry.text().contains("next")) {
            return new UpNext("LL21 A/B", List.of(DiscordSamples.seanAllen()), List.of(), DiscordSamples.NOW);
        }
        return new NoMatch("I don't know that one.", List.of());
    }

    @Override
    public void close() throws Exception {
        if (bot != null) {
            bot.close();
        }
        discord.close();
    }
}
