package dev.emcee.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.emcee.core.testing.BundledConference;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** {@code emcee doctor} asks Slack ({@code auth.test}) and Discord ({@code users/@me}) whether the tokens work. */
@Timeout(60)
class DoctorPlatformsTest {
    private static final String GOOD_SLACK = "xoxb-good-token-123";
    private static final String GOOD_DISCORD = "discord-good-token-456";

    private HttpServer fake;

    @TempDir
    Path data;

    @BeforeEach
    void startFakePlatforms() throws IOException {
        fake = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        fake.createContext("/api/auth.test", exchange -> {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            String auth = exchange.getRequestHeaders().getFirst("Authorization") + body;
            respond(exchange, 200, auth.contains(GOOD_SLACK)
                    ? "{\"ok\":true,\"team\":\"Velocity\",\"user\":\"emcee\",\"team_id\":\"T1\",\"user_id\":\"U1\"}"
                    : "{\"ok\":false,\"error\":\"invalid_auth\"}");
        });
        fake.createContext("/api/v10/users/@me", exchange -> {
            boolean good = ("Bot " + GOOD_DISCORD).equals(exchange.getRequestHeaders().getFirst("Authorization"));
            respond(exchange, good ? 200 : 401, good ? "{\"id\":\"42\",\"username\":\"Emcee\"}"
                    : "{\"message\":\"401: Unauthorized\",\"code\":0}");
        });
        fake.start();
    }

    @AfterEach
    void stop() {
        fake.stop(0);
    }

    @Test
    void acceptedTokensAreReportedWithWhoTheyAre() {
        Cli.Result r = doctor(Map.of("SLACK_BOT_TOKEN", GOOD_SLACK, "SLACK_APP_TOKEN", "xapp-1-abc",
                "DISCORD_TOKEN", GOOD_DISCORD));
        assertThat(r.out()).contains("[ok]   slack: SLACK_BOT_TOKEN accepted: workspace Velocity as @emcee",
                "[ok]   discord: DISCORD_TOKEN accepted: bot Emcee (id 42)",
                "[warn] announcements: Slack has no announcement channel, so no session will be announced there",
                "fix: add announcements.channels.slack.digest: CHANNEL_ID to emcee.yaml",
                "[warn] announcements: Discord has no announcement channel",
                "fix: add announcements.channels.discord.digest: CHANNEL_ID to emcee.yaml");
        assertThat(r.exitCode()).isZero();
    }

    @Test
    void theEventsListIsReportedAndASimulatedClockIsAWarning() throws IOException {
        Map<String, String> events = Map.of("DISCORD_TOKEN", GOOD_DISCORD, "EMCEE_DISCORD_GUILD_ID",
                "200000000000000002", "EMCEE_DISCORD_SCHEDULED_EVENTS_ENABLED", "true");
        Cli.Result demo = doctor(events);
        Path config = configAnnouncingTo("{discord: {digest: '123'}}");
        Map<String, String> env = new HashMap<>(fakeUrls());
        env.putAll(events);
        Cli.Result real = new Cli().environment(env).runRaw("--config", config.toString(), "--data",
                data.resolve("d").toString(), "doctor");

        assertThat(demo.out()).contains("[warn] discord events: discord.scheduled-events is on, but the clock is "
                + "simulated (clock.simulated-start), so Emcee leaves the server's Events list alone",
                "fix: remove clock.simulated-start from emcee.yaml");
        assertThat(real.out()).contains("[ok]   discord events: keeping the Events list of server "
                + "200000000000000002: at most 100 sessions, 168h ahead; Emcee needs Manage Events there");
    }

    @Test
    void aPlatformWithAnAnnouncementChannelIsFine() throws IOException {
        Path config = configAnnouncingTo("{slack: {digest: C0123456789, rooms: {ll21ab: C0222222222}}}");
        Map<String, String> env = new HashMap<>(fakeUrls());
        env.putAll(Map.of("SLACK_BOT_TOKEN", GOOD_SLACK, "SLACK_APP_TOKEN", "xapp-1-abc"));
        Cli.Result r = new Cli().environment(env).runRaw("--config", config.toString(), "--data",
                data.resolve("d").toString(), "doctor");
        assertThat(r.out()).contains("[ok]   announcements: Slack: digest C0123456789, 1 room channel")
                .doesNotContain("[warn] announcements");
    }

    @Test
    void aPlatformThisInstanceCannotServeIsLeftToTheOtherInstancesWithTheFix() throws IOException {
        Path config = configAnnouncingTo("{slack: {digest: C0123456789}, discord: {digest: '123'}}");
        int closed;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closed = socket.getLocalPort();
        }
        Map<String, String> env = new HashMap<>(fakeUrls());
        env.putAll(Map.of("SLACK_BOT_TOKEN", "xoxb-wrong-token-999", "SLACK_APP_TOKEN", "xapp-1-abc",
                "EMCEE_DATABASE_URL", "jdbc:postgresql://127.0.0.1:" + closed + "/emcee"));
        Cli.Result r = new Cli().environment(env).runRaw("--config", config.toString(), "--data",
                data.resolve("d").toString(), "doctor");
        assertThat(r.out()).contains("[warn] announcements: Slack channels are set but this instance cannot serve "
                + "Slack (its token was refused, see above): it leaves Slack's announcements to the instances that "
                + "serve it on the shared database",
                "fix: fix the token as said above, or run an instance that serves Slack on the same database",
                "[warn] announcements: Discord channels are set but this instance cannot serve Discord (DISCORD_TOKEN "
                + "is not set)", "fix: set DISCORD_TOKEN, or run an instance that serves Discord on the same database; "
                + "if Discord is gone for good, remove announcements.channels.discord");
    }

    @Test
    void rejectedTokensFailWithTheFixAndAreNeverPrinted() {
        Cli.Result r = doctor(Map.of("SLACK_BOT_TOKEN", "xoxb-wrong-token-999", "SLACK_SIGNING_SECRET", "sekrit-value",
                "DISCORD_TOKEN", "discord-wrong-token-000"));
        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.out()).contains("[fail] slack: Slack rejected SLACK_BOT_TOKEN (auth.test: invalid_auth)",
                "fix: set SLACK_BOT_TOKEN", "[fail] slack: HTTP mode needs http.port",
                "[fail] discord: Discord rejected the token in DISCORD_TOKEN (401)")
                .doesNotContain("xoxb-wrong-token-999", "discord-wrong-token-000", "sekrit-value");
    }

    @Test
    void anUnreachableApiIsANetworkProblemNotATokenProblem() throws IOException {
        int closed;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closed = socket.getLocalPort();
        }
        String base = "http://127.0.0.1:" + closed;
        Cli.Result r = new Cli().environment(Map.of("SLACK_BOT_TOKEN", GOOD_SLACK, "SLACK_APP_TOKEN", "xapp-1-abc",
                "DISCORD_TOKEN", GOOD_DISCORD, "EMCEE_SLACK_API_URL", base + "/api/",
                "EMCEE_DISCORD_API_URL", base + "/api/v10/")).run("--data", data.toString(), "doctor");
        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.out()).contains("[fail] slack: Could not reach Slack at " + base + "/api/: the connection was "
                + "refused; SLACK_BOT_TOKEN was not checked",
                "[fail] discord: Could not reach Discord at " + base + "/api/v10/: the connection was refused; "
                + "DISCORD_TOKEN was not checked",
                "fix: a network problem, not the token: check that this machine can reach " + base + "/api/ ",
                "or correct slack.api-url (EMCEE_SLACK_API_URL)", "or correct discord.api-url (EMCEE_DISCORD_API_URL)")
                .doesNotContain("fix: set SLACK_BOT_TOKEN", "fix: set DISCORD_TOKEN", "(null)");
    }

    @Test
    void unconfiguredPlatformsAreFine() {
        Cli.Result r = doctor(Map.of());
        assertThat(r.out()).contains("[ok]   slack: not configured", "[ok]   discord: not configured",
                "[ok]   database: the embedded database", "[ok]   announcements: on the console");
    }

    /** A config folder with the bundled conference and these {@code announcements.channels}. */
    private Path configAnnouncingTo(String channels) throws IOException {
        Path config = Files.createDirectories(data.resolve("config"));
        Files.writeString(config.resolve("emcee.yaml"), "schedule: {files: ["
                + BundledConference.configDirectory().resolve(BundledConference.FILE) + "]}\n"
                + "announcements: {channels: " + channels + "}\n");
        return config;
    }

    private Cli.Result doctor(Map<String, String> tokens) {
        Map<String, String> env = new HashMap<>(tokens);
        env.putAll(fakeUrls());
        return new Cli().environment(env).run("--data", data.toString(), "doctor");
    }

    private Map<String, String> fakeUrls() {
        String base = "http://127.0.0.1:" + fake.getAddress().getPort();
        return Map.of("EMCEE_SLACK_API_URL", base + "/api/", "EMCEE_DISCORD_API_URL", base + "/api/v10/");
    }

    private static void respond(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }
}
