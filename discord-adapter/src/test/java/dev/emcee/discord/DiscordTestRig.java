package dev.emcee.discord;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.github.benmanes.caffeine.cache.Ticker;
import dev.emcee.core.AnsweringOptions;
import dev.emcee.core.Emcee;
import dev.emcee.core.Inquiry;
import dev.emcee.core.QuestionHandler;
import dev.emcee.core.connection.Agendas;
import dev.emcee.core.connection.PlatformStart;
import dev.emcee.core.schedule.CurrentSchedule;
import dev.emcee.core.testing.BundledConference;
import dev.emcee.discord.fake.FakeDiscord;
import dev.emcee.sources.testing.BundledSchedule;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A fake Discord and Emcee's Discord bot connected to it, answering with the real core on the bundled conference at
 * Thursday 2018-06-14 11:00 in San Jose, for end-to-end tests.
 */
@SuppressWarnings("try") // close() stops servers, which may be interrupted: tests let that fail them
final class DiscordTestRig implements AutoCloseable {
    final FakeDiscord discord;
    final List<Inquiry> asked = new CopyOnWriteArrayList<>();
    final CurrentSchedule schedule = new CurrentSchedule(BundledSchedule.load());
    private final Emcee emcee = new Emcee(schedule, BundledConference.clockAt("2018-06-14T11:00"),
            AnsweringOptions.defaults(), Ticker.systemTicker());
    private DiscordConnection bot;

    DiscordTestRig() throws Exception {
        this.discord = new FakeDiscord();
    }

    /** Settings pointing at the fake, with an optional guild id. */
    DiscordSettings settings(String guildId) {
        return new DiscordSettings(null, guildId, null, null, discord.apiUrl(), discord.gatewayUrl());
    }

    /** The real core, recording each inquiry it is asked. */
    QuestionHandler recordingHandler() {
        return inquiry -> {
            asked.add(inquiry);
            return emcee.answer(inquiry);
        };
    }

    /** Starts the bot with the default settings and the recording handler, and waits until it is connected. */
    DiscordConnection connect() {
        return connect(settings(null), recordingHandler(), SlashCommandReplies.DEFAULT_DEFER_AFTER);
    }

    /** Starts the bot with bookmark buttons handled by {@code emcee}, and waits (bounded) until it is connected. */
    DiscordConnection connectWithAgendas(DiscordSettings settings, Emcee emcee) {
        PlatformStart<DiscordConnection> start = DiscordConnector.start(new DiscordParts(settings,
                discord.environment(), emcee, schedule, Agendas.on(emcee), SlashCommandReplies.DEFAULT_DEFER_AFTER));
        assertThat(start).isInstanceOf(PlatformStart.Started.class);
        bot = ((PlatformStart.Started<DiscordConnection>) start).connection();
        await().atMost(Duration.ofSeconds(10)).until(bot::isConnected);
        return bot;
    }

    /** Starts the bot and waits (bounded) until it is connected. */
    DiscordConnection connect(DiscordSettings settings, QuestionHandler handler, Duration deferAfter) {
        PlatformStart<DiscordConnection> start = DiscordConnector.start(new DiscordParts(settings,
                discord.environment(), handler, schedule, Agendas.off(), deferAfter));
        assertThat(start).isInstanceOf(PlatformStart.Started.class);
        bot = ((PlatformStart.Started<DiscordConnection>) start).connection();
        await().atMost(Duration.ofSeconds(10)).until(bot::isConnected);
        return bot;
    }

    @Override
    public void close() throws Exception {
        if (bot != null) {
            bot.close();
        }
        discord.close();
    }
}
