package dev.emcee.bench.slack;

import com.github.benmanes.caffeine.cache.Ticker;
import com.slack.api.Slack;
import com.slack.api.SlackConfig;
import com.slack.api.app_backend.SlackSignature;
import com.slack.api.app_backend.slash_commands.response.SlashCommandResponse;
import com.slack.api.bolt.App;
import com.slack.api.bolt.AppConfig;
import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpServer;
import dev.emcee.bench.BenchConferences;
import dev.emcee.bench.QuestionMix;
import dev.emcee.core.AnsweringOptions;
import dev.emcee.core.Emcee;
import dev.emcee.core.InboundClaims;
import dev.emcee.core.Inquiry;
import dev.emcee.core.connection.Agendas;
import dev.emcee.core.platform.Platform;
import dev.emcee.core.connection.PlatformStart;
import dev.emcee.core.schedule.CurrentSchedule;
import dev.emcee.core.schedule.Schedule;
import dev.emcee.slack.ReplyVisibility;
import dev.emcee.slack.SlackConnection;
import dev.emcee.slack.SlackLauncher;
import dev.emcee.slack.SlackParts;
import dev.emcee.slack.SlackSettings;
import dev.emcee.slack.render.SlackAnswerRenderer;
import dev.emcee.slack.render.SlackMessage;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * The Slack HTTP path end to end: a signed slash command over loopback HTTP in, the response out, with a client
 * ({@link LoopbackHttpClient}) that costs next to nothing, standing in for Slack. {@code emcee}
 * is Emcee as {@code emcee run} serves it (the real {@link SlackLauncher}, Bolt, the core, Block Kit rendering);
 * {@code bolt-floor} is a Bolt app in the same HTTP server setup whose handler acks, through Bolt, the answer Emcee
 * gives to the same question, built once up front ({@link #prebuiltAnswers}): the same Block Kit blocks, serialized
 * by Bolt for every request as Emcee's are. So the ratio of the two measures Emcee's own work (understanding,
 * answering, rendering), not the cost of Bolt and of Block Kit's JSON. Both check signatures; the client, the
 * server and the questions are the same. The path has much code for the JIT to compile (Bolt, Gson, the HTTP
 * client and server), so the runs warm up for long.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
// TCP_NODELAY as bot-app's HttpEndpoint sets it: without it both targets wait 40 ms per request for the client's
// delayed ACK, and the ratio would measure that stall instead of Emcee.
@Fork(value = 1, jvmArgsAppend = {"-Xms256m", "-Xmx1g", "-Dsun.net.httpserver.nodelay=true"})
public class SlackPathBenchmark {
    static final String SECRET = "bench0signing0secret0abcdef012345";
    static final String TOKEN = "xoxb-0000-bench";
    static final String COMMAND = "/emcee";
    static final String USER = "U0ALICE";

    @Param({"emcee", "bolt-floor"})
    public String target;

    private LocalSlackApi api;
    private SlackConnection connection;
    private App floor;
    private HttpServer server;
    private ExecutorService executor;
    private LoopbackHttpClient client;
    private List<String> questions;
    private String[] bodies;
    private final SlackSignature.Generator signer = new SlackSignature.Generator(SECRET);

    /** Where the benchmark thread is in the questions. */
    @State(Scope.Thread)
    public static class Cursor {
        int next;
    }

    @Setup(Level.Trial)
    public void start() throws Exception {
        api = new LocalSlackApi();
        Schedule schedule = BenchConferences.load(BenchConferences.BUNDLED);
        questions = QuestionMix.of(schedule, 8L, 256);
        bodies = questions.stream().map(SlackPathBenchmark::slashCommand).toArray(String[]::new);
        HttpHandler handler = target.equals("emcee") ? emceeHandler(schedule) : floorHandler(schedule);
        // As bot-app's HttpEndpoint serves /slack/events: a JDK server, backlog 64, four worker threads.
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 64);
        executor = Executors.newFixedThreadPool(4);
        server.setExecutor(executor);
        server.createContext("/slack/events", handler);
        server.start();
        client = new LoopbackHttpClient(server.getAddress().getPort());
        String check = send(bodies[0]);
        if (!check.contains("\"blocks\"")) {
            throw new IllegalStateException(target + " did not answer with Block Kit: " + check);
        }
    }

    /** Emcee on the schedule, its clock fixed at the benchmark's time of asking, rate limit off. */
    private static Emcee emcee(Schedule schedule) {
        return new Emcee(new CurrentSchedule(schedule),
                Clock.fixed(BenchConferences.askedAt(schedule), ZoneOffset.UTC), new AnsweringOptions(0, 10_000),
                Ticker.systemTicker());
    }

    private HttpHandler emceeHandler(Schedule schedule) {
        // The bodies repeat; the claim's own cost is measured by InboundClaimCost.
        PlatformStart<SlackConnection> start = SlackLauncher.start(new SlackParts(
                new SlackSettings(COMMAND, ReplyVisibility.EPHEMERAL, api.apiUrl()),
                Map.of(SlackLauncher.BOT_TOKEN, TOKEN, SlackLauncher.SIGNING_SECRET, SECRET), emcee(schedule),
                Agendas.off(), InboundClaims.EVERY));
        if (!(start instanceof PlatformStart.Started<SlackConnection> started)) {
            throw new IllegalStateException("Slack did not start: " + start);
        }
        connection = started.connection();
        return connection.httpHandler().orElseThrow();
    }

    private HttpHandler floorHandler(Schedule schedule) {
        Map<String, SlashCommandResponse> answers = prebuiltAnswers(emcee(schedule), questions);
        SlackConfig config = new SlackConfig();
        config.setMethodsEndpointUrlPrefix(api.apiUrl());
        config.setStatsEnabled(false);
        floor = new App(AppConfig.builder().singleTeamBotToken(TOKEN).signingSecret(SECRET)
                .slack(Slack.getInstance(config)).build());
        floor.command(COMMAND, (req, ctx) -> {
            SlashCommandResponse answer = answers.get(req.getPayload().getText());
            return answer == null ? ctx.ack() : ctx.ack(answer);
        });
        floor.start();
        return new BoltFloorHandler(floor);
    }

    /**
     * What Emcee acks for each question (an ephemeral answer rendered as Emcee's Slack adapter renders it, without
     * bookmark buttons as in the benchmark), built once: the floor acks the same blocks without any of Emcee's work.
     * A question Emcee would acknowledge without an answer has none.
     */
    static Map<String, SlashCommandResponse> prebuiltAnswers(Emcee emcee, List<String> questions) {
        SlackAnswerRenderer renderer = new SlackAnswerRenderer(COMMAND, false);
        Map<String, SlashCommandResponse> answers = new HashMap<>();
        for (String question : questions) {
            emcee.answer(new Inquiry(Platform.SLACK, USER, question)).ifPresent(answer -> {
                SlackMessage message = renderer.render(answer);
                answers.put(question, SlashCommandResponse.builder().responseType("ephemeral").text(message.text())
                        .blocks(message.blocks()).build());
            });
        }
        return answers;
    }

    @TearDown(Level.Trial)
    public void stop() throws IOException {
        client.close();
        server.stop(0);
        executor.shutdownNow();
        if (connection != null) {
            connection.close();
        }
        if (floor != null) {
            floor.stop();
        }
        api.close();
    }

    @Benchmark
    public String slashCommand(Cursor cursor) throws Exception {
        return send(bodies[cursor.next++ & (bodies.length - 1)]);
    }

    private String send(String body) throws Exception {
        String timestamp = Long.toString(System.currentTimeMillis() / 1000);
        LoopbackHttpClient.Response response = client.post("/slack/events", timestamp,
                signer.generate(timestamp, body), body);
        if (response.status() != 200) {
            throw new IllegalStateException("HTTP " + response.status() + ": " + response.body());
        }
        return response.body();
    }

    private static String slashCommand(String text) {
        Map<String, String> form = Map.of("token", "legacy", "team_id", "T0BENCH", "channel_id", "C0GENERAL",
                "user_id", USER, "user_name", "alice", "command", COMMAND, "text", text, "api_app_id", "A0APP",
                "response_url", "http://127.0.0.1:9/commands/1", "trigger_id", "1.2.3");
        StringBuilder body = new StringBuilder();
        for (String key : List.of("token", "team_id", "channel_id", "user_id", "user_name", "command", "text",
                "api_app_id", "response_url", "trigger_id")) {
            if (body.length() > 0) {
                body.append('&');
            }
            body.append(key).append('=').append(URLEncoder.encode(form.get(key), StandardCharsets.UTF_8));
        }
        return body.toString();
    }
}
