package dev.emcee.slack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.slack.api.app_backend.SlackSignature;
import com.sun.net.httpserver.HttpServer;
import dev.emcee.core.AnsweringOptions;
import dev.emcee.core.Emcee;
import dev.emcee.core.connection.Agendas;
import dev.emcee.core.connection.PlatformStart;
import dev.emcee.core.schedule.CurrentSchedule;
import dev.emcee.core.testing.BundledConference;
import dev.emcee.core.testing.FakeTicker;
import dev.emcee.sources.testing.BundledSchedule;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The whole path with nothing faked but Slack: the real core on the bundled conference at 11:00 on June 14,
 * 2018, behind the real Bolt, over Socket Mode and over signed HTTP.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class SlackWithTheBundledConferenceTest {
    private static final String SECRET = "a-signing-secret-for-local-tests";

    private FakeSlack slack;
    private final Emcee emcee = new Emcee(new CurrentSchedule(BundledSchedule.load()),
            BundledConference.clockAt("2018-06-14T11:00"), AnsweringOptions.defaults(), new FakeTicker());
    private SlackConnection connection;

    @BeforeEach
    void startSlack() throws Exception {
        slack = new FakeSlack();
    }

    @AfterEach
    void stop() throws Exception {
        if (connection != null) {
            connection.close();
        }
        slack.close();
    }

    @Test
    void overSocketModeTheSlashCommandNamesSeanAllensSession() {
        connection = started(Map.of("SLACK_BOT_TOKEN", FakeSlack.BOT_TOKEN, "SLACK_APP_TOKEN", FakeSlack.APP_TOKEN));
        await().atMost(Duration.ofSeconds(20)).until(slack.socketMode()::hasClient);

        slack.socketMode().send(SlackPayloads.slashCommandEnvelope("e1", "/emcee", "what's next in LL21 A/B"));

        JsonObject ack = await().atMost(Duration.ofSeconds(20)).until(() -> slack.socketMode().ack("e1"),
                Optional::isPresent).orElseThrow();
        String blocks = ack.getAsJsonObject("payload").getAsJsonArray("blocks").toString();
        assertThat(blocks).contains("Up next in LL21 A/B", "Sean Allen (Wallaroo Labs)", "(in 25 minutes)",
                "<!date^1529000700^{date_short_pretty}, {time}|Thu Jun 14, 11:25am PDT>");
    }

    @Test
    void overSignedHttpTheSlashCommandNamesSeanAllensSession() throws Exception {
        connection = started(Map.of("SLACK_BOT_TOKEN", FakeSlack.BOT_TOKEN, "SLACK_SIGNING_SECRET", SECRET));
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext(SlackEventsHttpHandler.PATH, connection.httpHandler().orElseThrow());
        server.start();
        try {
            String body = SlackPayloads.formBody(SlackPayloads.slashCommand("/emcee", "what's next in LL21 A/B"));
            String timestamp = String.valueOf(System.currentTimeMillis() / 1000); // Bolt checks against real time
            HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.getAddress().getPort()
                            + SlackEventsHttpHandler.PATH))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .header("X-Slack-Request-Timestamp", timestamp)
                    .header("X-Slack-Signature", new SlackSignature.Generator(SECRET).generate(timestamp, body))
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build();

            HttpResponse<String> response = HttpClient.newHttpClient().send(request,
                    HttpResponse.BodyHandlers.ofString());

            assertThat(response.statusCode()).isEqualTo(200);
            JsonObject json = JsonParser.parseString(response.body()).getAsJsonObject();
            assertThat(json.get("response_type").getAsString()).isEqualTo("ephemeral");
            assertThat(json.getAsJsonArray("blocks").toString()).contains("Sean Allen (Wallaroo Labs)");
        } finally {
            server.stop(0);
        }
    }

    @Test
    void aMentionAboutAPersonIsAnsweredInTheThread() {
        connection = started(Map.of("SLACK_BOT_TOKEN", FakeSlack.BOT_TOKEN, "SLACK_APP_TOKEN", FakeSlack.APP_TOKEN));
        await().atMost(Duration.ofSeconds(20)).until(slack.socketMode()::hasClient);

        slack.socketMode().send(SlackPayloads.eventEnvelope("e2", SlackPayloads.mention("C0GENERAL",
                "<@" + FakeSlack.BOT_USER + "> who is Kyle Kingsbury?", "1528999400.000400")));

        Map<String, String> post = await().atMost(Duration.ofSeconds(20)).until(slack::posts,
                posts -> !posts.isEmpty()).get(0);
        assertThat(post).containsEntry("thread_ts", "1528999400.000400");
        assertThat(JsonParser.parseString(post.get("blocks")).toString()).contains("Kyle Kingsbury", "Jepsen");
    }

    private SlackConnection started(Map<String, String> environment) {
        PlatformStart<SlackConnection> start = SlackLauncher.start(new SlackParts(new SlackSettings(null, null, slack.apiUrl()), environment, emcee, Agendas.off()));
        assertThat(start).isInstanceOf(PlatformStart.Started.class);
        return ((PlatformStart.Started<SlackConnection>) start).connection();
    }
}
