package dev.emcee.slack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.slack.api.app_backend.SlackSignature;
import com.sun.net.httpserver.HttpServer;
import dev.emcee.core.InMemoryInboundClaims;
import dev.emcee.core.InboundClaims;
import dev.emcee.core.connection.Agendas;
import dev.emcee.core.connection.PlatformStart;
import dev.emcee.core.testing.MutableClock;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Two Emcee instances over HTTP (the real Bolt each, one local Slack) sharing one claim store, as two instances
 * share the database: Slack's duplicate deliveries and retries of one {@code event_id} get one reply, and every
 * delivery is acknowledged so that Slack stops retrying.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class SlackDuplicateDeliveriesTest {
    private static final String SECRET = "8f742231b10e8888abcd99yyyzzz85a5";

    private FakeSlack slack;
    private final InboundClaims shared = new InMemoryInboundClaims(new MutableClock(Instant.EPOCH));
    private final List<SlackConnection> connections = new ArrayList<>();
    private final List<HttpServer> servers = new ArrayList<>();
    private final ScriptedQuestions questions = new ScriptedQuestions();
    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @BeforeEach
    void startTwoInstances() throws Exception {
        slack = new FakeSlack();
        for (int i = 0; i < 2; i++) {
            PlatformStart<SlackConnection> start = SlackLauncher.start(new SlackParts(
                    new SlackSettings("/conf", ReplyVisibility.PUBLIC, slack.apiUrl()),
                    Map.of("SLACK_BOT_TOKEN", FakeSlack.BOT_TOKEN, "SLACK_SIGNING_SECRET", SECRET), questions,
                    Agendas.off(), shared, Set.of(), Optional.of(new StubHomePages())));
            SlackConnection connection = ((PlatformStart.Started<SlackConnection>) start).connection();
            connections.add(connection);
            HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            server.createContext(SlackEventsHttpHandler.PATH, connection.httpHandler().orElseThrow());
            server.start();
            servers.add(server);
        }
    }

    @AfterEach
    void stop() throws Exception {
        servers.forEach(server -> server.stop(0));
        for (SlackConnection connection : connections) {
            connection.close();
        }
        slack.close();
    }

    @Test
    void aMentionDeliveredToBothInstancesAndRetriedIsAnsweredOnceAndAckedEveryTime() throws Exception {
        String mention = SlackPayloads.eventCallback(SlackPayloads.mention("C0GENERAL",
                "<@" + FakeSlack.BOT_USER + "> what's next in LL21 A/B", "1528999300.000300"));

        List<Integer> statuses = List.of(
                send(0, mention, null).statusCode(),
                send(1, mention, null).statusCode(),
                send(0, mention, "1").statusCode(),
                send(1, mention, "2").statusCode());
        afterEveryEarlierPost();

        assertThat(statuses).as("every delivery is acknowledged").containsOnly(200);
        assertThat(slack.posts()).filteredOn(post -> "1528999300.000300".equals(post.get("thread_ts")))
                .as("one reply in the thread").hasSize(1);
    }

    @Test
    void aSlashCommandDeliveredTwiceIsAnsweredOnce() throws Exception {
        String command = SlackPayloads.formBody(SlackPayloads.slashCommand("/conf", "what's next in LL21 A/B"));

        HttpResponse<String> first = send(0, command, null, "application/x-www-form-urlencoded");
        HttpResponse<String> second = send(1, command, null, "application/x-www-form-urlencoded");

        assertThat(first.statusCode()).isEqualTo(200);
        assertThat(first.body()).contains("Sean Allen");
        assertThat(second.statusCode()).isEqualTo(200);
        assertThat(second.body()).as("acknowledged without an answer").isEmpty();
        assertThat(questions.texts()).containsExactly("what's next in LL21 A/B");
    }

    @Test
    void aHomeTabOpeningDeliveredToBothInstancesAndRetriedIsPublishedOnce() throws Exception {
        String opened = SlackPayloads.eventCallback(SlackPayloads.appHomeOpened("U0ALICE", "home"));

        List<Integer> statuses = List.of(send(0, opened, null).statusCode(), send(1, opened, null).statusCode(),
                send(1, opened, "1").statusCode());
        for (int i = 0; i < 2; i++) { // each instance publishes in order on one thread
            String person = "U0BOB" + i;
            send(i, SlackPayloads.eventCallback(SlackPayloads.appHomeOpened(person, "home")), null);
            await().atMost(Duration.ofSeconds(20)).until(() -> !slack.homeViewsOf(person).isEmpty());
        }

        assertThat(statuses).as("every delivery is acknowledged").containsOnly(200);
        assertThat(slack.homeViewsOf("U0ALICE")).as("one Home published").hasSize(1);
    }

    /**
     * Each instance posts in order on one thread: once a new mention sent to each has been answered, every post
     * a duplicate could have caused has been made.
     */
    private void afterEveryEarlierPost() throws Exception {
        for (int i = 0; i < 2; i++) {
            String ts = "1528999400.00040" + i;
            send(i, SlackPayloads.eventCallback(SlackPayloads.mention("C0GENERAL",
                    "<@" + FakeSlack.BOT_USER + "> what's next", ts)), null);
            await().atMost(Duration.ofSeconds(20)).until(() -> slack.posts().stream()
                    .anyMatch(post -> ts.equals(post.get("thread_ts"))));
        }
    }

    private HttpResponse<String> send(int instance, String body, String retryNum) throws Exception {
        return send(instance, body, retryNum, "application/json");
    }

    private HttpResponse<String> send(int instance, String body, String retryNum, String type) throws Exception {
        String timestamp = String.valueOf(System.currentTimeMillis() / 1000); // Bolt checks it against real time
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:"
                        + servers.get(instance).getAddress().getPort() + SlackEventsHttpHandler.PATH))
                .header("Content-Type", type)
                .header("X-Slack-Request-Timestamp", timestamp)
                .header("X-Slack-Signature", new SlackSignature.Generator(SECRET).generate(timestamp, body));
        if (retryNum != null) {
            request.header("X-Slack-Retry-Num", retryNum).header("X-Slack-Retry-Reason", "http_timeout");
        }
        return client.send(request.POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
