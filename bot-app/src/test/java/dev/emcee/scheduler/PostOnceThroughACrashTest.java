package dev.emcee.scheduler;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.github.benmanes.caffeine.cache.Ticker;
import dev.emcee.core.AnsweringOptions;
import dev.emcee.core.Emcee;
import dev.emcee.core.announce.AnnouncementSettings;
import dev.emcee.core.announce.AnnouncementSettings.PlatformChannels;
import dev.emcee.core.connection.Agendas;
import dev.emcee.core.connection.PlatformConnection;
import dev.emcee.core.connection.PlatformStart;
import dev.emcee.core.schedule.CurrentSchedule;
import dev.emcee.core.time.SimulatedClock;
import dev.emcee.discord.DiscordConnector;
import dev.emcee.discord.DiscordParts;
import dev.emcee.discord.DiscordSettings;
import dev.emcee.discord.fake.FakeDiscord;
import dev.emcee.discord.fake.Payloads;
import dev.emcee.slack.FakeSlack;
import dev.emcee.slack.SlackLauncher;
import dev.emcee.slack.SlackParts;
import dev.emcee.slack.SlackSettings;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * An instance killed after its announcement reached the platform, before the ledger said "sent": the instance that
 * recovers the job posts nothing twice, on the real Bolt and JDA against the local Slack and Discord. Slack's
 * survivor finds the message by its metadata in the channel's history; Discord answers the survivor's post with
 * the message its nonce already made.
 */
@Timeout(120)
class PostOnceThroughACrashTest {
    private static final String SLACK_CHANNEL = "C0ANNOUNCE";

    @TempDir
    Path data;
    private final List<AutoCloseable> open = new CopyOnWriteArrayList<>();

    /** One Emcee instance: its connection to the platform, its database and its pipeline. */
    private record Instance(PlatformConnection connection, AnnouncementDatabase database, JobPipeline pipeline) {
        /** Killed: no more jobs, no more database; the platform's answer to the post in flight reaches nobody. */
        void kill() {
            pipeline.halt();
            database.close();
        }
    }

    /** Starts one instance's connection to the platform under test. */
    @FunctionalInterface
    private interface Connector {
        PlatformStart<? extends PlatformConnection> start(Emcee emcee, CurrentSchedule schedule);
    }

    @AfterEach
    void closeAll() throws Exception {
        for (int i = open.size() - 1; i >= 0; i--) {
            open.get(i).close();
        }
    }

    private Instance instance(String local, Connector connect,
            String platform, String channel) {
        SimulatedClock clock = Rehearsals.at(local, 1);
        CurrentSchedule schedule = new CurrentSchedule(Rehearsals.TWO_TALKS);
        Emcee emcee = new Emcee(schedule, clock, AnsweringOptions.defaults(), Ticker.systemTicker());
        PlatformStart<? extends PlatformConnection> started = connect.start(emcee, schedule);
        PlatformConnection connection = ((PlatformStart.Started<? extends PlatformConnection>) started).connection();
        open.add(connection);
        await().atMost(Duration.ofSeconds(20)).until(connection::isConnected);
        AnnouncementDatabase database = AnnouncementDatabase.open(DatabaseSettings.embedded(), data);
        open.add(database);
        AnnouncementSettings settings = new AnnouncementSettings(null, null, null, null, false,
                Map.of(platform, new PlatformChannels(channel, null, null)));
        JobPipeline pipeline = JobPipeline.on(database, schedule, clock).tuning(Rehearsals.FAST)
                .announcing(settings, List.of(connection), AnnouncementObserver.NONE).start();
        open.add(pipeline);
        return new Instance(connection, database, pipeline);
    }

    private static boolean sent(Instance instance) {
        return new Ledger(instance.database().dataSource()).entries().stream()
                .anyMatch(e -> e.state() == Ledger.State.SENT);
    }

    @Test
    void onSlackTheSurvivorFindsTheMessageInTheChannelsHistoryAndPostsNothing() throws Exception {
        FakeSlack slack = new FakeSlack();
        open.add(slack);
        Connector connect = (emcee, schedule) -> SlackLauncher.start(
                new SlackParts(new SlackSettings("/emcee", null, slack.apiUrl()), Map.of("SLACK_BOT_TOKEN",
                        FakeSlack.BOT_TOKEN, "SLACK_APP_TOKEN", FakeSlack.APP_TOKEN), emcee, Agendas.off()));
        slack.heldPosts().holdNext(1);

        Instance dying = instance("2018-06-14T11:19:59", connect, "slack", SLACK_CHANNEL);
        await().atMost(Duration.ofSeconds(10)).until(() -> slack.heldPosts().heldNow() == 1);
        dying.kill();
        slack.heldPosts().release();
        dying.connection().close();

        Instance survivor = instance("2018-06-14T11:20:20", connect, "slack", SLACK_CHANNEL);
        await().atMost(Duration.ofSeconds(30)).until(() -> sent(survivor));

        assertThat(slack.posts()).as("one message in the channel").hasSize(1);
        assertThat(slack.methodCalls()).contains("conversations.history");
    }

    @Test
    void onDiscordTheSurvivorsPostIsAnsweredWithTheMessageItsNonceMade() throws Exception {
        FakeDiscord discord = new FakeDiscord();
        open.add(discord);
        Connector connect = (emcee, schedule) -> DiscordConnector.start(
                DiscordParts.of(new DiscordSettings(null, null, null, null, discord.apiUrl(), discord.gatewayUrl()),
                        discord.environment(), emcee, schedule, Agendas.off()));
        discord.heldAnswers().holdNext(1);

        Instance dying = instance("2018-06-14T11:19:59", connect, "discord", Payloads.CHANNEL_ID);
        await().atMost(Duration.ofSeconds(10)).until(() -> discord.heldAnswers().heldNow() == 1);
        dying.kill();
        discord.heldAnswers().release();
        dying.connection().close();

        Instance survivor = instance("2018-06-14T11:20:20", connect, "discord", Payloads.CHANNEL_ID);
        await().atMost(Duration.ofSeconds(30)).until(() -> sent(survivor));

        assertThat(discord.requests(r -> r.is("POST", "channels/" + Payloads.CHANNEL_ID + "/messages")))
                .as("both instances posted").hasSize(2);
        assertThat(discord.messagesCreatedIn(Payloads.CHANNEL_ID)).as("one message in the channel").hasSize(1);
    }
}
