package dev.emcee.slack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.slack.api.app_backend.SlackSignature;
import com.sun.net.httpserver.HttpServer;
import dev.emcee.core.connection.Agendas;
import dev.emcee.core.connection.PlatformStart;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The real Bolt over HTTP, mounted on a JDK HTTP server as Emcee mounts it, against a local Slack. Bolt checks
 * signatures against the real clock, so the requests here are signed with the real time.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class SlackHttpModeTest {
    private static final String SECRET = "8f742231b10e8888abcd99yyyzzz85a5";

    private FakeSlack slack;
    private SlackConnection connection;
    private HttpServer server;
    private final ScriptedQuestions questions = new ScriptedQuestions();
    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @BeforeEach
    void start() throws Exception {
        slack = new FakeSlack();
        PlatformStart<SlackConnection> start = SlackLauncher.start(new SlackParts(new SlackSettings("/conf", ReplyVisibility.PUBLIC, slack.apiUrl()),
                Map.of("SLACK_BOT_TOKEN", FakeSlack.BOT_TOKEN, "SLACK_SIGNING_SECRET", SECRET), questions, Agendas.off()));
        assertThat(start).isInstanceOf(PlatformStart.Started.class);
        connection = ((PlatformStart.Started<SlackConnection>) start).connection();
        assertThat(connection.socketMode()).isFalse();
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext(SlackEventsHttpHandler.PATH, connection.httpHandler().orElseThrow());
        server.start();
    }

    @AfterEach
    void stop() throws Exception {
        server.stop(0);
        connection.close();
        slack.close();
    }

    @Test
    void aSignedSlashCommandIsAnsweredWithBlocksNamingTheSession() throws Exception {
        String body = SlackPayloads.formBody(SlackPayloads.slashCommand("/conf", "what's next in LL21 A/B"));

        HttpResponse<String> response = send(body, now(), sign(SECRET, now(), body));

        assertThat(response.statusCode()).isEqualTo(200);
        JsonObject json = JsonParser.parseString(response.body()).getAsJsonObject();
        assertThat(json.get("response_type").getAsString()).as("reply-visibility: public").isEqualTo("in_channel");
        assertThat(json.getAsJsonArray("blocks").toString()).contains("Sean Allen (Wallaroo Labs)");
        assertThat(questions.texts()).containsExactly("what's next in LL21 A/B");
    }

    @Test
    void anEmptyCommandAsksForHelp() throws Exception {
        String body = SlackPayloads.formBody(SlackPayloads.slashCommand("/conf", ""));

        HttpResponse<String> response = send(body, now(), sign(SECRET, now(), body));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(questions.texts()).containsExactly("help");
        assertThat(JsonParser.parseString(response.body()).getAsJsonObject().getAsJsonArray("blocks").toString())
                .contains("• /conf what");
    }

    @Test
    void aRateLimitedPersonIsAcknowledgedWithoutText() throws Exception {
        String body = SlackPayloads.formBody(SlackPayloads.slashCommand("/conf", "quiet"));

        HttpResponse<String> response = send(body, now(), sign(SECRET, now(), body));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).isEmpty();
    }

    @Test
    void aForgedSignatureGets401AndNoAnswer() throws Exception {
        String body = SlackPayloads.formBody(SlackPayloads.slashCommand("/conf", "what's next in LL21 A/B"));

        HttpResponse<String> response = send(body, now(), sign("not-the-secret", now(), body));

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(questions.received()).isEmpty();
    }

    @Test
    void aRequestSignedSixMinutesAgoGets401() throws Exception {
        String body = SlackPayloads.formBody(SlackPayloads.slashCommand("/conf", "what's next in LL21 A/B"));
        String stale = String.valueOf(Long.parseLong(now()) - 6 * 60);

        HttpResponse<String> response = send(body, stale, sign(SECRET, stale, body));

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(questions.received()).isEmpty();
    }

    @Test
    void aSignedMentionEventIsAckedAndAnsweredInTheThread() throws Exception {
        String body = SlackPayloads.eventCallback(SlackPayloads.mention("C0GENERAL",
                "<@" + FakeSlack.BOT_USER + "> public what's next in LL21 A/B", "1528999300.000300"));

        HttpResponse<String> response = send(body, now(), sign(SECRET, now(), body), "application/json");

        assertThat(response.statusCode()).isEqualTo(200);
        Map<String, String> post = await().atMost(Duration.ofSeconds(20)).until(() -> slack.posts(),
                posts -> !posts.isEmpty()).get(0);
        assertThat(post).containsEntry("channel", "C0GENERAL").containsEntry("thread_ts", "1528999300.000300");
    }

    @Test
    void slacksUrlVerificationIsAnswered() throws Exception {
        String body = "{\"token\":\"legacy\",\"challenge\":\"3eZbrw1aBm2rZgRNFdxV2595E9CY3gmdALWMmHkvFXO7tYXAYM8P\","
                + "\"type\":\"url_verification\"}";

        HttpResponse<String> response = send(body, now(), sign(SECRET, now(), body), "application/json");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("3eZbrw1aBm2rZgRNFdxV2595E9CY3gmdALWMmHkvFXO7tYXAYM8P");
    }

    @Test
    void otherMethodsThanPostAreRefused() throws Exception {
        HttpResponse<String> response = client.send(HttpRequest.newBuilder(uri()).GET().build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(405);
    }

    private HttpResponse<String> send(String body, String timestamp, String signature) throws Exception {
        return send(body, timestamp, signature, "application/x-www-form-urlencoded");
    }

    private HttpResponse<String> send(String body, String timestamp, String signature, String type) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(uri())
                .header("Content-Type", type)
                .header("X-Slack-Request-Timestamp", timestamp)
                .header("X-Slack-Signature", signature)
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
        return client.send(request, HttpResponse.BodyHandlers.ofString());
    }

    private URI uri() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + SlackEventsHttpHandler.PATH);
    }

    /** Bolt compares request timestamps with the real clock, so signing must use it too. */
    private static String now() {
        return String.valueOf(System.currentTimeMillis() / 1000);
    }

    private static String sign(String secret, String timestamp, String body) {
        return new SlackSignature.Generator(secret).generate(timestamp, body);
    }
}
