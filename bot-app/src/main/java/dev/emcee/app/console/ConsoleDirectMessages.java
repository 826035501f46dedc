package dev.emcee.app.console;

import dev.emcee.core.notice.DirectMessageSink;
import dev.emcee.core.notice.Notice;
import java.io.PrintStream;
import java.time.Clock;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;

/**
 * The local user's direct messages, printed on the console as lines starting with
 * {@value ConsoleNoticeSink#REMINDER_PREFIX}, in the format of {@link ConsoleNoticeSink}:
 * <pre>
 * [reminder] 2018-06-14 15:30 PDT | starting in 10 minutes | LABEL | SPEAKERS | ROOM | 3:40pm–4:20pm | URL
 * [reminder] 2018-06-14 15:32 PDT | moved | LABEL | now 4pm–4:40pm in LL21 A/B | was 3:40pm–4:20pm in LL21 A/B
 * [reminder] 2018-06-14 15:32 PDT | cancelled | LABEL | was 3:40pm–4:20pm in LL21 A/B
 * </pre>
 * Messages for anyone else are refused: the console has one person.
 */
public final class ConsoleDirectMessages implements DirectMessageSink {
    private final ConsoleNoticeSink lines;
    private final String localUser;

    /**
     * @param localUser the console's one user id (ConsoleChat's)
     * @param prompt the interactive console's prompt, shown again after each message; null when not interactive
     */
    public ConsoleDirectMessages(PrintStream out, Clock clock, String localUser, String prompt) {
        this.lines = new ConsoleNoticeSink(out, clock, ConsoleNoticeSink.REMINDER_PREFIX, prompt);
        this.localUser = Objects.requireNonNull(localUser, "localUser");
    }

    @Override
    public String platform() {
        return "console";
    }

    @Override
    public CompletableFuture<Void> send(String userId, Notice notice) {
        if (!localUser.equals(userId)) {
            return CompletableFuture.failedFuture(new IllegalArgumentException(
                    "the console has only its local user"));
        }
        return lines.post(ConsoleNoticeSink.class.getSimpleName(), notice);
    }
}
