package dev.emcee.app.console;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.ConsoleAppender;
import dev.emcee.core.answer.HelpAnswer;
import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/**
 * Log lines go above the console's prompt, never into it: the console's injected streams (one terminal, as stdout
 * and stderr are) read as a person would see them.
 */
class PromptLineTest {
    private static final String CLEAR = PromptLine.CLEAR_LINE;

    private final ByteArrayOutputStream terminal = new ByteArrayOutputStream();
    private final PrintStream stream = new PrintStream(terminal, true, StandardCharsets.UTF_8);
    private final PromptLine prompt = new PromptLine(stream, stream);
    private final LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
    private final Logger log = context.getLogger("dev.emcee.test.PromptLineTest");
    private LogsAbovePrompt appender;

    @BeforeEach
    void attach() {
        PatternLayoutEncoder encoder = new PatternLayoutEncoder();
        encoder.setContext(context);
        encoder.setPattern("%level %msg%n");
        encoder.start();
        appender = new LogsAbovePrompt(encoder, prompt);
        appender.setContext(context);
        appender.start();
        log.setAdditive(false);
        log.addAppender(appender);
    }

    @AfterEach
    void detach() {
        log.detachAppender(appender);
        log.setAdditive(true);
    }

    private String printed() {
        return terminal.toString(StandardCharsets.UTF_8);
    }

    @Test
    void aLogLineWhileThePromptWaitsClearsItPrintsAboveAndShowsThePromptAgain() {
        prompt.show();
        log.info("Sent a reminder for velocity-sj-2018-ds-1540 on console");

        assertThat(printed()).isEqualTo("you> " + CLEAR + "INFO Sent a reminder for velocity-sj-2018-ds-1540 on "
                + "console" + System.lineSeparator() + "you> ");
    }

    @Test
    void aLogLineAfterThePersonPressedEnterIsPrintedPlainly() {
        prompt.show();
        prompt.left();
        log.warn("slow");

        assertThat(printed()).isEqualTo("you> WARN slow" + System.lineSeparator());
    }

    @Test
    void theConsoleShowsItsPromptThroughThePromptLine() throws Exception {
        PrintWriter out = new PrintWriter(stream, true, StandardCharsets.UTF_8);
        new ConsoleChat(inquiry -> {
            log.info("answering");
            return Optional.of(new HelpAnswer("Ask me.", List.of()));
        }, out, prompt).run(new BufferedReader(new StringReader("help\n")));

        // The question's own line ends with the person's Enter (the terminal echoes it); the log line follows it,
        // then the answer, then a fresh prompt: no log line after "you> ".
        assertThat(printed()).startsWith("you> INFO answering" + System.lineSeparator() + "emcee> Ask me.")
                .endsWith("you> ").doesNotContain(CLEAR);
    }

    @Test
    @SuppressWarnings("try") // the resource is held for the block and never read
    void installingReplacesTheRootConsoleAppenderUntilClosed() throws Exception {
        Logger root = context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        ConsoleAppender<ILoggingEvent> console = new ConsoleAppender<>();
        PatternLayoutEncoder encoder = new PatternLayoutEncoder();
        encoder.setContext(context);
        encoder.setPattern("%msg%n");
        encoder.start();
        console.setContext(context);
        console.setEncoder(encoder);
        console.setName("test-console");
        console.start();
        root.addAppender(console);
        try {
            try (AutoCloseable installed = LogsAbovePrompt.install(prompt)) {
                assertThat(root.getAppender("test-console")).isNull();
                prompt.show();
                LoggerFactory.getLogger("dev.emcee.test.Other").warn("through the prompt line");
                assertThat(printed()).contains("you> " + CLEAR + "through the prompt line");
            }
            assertThat(root.getAppender("test-console")).isSameAs(console);
            assertThat(root.getAppender("console-prompt")).isNull();
        } finally {
            root.detachAppender(console);
            console.stop();
        }
    }
}
