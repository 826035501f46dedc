package dev.emcee.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code emcee run} as an operator runs it: ready only when the scheduler runs, metrics counting announcements,
 * and a stop signal in the middle of a burst of announcements losing nothing and repeating nothing.
 */
@Timeout(120)
class OperationsRunTest {
    private static final Pattern SESSION = Pattern.compile("\\| (Session \\d\\d) \\|");
    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @TempDir
    Path dir;

    @Test
    void readyzAndMetricsFollowAnnouncements() throws Exception {
        int port = freePort();
        Cli cli = new Cli().onTheRealClock().environment(Map.of("EMCEE_HTTP_PORT", String.valueOf(port)));
        CompletableFuture<Cli.Result> run = CompletableFuture.supplyAsync(() -> cli.run("--data",
                dir.resolve("data").toString(), "--now", "2018-06-14T11:19:54", "--speed", "3", "run"));
        await().atMost(Duration.ofSeconds(30)).ignoreException(java.net.ConnectException.class)
                .until(() -> get(port, "/readyz").statusCode() == 200);
        assertThat(get(port, "/readyz").body()).contains("\"ready\":true");
        await().atMost(Duration.ofSeconds(30)).until(() -> get(port, "/metrics").body()
                .contains("emcee_announcements_total{outcome=\"posted\",platform=\"console\"} 1.0"));
        cli.stopSignal().countDown();
        Cli.Result result = run.get(30, TimeUnit.SECONDS);
        assertThat(result.exitCode()).isZero();
        assertThat(result.out()).contains("| starting in 5 minutes | Sean Allen on Distributed State |");
    }

    @Test
    void aStopInTheMiddleOfABurstLosesNothingAndRepeatsNothing() throws Exception {
        Path config = burstConference(12);
        Path data = dir.resolve("data");
        Cli first = new Cli().onTheRealClock();
        CompletableFuture<Cli.Result> firstRun = CompletableFuture.supplyAsync(() -> first.runRaw("--config",
                config.toString(), "--data", data.toString(), "--now", "2024-05-01T09:54:00", "--speed", "30", "run"));
        await().atMost(Duration.ofSeconds(60)).until(() -> sessions(first.outSoFar()).size() >= 3);
        first.stopSignal().countDown();
        Cli.Result stopped = firstRun.get(30, TimeUnit.SECONDS);
        assertThat(stopped.exitCode()).isZero();
        List<String> before = sessions(stopped.out());
        assertThat(before).hasSizeLessThan(12);

        Cli second = new Cli().onTheRealClock();
        CompletableFuture<Cli.Result> secondRun = CompletableFuture.supplyAsync(() -> second.runRaw("--config",
                config.toString(), "--data", data.toString(), "--now", "2024-05-01T09:54:00", "--speed", "30", "run"));
        await().atMost(Duration.ofSeconds(60)).until(() -> sessions(second.outSoFar()).size() + before.size() >= 12);
        second.stopSignal().countDown();
        List<String> after = sessions(secondRun.get(30, TimeUnit.SECONDS).out());

        List<String> all = new ArrayList<>(before);
        all.addAll(after);
        assertThat(all).as("every session announced exactly once across the stop and restart")
                .doesNotHaveDuplicates().hasSize(12);
    }

    /** A conference of {@code n} sessions, one a minute from 10:00, announced 5 minutes before. */
    private Path burstConference(int n) throws IOException {
        Path config = Files.createDirectories(dir.resolve("config"));
        Files.writeString(config.resolve("emcee.yaml"), """
                schedule: {files: [burst.yaml]}
                announcements: {grace-window: 10m}
                """);
        StringBuilder yaml = new StringBuilder("""
                conference: {name: Burst, zone: Europe/Berlin}
                rooms: [{id: r1, name: Hall}]
                sessions:
                """);
        for (int i = 0; i < n; i++) {
            yaml.append(String.format("  - {id: s%02d, title: Session %02d, start: 2024-05-01T10:%02d, end: \"10:%02d\","
                    + " room: r1}%n", i, i, i, i + 1));
        }
        Files.writeString(config.resolve("burst.yaml"), yaml);
        return config;
    }

    private static List<String> sessions(String out) {
        List<String> found = new ArrayList<>();
        Matcher m = SESSION.matcher(out);
        while (m.find()) {
            found.add(m.group(1));
        }
        return found;
    }

    /** The response, or a status of 0 and an empty body while nothing listens yet. */
    private Response get(int port, String path) {
        try {
            HttpResponse<String> r = client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                    .build(), HttpResponse.BodyHandlers.ofString());
            return new Response(r.statusCode(), r.body());
        } catch (IOException e) {
            return new Response(0, "");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Response(0, "");
        }
    }

    private record Response(int statusCode, String body) {
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
