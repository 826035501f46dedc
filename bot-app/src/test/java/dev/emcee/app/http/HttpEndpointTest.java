package dev.emcee.app.http;

import static org.assertj.core.api.Assertions.assertThat;

import dev.emcee.app.metrics.EmceeMetrics;
import dev.emcee.core.platform.Platform;
import dev.emcee.core.testing.ChatHarness;
import dev.emcee.sources.testing.BundledSchedule;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The HTTP port over real HTTP on loopback: health, readiness with reasons, and metrics counted after questions. */
@Timeout(30)
class HttpEndpointTest {
    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final ChatHarness chat = BundledSchedule.chatAt("2018-06-14T11:00");
    private final AtomicReference<Optional<String>> slackProblem = new AtomicReference<>(Optional.empty());
    private EmceeMetrics metrics;
    private HttpEndpoint endpoint;

    @BeforeEach
    void start() throws Exception {
        metrics = new EmceeMetrics(chat.schedule());
        chat.emcee().observeWith(metrics);
        endpoint = new HttpEndpoint(0, metrics::scrape).open();
        endpoint.require(new ReadinessCheck() {
            @Override
            public String name() {
                return "slack";
            }

            @Override
            public Optional<String> problem() {
                return slackProblem.get();
            }
        });
    }

    @AfterEach
    void stop() {
        endpoint.close();
    }

    @Test
    void healthzIsAlive() throws Exception {
        HttpResponse<String> r = get("/healthz");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body()).isEqualTo("ok\n");
    }

    @Test
    void readyzIsReadyOnlyWhenEveryCheckPasses() throws Exception {
        assertThat(get("/readyz").statusCode()).isEqualTo(200);
        slackProblem.set(Optional.of("not connected: token rejected"));
        HttpResponse<String> notReady = get("/readyz");
        assertThat(notReady.statusCode()).isEqualTo(503);
        assertThat(notReady.body()).contains("\"slack\":\"not connected: token rejected\"", "\"ready\":false");
        slackProblem.set(Optional.empty());
        endpoint.markStopping();
        assertThat(get("/readyz").body()).contains("shutting down");
    }

    @Test
    void metricsCountQuestionsByIntentAndPlatform() throws Exception {
        chat.ask("what's next in LL21 A/B");
        chat.ask("what's next");
        chat.on(Platform.SLACK).as("u1").ask("who is kyle kingsbury");
        String body = get("/metrics").body();
        assertThat(body).contains("emcee_questions_total{intent=\"Next\",platform=\"console\"} 2.0",
                "emcee_questions_total{intent=\"AboutPerson\",platform=\"slack\"} 1.0",
                "emcee_answer_seconds_bucket", "emcee_schedule_sessions 5.0", "jvm_memory_used_bytes");
    }

    private HttpResponse<String> get(String path) throws Exception {
        return client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + endpoint.port() + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
