package dev.emcee.app.logging;

import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.IThrowableProxy;
import ch.qos.logback.classic.spi.ThrowableProxyUtil;
import ch.qos.logback.core.CoreConstants;
import ch.qos.logback.core.LayoutBase;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;

/**
 * One JSON object per log event ({@code EMCEE_LOG_FORMAT=json}): time, level, logger, thread, message and, for
 * unexpected failures only, the error; secrets redacted.
 */
public final class JsonLineLayout extends LayoutBase<ILoggingEvent> {
    private static final JsonMapper JSON = new JsonMapper();

    @Override
    public String doLayout(ILoggingEvent event) {
        ObjectNode line = JSON.createObjectNode();
        line.put("time", Instant.ofEpochMilli(event.getTimeStamp()).toString());
        line.put("level", event.getLevel().toString());
        line.put("logger", event.getLoggerName());
        line.put("thread", event.getThreadName());
        line.put("message", Secrets.redact(event.getFormattedMessage()));
        IThrowableProxy error = event.getThrowableProxy();
        if (error != null) {
            line.put("error", Secrets.redact(ThrowableProxyUtil.asString(error)));
        }
        try {
            return JSON.writeValueAsString(line) + CoreConstants.LINE_SEPARATOR;
        } catch (JsonProcessingException e) {
            return "{\"level\":\"ERROR\",\"message\":\"a log line could not be written as JSON\"}"
                    + CoreConstants.LINE_SEPARATOR;
        }
    }
}
