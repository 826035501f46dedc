package dev.emcee.app.console;

import dev.emcee.core.announce.Route;
import dev.emcee.core.platform.Platform;
import dev.emcee.core.connection.PlatformConnection;
import dev.emcee.core.connection.PlatformContract;
import dev.emcee.core.testing.AnswerSamples;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;

/** The console passes the platform contract: its channel is standard output, its one person the local user. */
class ConsoleContractTest extends PlatformContract {
    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();

    ConsoleContractTest() {
        super(Platform.CONSOLE, Route.CONSOLE_CHANNEL, ConsoleChat.LOCAL_USER);
    }

    @Override
    protected PlatformConnection connect() {
        return new ConsoleOutbound(new PrintStream(bytes, true, StandardCharsets.UTF_8),
                Clock.fixed(AnswerSamples.NOW, ZoneOffset.UTC));
    }

    @Override
    protected void stopFake() {
        // standard output needs no stopping
    }

    @Override
    protected List<String> postedIn(String channel) {
        return linesStartingWith(ConsoleOutbound.PREFIX);
    }

    @Override
    protected List<String> sentTo(String person) {
        return ConsoleChat.LOCAL_USER.equals(person) ? linesStartingWith(ConsoleOutbound.REMINDER_PREFIX) : List.of();
    }

    @Override
    protected Refused refusedDelivery() {
        return Refused.sendTo("someone-else");
    }

    /** The console keeps nothing: after a crash it cannot know what it printed, so it prints again. */
    @Override
    protected boolean recognisesRepeatedPosts() {
        return false;
    }

    @Override
    protected String failureLogger() {
        return ConsoleOutbound.class.getName();
    }

    private List<String> linesStartingWith(String prefix) {
        synchronized (bytes) {
            return bytes.toString(StandardCharsets.UTF_8).lines().filter(line -> line.startsWith(prefix)).toList();
        }
    }
}
