package dev.emcee.app.cli;

import ch.qos.logback.classic.LoggerContext;
import dev.emcee.app.CommandContext;
import dev.emcee.app.EmceeRuntime;
import dev.emcee.app.GlobalOptions;
import dev.emcee.app.Launch;
import dev.emcee.app.announce.AnnouncementsCommand;
import dev.emcee.app.announce.OverridesCommand;
import dev.emcee.app.command.AskCommand;
import dev.emcee.app.command.ChatCommand;
import dev.emcee.app.command.CheckCommand;
import dev.emcee.app.command.DiscordInviteCommand;
import dev.emcee.app.command.DoctorCommand;
import dev.emcee.app.command.ExportCommand;
import dev.emcee.app.command.RunCommand;
import dev.emcee.app.logging.Secrets;
import dev.emcee.app.unanswered.UnansweredCommand;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine;

/** The {@code emcee} command line; without a subcommand it runs Emcee ({@code emcee run}). */
@Command(name = "emcee", mixinStandardHelpOptions = true, scope = ScopeType.INHERIT, version = "Emcee 0.1.0",
        description = "Emcee, the conference assistant for Slack and Discord.",
        subcommands = {RunCommand.class, ChatCommand.class, AskCommand.class, CheckCommand.class, ExportCommand.class,
            AnnouncementsCommand.class, UnansweredCommand.class, OverridesCommand.class, DoctorCommand.class, DiscordInviteCommand.class,
            CommandLine.HelpCommand.class})
public final class Main implements Callable<Integer>, CommandContext {
    private static final Duration SHUTDOWN_GRACE = Duration.ofSeconds(30);

    @Mixin
    GlobalOptions options;

    private final Launch launch;
    private EmceeRuntime runtime;

    public Main(Launch launch) {
        this.launch = launch;
    }

    public static void main(String[] args) {
        if ("json".equalsIgnoreCase(System.getenv("EMCEE_LOG_FORMAT"))) {
            System.setProperty("logback.configurationFile", "logback-json.xml");
        }
        Launch launch = Launch.system();
        CountDownLatch done = new CountDownLatch(1);
        AtomicInteger exitCode = new AtomicInteger();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> stopCleanly(launch, done, exitCode), "emcee-stop"));
        exitCode.set(execute(launch, args));
        done.countDown();
        System.exit(exitCode.get());
    }

    /**
     * On SIGINT/SIGTERM: signal the running command to stop, wait for it to finish its cleanup (posts in flight,
     * the scheduler, connections), then end with its exit code: 0 after a clean stop, not 143.
     */
    private static void stopCleanly(Launch launch, CountDownLatch done, AtomicInteger exitCode) {
        launch.stop().countDown();
        try {
            if (done.await(SHUTDOWN_GRACE.toSeconds(), TimeUnit.SECONDS)) {
                if (LoggerFactory.getILoggerFactory() instanceof LoggerContext logging) {
                    logging.stop();
                }
                Runtime.getRuntime().halt(exitCode.get());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Runs a command line in this process and returns its exit code. */
    public static int execute(Launch launch, String... args) {
        CommandLine commandLine = new CommandLine(new Main(launch));
        commandLine.setOut(new PrintWriter(launch.out(), true, StandardCharsets.UTF_8));
        commandLine.setErr(new PrintWriter(launch.err(), true, StandardCharsets.UTF_8));
        commandLine.setExecutionExceptionHandler((e, cmd, parsed) -> {
            if (e instanceof EmceeRuntime.StartupException) {
                cmd.getErr().println("emcee: " + Secrets.redact(e.getMessage()));
                return 1;
            }
            throw e;
        });
        return commandLine.execute(args);
    }

    @Override
    public Integer call() throws Exception {
        return RunCommand.run(this);
    }

    @Override
    public GlobalOptions options() {
        return options;
    }

    @Override
    public Launch launch() {
        return launch;
    }

    @Override
    public EmceeRuntime runtime() {
        if (runtime == null) {
            runtime = EmceeRuntime.start(options, launch.environment(), launch.wallClock());
        }
        return runtime;
    }
}
