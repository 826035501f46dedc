package dev.emcee.app.logging;

import ch.qos.logback.classic.pattern.ClassicConverter;
import ch.qos.logback.classic.spi.ILoggingEvent;

/** The log message with every known secret redacted ({@code %redactedMessage} in logback patterns). */
public final class RedactedMessageConverter extends ClassicConverter {
    @Override
    public String convert(ILoggingEvent event) {
        return Secrets.redact(event.getFormattedMessage());
    }
}
