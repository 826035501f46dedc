package dev.emcee.app.console;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.Appender;
import ch.qos.logback.core.AppenderBase;
import ch.qos.logback.core.ConsoleAppender;
import ch.qos.logback.core.encoder.Encoder;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import org.slf4j.LoggerFactory;

/**
 * Routes log lines above the interactive console's prompt while the console runs: each of the root logger's console
 * appenders is replaced by one that encodes the same way and prints through the {@link PromptLine}.
 */
public final class LogsAbovePrompt extends AppenderBase<ILoggingEvent> {
    private final Encoder<ILoggingEvent> encoder;
    private final PromptLine line;

    /** An appender printing {@code encoder}'s lines above {@code line}'s prompt. */
    public LogsAbovePrompt(Encoder<ILoggingEvent> encoder, PromptLine line) {
        this.encoder = Objects.requireNonNull(encoder, "encoder");
        this.line = Objects.requireNonNull(line, "line");
        setName("console-prompt");
    }

    @Override
    protected void append(ILoggingEvent event) {
        line.printAbove(encoder.encode(event));
    }

    /**
     * Replaces the root logger's console appenders until the returned handle is closed (then they are restored).
     * Does nothing when logging is not logback or has no console appender.
     */
    public static AutoCloseable install(PromptLine line) {
        if (!(LoggerFactory.getILoggerFactory() instanceof LoggerContext context)) {
            return () -> { };
        }
        Logger root = context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        List<ConsoleAppender<ILoggingEvent>> replaced = new ArrayList<>();
        List<LogsAbovePrompt> added = new ArrayList<>();
        for (Iterator<Appender<ILoggingEvent>> it = root.iteratorForAppenders(); it.hasNext(); ) {
            if (it.next() instanceof ConsoleAppender<ILoggingEvent> console && console.getEncoder() != null) {
                replaced.add(console);
            }
        }
        for (ConsoleAppender<ILoggingEvent> console : replaced) {
            LogsAbovePrompt above = new LogsAbovePrompt(console.getEncoder(), line);
            above.setContext(context);
            above.start();
            root.addAppender(above);
            root.detachAppender(console);
            added.add(above);
        }
        return () -> {
            for (int i = 0; i < added.size(); i++) {
                root.addAppender(replaced.get(i));
                root.detachAppender(added.get(i));
                added.get(i).stop();
            }
        };
    }
}
