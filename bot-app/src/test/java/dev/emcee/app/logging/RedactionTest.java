package dev.emcee.app.logging;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.LoggingEvent;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.emcee.app.settings.Environment;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** No log line, in either format, can print a secret the environment holds. */
class RedactionTest {
    private static final String TOKEN = "xoxb-9999-8888-abcdefredactme";
    private final Logger logger = new LoggerContext().getLogger("test");

    RedactionTest() {
        new Environment(Map.of("SLACK_BOT_TOKEN", TOKEN, "EMCEE_HTTP_PORT", "8080"));
    }

    @Test
    void humanLinesRedactMessagesAndStackTraces() {
        LoggingEvent event = new LoggingEvent("x", logger, Level.ERROR, "auth failed for {}", 
                new IllegalStateException("token " + TOKEN + " rejected"), new Object[] {TOKEN});
        assertThat(new RedactedMessageConverter().convert(event)).isEqualTo("auth failed for ****");
        RedactedThrowableConverter stack = new RedactedThrowableConverter();
        stack.start();
        assertThat(stack.convert(event)).contains("token **** rejected").doesNotContain(TOKEN);
    }

    @Test
    void jsonLinesRedactToo() throws Exception {
        LoggingEvent event = new LoggingEvent("x", logger, Level.WARN, "posting with " + TOKEN, null, null);
        String line = new JsonLineLayout().doLayout(event);
        assertThat(line).doesNotContain(TOKEN).endsWith("\n");
        var json = new ObjectMapper().readTree(line);
        assertThat(json.get("message").asText()).isEqualTo("posting with ****");
        assertThat(json.get("level").asText()).isEqualTo("WARN");
    }

    @Test
    void onlySecretLookingVariablesAndRealLengthsAreRedacted() {
        assertThat(Secrets.redact("port 8080")).isEqualTo("port 8080");
        assertThat(Secrets.isSecretName("DISCORD_TOKEN")).isTrue();
        assertThat(Secrets.isSecretName("EMCEE_DATABASE_PASSWORD")).isTrue();
        assertThat(Secrets.isSecretName("EMCEE_HTTP_PORT")).isFalse();
    }
}
