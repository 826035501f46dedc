package dev.emcee.app.command;

import dev.emcee.app.EmceeRuntime;
import dev.emcee.app.Launch;
import dev.emcee.app.CommandContext;
import dev.emcee.app.announce.AnnouncementWiring;
import dev.emcee.app.console.ConsoleOutbound;
import dev.emcee.app.console.ConsoleChat;
import dev.emcee.app.console.LogsAbovePrompt;
import dev.emcee.app.console.PromptLine;
import dev.emcee.app.http.HttpEndpoint;
import dev.emcee.app.metrics.EmceeMetrics;
import dev.emcee.app.platform.ChatPlatform;
import dev.emcee.app.platform.Platforms;
import dev.emcee.core.events.KeptEvents;
import dev.emcee.core.notice.Outbound;
import dev.emcee.core.connection.PlatformConnection;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;

/** {@code emcee run}: starts every configured platform, and the console; runs until SIGINT/SIGTERM. */
@Command(name = "run", description = "Start Emcee: every configured platform, and the console when stdin is a "
        + "terminal (with no platform configured, the console on the bundled conference). Runs until Ctrl-C or "
        + "SIGTERM.")
public final class RunCommand implements Callable<Integer> {
    private static final Logger LOG = LoggerFactory.getLogger(RunCommand.class);

    @ParentCommand
    CommandContext main;

    @Override
    public Integer call() throws Exception {
        return run(main);
    }

    /** Runs Emcee with the options of {@code main} until the stop signal or the end of the console. */
    public static int run(CommandContext main) throws Exception {
        Launch launch = main.launch();
        EmceeRuntime runtime = main.runtime();
        List<AutoCloseable> running = new ArrayList<>();
        Optional<HttpEndpoint> http = Optional.empty();
        try {
            EmceeMetrics metrics = new EmceeMetrics(runtime.schedule());
            runtime.emcee().observeWith(metrics);
            running.add(runtime.refreshSchedule());
            http = startHttp(runtime, metrics);
            http.ifPresent(running::add);
            runtime.observeReloads(metrics);
            List<Outbound> announcing = new ArrayList<>();
            List<Outbound> reminding = new ArrayList<>();
            List<KeptEvents> events = new ArrayList<>();
            for (ChatPlatform platform : Platforms.ALL) {
                Optional<PlatformConnection> connection = platform.start(runtime, http);
                connection.ifPresent(c -> {
                    running.add(c);
                    announcing.add(c);
                    reminding.add(c);
                    c.keptEvents().ifPresent(events::add);
                });
                PlatformStates.watch(platform, connection, runtime, metrics, http);
            }
            String prompt = launch.interactive() ? ConsoleChat.PROMPT : null;
            ConsoleOutbound plain = new ConsoleOutbound(launch.out(), runtime.clock());
            ConsoleOutbound console = prompt == null ? plain : plain.afterPrompt(prompt);
            boolean consoleOnly = announcing.isEmpty();
            if (consoleOnly) {
                LOG.info("No chat platform is configured (set SLACK_BOT_TOKEN or DISCORD_TOKEN); running the console");
                announcing.add(console);
            }
            if (consoleOnly || launch.interactive()) {
                reminding.add(console);
            }
            running.add(AnnouncementWiring.start(runtime, announcing, reminding, events, metrics, http));
            // Only now, with the inbound claims shared through the database, may Slack's events come in: opened
            // earlier, a restarted instance could answer a delivery that another instance has already answered.
            openHttp(http, runtime);
            runtime.clockNotice().forEach(launch.err()::println);
            if (launch.interactive()) {
                runConsoleUntilStopped(launch, runtime);
            } else {
                LOG.info("Emcee is running; stop it with Ctrl-C or SIGTERM");
                launch.stop().await();
            }
            LOG.info("Stopping");
            return 0;
        } finally {
            http.ifPresent(HttpEndpoint::markStopping);
            closeAll(running);
        }
    }

    /** The HTTP endpoint, not listening yet: the platforms mount their paths on it first. */
    private static Optional<HttpEndpoint> startHttp(EmceeRuntime runtime, EmceeMetrics metrics) {
        Integer port = runtime.settings().http().port();
        if (port == null) {
            return Optional.empty();
        }
        try {
            HttpEndpoint endpoint = new HttpEndpoint(port, metrics::scrape);
            endpoint.require(new ScheduleReadiness(runtime.schedule()));
            return Optional.of(endpoint);
        } catch (IOException e) {
            throw cannotListen(port, e);
        }
    }

    /**
     * Opens the HTTP port once every platform has started and mounted its paths (Slack's {@code /slack/events}), so
     * that no request reaching it is answered 404; {@code /readyz} then says 503 until the announcements run too.
     */
    private static void openHttp(Optional<HttpEndpoint> http, EmceeRuntime runtime) {
        if (http.isEmpty()) {
            return;
        }
        try {
            http.get().open();
        } catch (IOException e) {
            throw cannotListen(runtime.settings().http().port(), e);
        }
    }

    private static EmceeRuntime.StartupException cannotListen(int port, IOException e) {
        return new EmceeRuntime.StartupException("Cannot listen on http.port " + port + " (" + e.getMessage()
                + "); choose a free port with EMCEE_HTTP_PORT");
    }

    /** The console runs beside the stop signal, so that Ctrl-C stops Emcee even while it waits for a line. */
    @SuppressWarnings("try") // the resource is held for the block and never read
    private static void runConsoleUntilStopped(Launch launch, EmceeRuntime runtime) throws Exception {
        PrintWriter out = new PrintWriter(launch.out(), true, StandardCharsets.UTF_8);
        out.println("Emcee for " + runtime.schedule().get().conference().name()
                + ". Ask about the schedule (\"help\" for examples, \"quit\" to stop).");
        PromptLine prompt = new PromptLine(launch.out(), launch.err());
        Thread console = new Thread(() -> {
            try {
                new ConsoleChat(runtime.emcee(), out, prompt)
                        .run(new BufferedReader(new InputStreamReader(launch.in(), StandardCharsets.UTF_8)));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } finally {
                launch.stop().countDown();
            }
        }, "emcee-console");
        console.setDaemon(true);
        try (AutoCloseable logs = LogsAbovePrompt.install(prompt)) {
            console.start();
            launch.stop().await();
        }
    }

    private static void closeAll(List<AutoCloseable> running) {
        for (int i = running.size() - 1; i >= 0; i--) {
            try {
                running.get(i).close();
            } catch (Exception e) {
                LOG.warn("Could not stop {} cleanly: {}", running.get(i), e.toString());
            }
        }
    }
}
