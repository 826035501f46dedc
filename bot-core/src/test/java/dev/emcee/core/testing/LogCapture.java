package dev.emcee.core.testing;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.util.List;
import org.slf4j.LoggerFactory;

/**
 * What one logger writes while a test provokes it, kept for the test to assert and kept off the console, so that
 * a green run's log shows only what nobody expected. Open it in a try-with-resources around the provoking code;
 * closing it gives the logger back its console.
 */
public final class LogCapture implements AutoCloseable {
    private final Logger logger;
    private final boolean wasAdditive;
    private final ListAppender<ILoggingEvent> appender = new ListAppender<>();

    private LogCapture(String name) {
        this.logger = (Logger) LoggerFactory.getLogger(name);
        this.wasAdditive = logger.isAdditive();
        appender.start();
        logger.addAppender(appender);
        logger.setAdditive(false);
    }

    /** Captures the logger of a class, which is the one Emcee's classes log to. */
    public static LogCapture of(Class<?> source) {
        return new LogCapture(source.getName());
    }

    /** Captures a logger by name (a library's, or a whole package with its children). */
    public static LogCapture of(String loggerName) {
        return new LogCapture(loggerName);
    }

    /** The formatted messages logged so far, at every level. */
    public List<String> messages() {
        return events().stream().map(ILoggingEvent::getFormattedMessage).toList();
    }

    /** The formatted messages logged so far at exactly this level. */
    public List<String> messages(Level level) {
        return events().stream().filter(e -> e.getLevel() == level).map(ILoggingEvent::getFormattedMessage).toList();
    }

    /** The formatted messages logged so far at WARN or ERROR. */
    public List<String> problems() {
        return events().stream().filter(e -> e.getLevel().isGreaterOrEqual(Level.WARN))
                .map(ILoggingEvent::getFormattedMessage).toList();
    }

    /** Everything logged so far, with level and throwable. */
    public List<ILoggingEvent> events() {
        synchronized (appender) { // AppenderBase appends while holding the appender's lock
            return List.copyOf(appender.list);
        }
    }

    @Override
    public void close() {
        logger.setAdditive(wasAdditive);
        logger.detachAppender(appender);
        appender.stop();
    }
}
