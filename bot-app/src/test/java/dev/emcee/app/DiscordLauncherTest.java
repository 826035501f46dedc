package dev.emcee.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import ch.qos.logback.classic.Level;
import dev.emcee.app.announce.AnnouncementWiring;
import dev.emcee.app.platform.DiscordPlatform;
import dev.emcee.app.settings.Environment;
import dev.emcee.app.settings.SettingsLoader;
import dev.emcee.core.testing.BundledConference;
import dev.emcee.core.testing.LogCapture;
import dev.emcee.discord.DiscordSettings;
import dev.emcee.discord.ReplyVisibility;
import dev.emcee.discord.fake.FakeDiscord;
import dev.emcee.discord.fake.Payloads;
import dev.emcee.discord.fake.RecordedRequest;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import net.dv8tion.jda.api.utils.data.DataObject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** The launcher with Discord: {@code emcee run} against a local fake Discord, the invite link, the embed JSON. */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class DiscordLauncherTest {
    private FakeDiscord discord;

    @BeforeEach
    void startFakeDiscord() throws Exception {
        discord = new FakeDiscord();
    }

    @AfterEach
    void stop() throws Exception {
        discord.close();
    }

    @Test
    void runConnectsToDiscordAndAnswersAPrefixQuestionInTheChannel(@TempDir Path dir) throws Exception {
        int port = freePort();
        Cli cli = new Cli().environment(Map.of("DISCORD_TOKEN", FakeDiscord.TOKEN, "EMCEE_HTTP_PORT", "" + port,
                "EMCEE_DISCORD_API_URL", discord.apiUrl(), "EMCEE_DISCORD_GATEWAY_URL", discord.gatewayUrl()));
        Path config = Cli.configAnnouncingTo(dir, "discord", Payloads.CHANNEL_ID);
        CompletableFuture<Cli.Result> run = CompletableFuture.supplyAsync(() -> cli.runRaw("--config",
                config.toString(), "--data", dir.resolve("data").toString(), "run", "--now", "2018-06-14T11:00"));

        discord.awaitRequest(r -> r.is("PUT", "applications/\\d+/commands"));
        discord.dispatch("MESSAGE_CREATE", Payloads.guildMessage("900",
                Payloads.user(Payloads.USER_ID, "Ada", false), "!emcee what's next in LL21 A/B"));
        RecordedRequest reply = discord.awaitRequest(
                r -> r.is("POST", "channels/" + Payloads.CHANNEL_ID + "/messages"));
        assertThat(readiness(port).statusCode()).isEqualTo(200);
        Cli.Result result;
        try (LogCapture jda = LogCapture.of("net.dv8tion.jda")) {
            discord.close();
            await().atMost(Duration.ofSeconds(10)).until(() -> readiness(port).statusCode() == 503);
            assertThat(readiness(port).body()).contains("\"discord\":\"not connected (connecting, or reconnecting");
            cli.stopSignal().countDown();
            result = run.get(20, TimeUnit.SECONDS);
            assertThat(jda.problems()).as("while Discord is gone, JDA only says it cannot reconnect")
                    .allMatch(m -> m.startsWith("Reconnect failed"));
        }

        DataObject embed = reply.json().getArray("embeds").getObject(0);
        assertThat(embed.getString("title")).isEqualTo("Up next in LL21 A/B");
        assertThat(embed.toString()).contains("Sean Allen");
        assertThat(reply.json().getObject("allowed_mentions").getArray("parse").toList()).containsExactly("users");
        assertThat(result.exitCode()).as(result.err()).isZero();
    }

    @Test
    void aSimulatedClockLeavesTheEventsListAloneAndSaysWhy(@TempDir Path dir) throws Exception {
        discord.grantManageEvents();
        Cli cli = new Cli().environment(Map.of("DISCORD_TOKEN", FakeDiscord.TOKEN,
                "EMCEE_DISCORD_API_URL", discord.apiUrl(), "EMCEE_DISCORD_GATEWAY_URL", discord.gatewayUrl(),
                "EMCEE_DISCORD_GUILD_ID", Payloads.GUILD_ID, "EMCEE_DISCORD_SCHEDULED_EVENTS_ENABLED", "true"));
        Path config = Cli.configAnnouncingTo(dir, "discord", Payloads.CHANNEL_ID);
        try (LogCapture log = LogCapture.of(AnnouncementWiring.class)) {
            CompletableFuture<Cli.Result> run = CompletableFuture.supplyAsync(() -> cli.runRaw("--config",
                    config.toString(), "--data", dir.resolve("data").toString(), "run", "--now", "2018-06-14T11:00"));

            await().atMost(Duration.ofSeconds(30)).until(() -> log.messages().stream()
                    .anyMatch(m -> m.startsWith("Not keeping Discord's Events list: the clock is simulated")));
            cli.stopSignal().countDown();
            run.get(20, TimeUnit.SECONDS);
        }

        assertThat(discord.scheduledEventRequests("POST")).isEmpty();
        assertThat(discord.scheduledEventRequests("GET")).isEmpty();
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    private static HttpResponse<String> readiness(int port) throws IOException, InterruptedException {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create("http://127.0.0.1:" + port + "/readyz")).build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void aRejectedTokenIsOneLogLineAndEmceeKeepsRunning() {
        Cli cli = new Cli().environment(Map.of("DISCORD_TOKEN", "wrong-token",
                "EMCEE_DISCORD_API_URL", discord.apiUrl(), "EMCEE_DISCORD_GATEWAY_URL", discord.gatewayUrl()));
        cli.stopSignal().countDown();
        try (LogCapture log = LogCapture.of(DiscordPlatform.class)) {
            Cli.Result result = cli.run("run");

            assertThat(result.exitCode()).isZero();
            assertThat(log.messages()).singleElement().asString()
                    .startsWith("Discord is off: Discord rejected the token in DISCORD_TOKEN")
                    .doesNotContain("Exception");
        }
    }

    @Test
    void aConnectedPlatformWithoutAnAnnouncementChannelIsAWarningAtStart(@TempDir Path dir) {
        Map<String, String> env = Map.of("DISCORD_TOKEN", FakeDiscord.TOKEN,
                "EMCEE_DISCORD_API_URL", discord.apiUrl(), "EMCEE_DISCORD_GATEWAY_URL", discord.gatewayUrl());
        Path withChannel = Cli.configAnnouncingTo(dir, "discord", Payloads.CHANNEL_ID);
        try (LogCapture log = LogCapture.of(AnnouncementWiring.class)) {
            Cli without = new Cli().environment(env);
            without.stopSignal().countDown();
            assertThat(without.run("run", "--data", dir.resolve("a").toString()).exitCode()).isZero();
            assertThat(log.events()).singleElement().satisfies(e -> {
                assertThat(e.getLevel()).isEqualTo(Level.WARN);
                assertThat(e.getFormattedMessage()).isEqualTo("Discord has no announcement channel, so no session "
                        + "will be announced there: add announcements.channels.discord.digest: CHANNEL_ID to "
                        + "emcee.yaml (docs/discord.md tells how to find a channel's ID)");
            });
        }
        try (LogCapture log = LogCapture.of(AnnouncementWiring.class)) {
            Cli with = new Cli().environment(env);
            with.stopSignal().countDown();
            assertThat(with.runRaw("--config", withChannel.toString(), "--data", dir.resolve("b").toString(), "run")
                    .exitCode()).isZero();
            assertThat(log.events()).isEmpty();
        }
    }

    @Test
    void askFormatDiscordPrintsTheEmbedJson() {
        Cli.Result result = new Cli().run("ask", "--now", "2018-06-14T11:00", "--format", "discord",
                "what's next in LL21 A/B");

        assertThat(result.exitCode()).as(result.err()).isZero();
        DataObject json = DataObject.fromJson(result.out());
        assertThat(json.getArray("embeds").getObject(0).getString("title")).contains("LL21 A/B");
        assertThat(result.out()).contains("Sean Allen", "<t:");
    }

    @Test
    void discordInvitePrintsTheLinkForTheConfiguredApplication() {
        Cli.Result result = new Cli().environment(Map.of("EMCEE_DISCORD_APPLICATION_ID", "100000000000000001"))
                .run("discord-invite");

        assertThat(result.exitCode()).isZero();
        assertThat(result.out().strip()).startsWith("https://discord.com/oauth2/authorize?client_id=100000000000000001")
                .contains("scope=bot%20applications.commands", "permissions=");
    }

    @Test
    void discordInviteWithoutAnApplicationIdSaysWhereToSetIt() {
        Cli.Result result = new Cli().run("discord-invite");

        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.err()).contains("discord.application-id", "EMCEE_DISCORD_APPLICATION_ID");
    }

    @Test
    void discordSettingsTakeTheirEnvironmentOverrides() {
        DiscordSettings settings = new SettingsLoader().load(BundledConference.configDirectory(), new Environment(
                Map.of("EMCEE_DISCORD_PREFIX", "?ask", "EMCEE_DISCORD_REPLY_VISIBILITY", "public",
                        "EMCEE_DISCORD_GUILD_ID", "200000000000000002"))).discord();

        assertThat(settings.prefix()).isEqualTo("?ask");
        assertThat(settings.replyVisibility()).isEqualTo(ReplyVisibility.PUBLIC);
        assertThat(settings.guild()).contains("200000000000000002");
    }

    @Test
    void aBadDiscordSettingNamesItAndTheFix() {
        Cli.Result result = new Cli().environment(Map.of("EMCEE_DISCORD_GUILD_ID", "my server"))
                .run("ask", "rooms");

        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.err()).contains("discord.guild-id must be a numeric Discord id").doesNotContain("Exception");
    }
}
