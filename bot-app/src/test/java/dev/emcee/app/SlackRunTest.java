package dev.emcee.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import com.sun.net.httpserver.HttpServer;
import dev.emcee.app.platform.SlackPlatform;
import dev.emcee.core.testing.LogCapture;
import java.io.IOException;
import java.io.OutputStream;
import java.net.ConnectException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code emcee run} with Slack in HTTP mode, as an operator starts it: tokens in the environment, the Web API at a
 * local fake that answers {@code auth.test} (or holds its answer, to keep Slack's start-up open), and signed requests
 * POSTed to {@code /slack/events} on http.port.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class SlackRunTest {
    private static final String SECRET = "signing-secret-for-the-run-test";

    private HttpServer fakeSlackApi;
    private int httpPort;
    /** Counted down when Emcee asks {@code auth.test}; the fake answers once {@link #release} is open. */
    private final CountDownLatch authAsked = new CountDownLatch(1);
    private volatile CountDownLatch release = new CountDownLatch(0);

    @BeforeEach
    void fakeSlack() throws IOException {
        fakeSlackApi = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        fakeSlackApi.createContext("/api/auth.test", exchange -> {
            authAsked.countDown();
            try {
                release.await(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            byte[] body = ("{\"ok\":true,\"team\":\"Velocity\",\"user\":\"emcee\",\"team_id\":\"T1\","
                    + "\"user_id\":\"UEMCEE\",\"bot_id\":\"B1\"}").getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        fakeSlackApi.start();
        try (ServerSocket free = new ServerSocket(0)) {
            httpPort = free.getLocalPort();
        }
    }

    @AfterEach
    void stop() {
        fakeSlackApi.stop(0);
    }

    @Test
    void runAnswersASignedSlashCommandAndRefusesForgedAndStaleOnes(@TempDir Path dir) throws Exception {
        Cli cli = slackInHttpMode();
        CompletableFuture<Cli.Result> running = run(cli, dir);
        try {
            String body = "token=x&team_id=T1&channel_id=C1&user_id=U1&command=%2Femcee&text="
                    + URLEncoder.encode("what's next in LL21 A/B", StandardCharsets.UTF_8)
                    + "&response_url=http%3A%2F%2F127.0.0.1%3A9%2Fr&trigger_id=1";
            String now = String.valueOf(System.currentTimeMillis() / 1000); // Slack signatures use real time

            // The port opens once /slack/events is mounted: the first request that connects is answered.
            HttpResponse<String> answered = await().atMost(Duration.ofSeconds(30)).ignoreException(ConnectException.class)
                    .until(() -> post(body, now, sign(SECRET, now, body)), r -> true);
            assertThat(answered.statusCode()).isEqualTo(200);
            assertThat(answered.body()).contains("Sean Allen", "Up next in LL21 A/B", "\"response_type\":\"ephemeral\"");

            assertThat(post(body, now, sign("forged", now, body)).statusCode()).isEqualTo(401);
            String stale = String.valueOf(Long.parseLong(now) - 360);
            assertThat(post(body, stale, sign(SECRET, stale, body)).statusCode()).isEqualTo(401);
        } finally {
            cli.stopSignal().countDown();
        }
        Cli.Result result = running.get(20, TimeUnit.SECONDS);
        assertThat(result.exitCode()).isZero();
    }

    @Test
    void thePortStaysClosedWhileSlackStartsAndTheFirstRequestIsAnswered(@TempDir Path dir) throws Exception {
        release = new CountDownLatch(1);
        Cli cli = slackInHttpMode();
        CompletableFuture<Cli.Result> running = run(cli, dir);
        try {
            assertThat(authAsked.await(30, TimeUnit.SECONDS)).as("Slack's start reached auth.test").isTrue();
            // Slack is starting (held at auth.test): nothing listens yet, not even /healthz.
            assertThatThrownBy(() -> get("/healthz")).isInstanceOf(ConnectException.class);

            release.countDown();
            String body = "token=x&team_id=T1&channel_id=C1&user_id=U1&command=%2Femcee&text=rooms"
                    + "&response_url=http%3A%2F%2F127.0.0.1%3A9%2Fr&trigger_id=2";
            String now = String.valueOf(System.currentTimeMillis() / 1000);
            HttpResponse<String> first = await().atMost(Duration.ofSeconds(30)).ignoreException(ConnectException.class)
                    .until(() -> post(body, now, sign(SECRET, now, body)), r -> true);
            assertThat(first.statusCode()).as(first.body()).isEqualTo(200);
            await().atMost(Duration.ofSeconds(30)).until(() -> get("/readyz").statusCode() == 200);
            assertThat(get("/healthz").statusCode()).isEqualTo(200);
        } finally {
            release.countDown();
            cli.stopSignal().countDown();
        }
        assertThat(running.get(20, TimeUnit.SECONDS).exitCode()).isZero();
    }

    @Test
    void withoutAPortSlackIsRefusedInOneLineAndEmceeKeepsRunning() throws Exception {
        Cli cli = new Cli().interactive().stdin("what's next in LL21 A/B\n").environment(Map.of(
                "SLACK_BOT_TOKEN", "xoxb-0000000001-0000000002-fakebottokenforlocaltests",
                "SLACK_SIGNING_SECRET", SECRET));

        try (LogCapture log = LogCapture.of(SlackPlatform.class)) {
            Cli.Result result = cli.run("run", "--now", "2018-06-14T11:00");

            assertThat(result.exitCode()).isZero();
            assertThat(result.out()).contains("Sean Allen");
            assertThat(log.problems()).singleElement().asString()
                    .startsWith("Slack is off: HTTP mode needs a port").contains("http.port", "SLACK_APP_TOKEN");
        }
    }

    @Test
    void aWrongSlackSettingStopsEmceeWithItsName() {
        Cli.Result visibility = new Cli().environment(Map.of("EMCEE_SLACK_REPLY_VISIBILITY", "loud"))
                .run("ask", "rooms");
        Cli.Result command = new Cli().environment(Map.of("EMCEE_SLACK_COMMAND", "emcee")).run("ask", "rooms");

        assertThat(visibility.exitCode()).isEqualTo(1);
        assertThat(visibility.err()).contains("slack.reply-visibility must be 'ephemeral' or 'public', not 'loud'")
                .doesNotContain("Exception");
        assertThat(command.err()).contains("slack.command must be a slash command such as /emcee")
                .doesNotContain("Exception");
    }

    @Test
    void askFormatSlackPrintsBlockKit() {
        Cli.Result result = new Cli().run("ask", "--now", "2018-06-14T11:00", "--format", "slack",
                "what's next in LL21 A/B");

        assertThat(result.exitCode()).isZero();
        assertThat(result.out()).contains("\"blocks\": [", "\"type\": \"header\"", "Sean Allen (Wallaroo Labs)",
                "<!date^1529000700^{date_short_pretty}, {time}|Thu Jun 14, 11:25am PDT>");
    }

    /** Emcee with Slack in HTTP mode on {@code httpPort}, its Web API at the fake. */
    private Cli slackInHttpMode() {
        return new Cli().environment(Map.of(
                "SLACK_BOT_TOKEN", "xoxb-0000000001-0000000002-fakebottokenforlocaltests",
                "SLACK_SIGNING_SECRET", SECRET,
                "EMCEE_SLACK_API_URL", "http://127.0.0.1:" + fakeSlackApi.getAddress().getPort() + "/api/",
                "EMCEE_HTTP_PORT", String.valueOf(httpPort)));
    }

    /** {@code emcee run}, announcing to a Slack channel, until the CLI's stop signal. */
    private static CompletableFuture<Cli.Result> run(Cli cli, Path dir) {
        Path config = Cli.configAnnouncingTo(dir, "slack", "C0123456789");
        return CompletableFuture.supplyAsync(() -> cli.runRaw("--config", config.toString(), "--data",
                dir.resolve("data").toString(), "run", "--now", "2018-06-14T11:00"));
    }

    private HttpResponse<String> get(String path) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + httpPort + path))
                .build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> post(String body, String timestamp, String signature) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + httpPort + "/slack/events"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("X-Slack-Request-Timestamp", timestamp)
                .header("X-Slack-Signature", signature)
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
    }

    /** Slack's v0 signature: HMAC-SHA256 of "v0:TIMESTAMP:BODY" with the signing secret, in hex. */
    private static String sign(String secret, String timestamp, String body) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        byte[] digest = mac.doFinal(("v0:" + timestamp + ":" + body).getBytes(StandardCharsets.UTF_8));
        StringBuilder hex = new StringBuilder("v0=");
        for (byte b : digest) {
            hex.append(String.format("%02x", b));
        }
        return hex.toString();
    }
}
