package dev.emcee.app.console;

import dev.emcee.core.Inquiry;
import dev.emcee.core.QuestionHandler;
import dev.emcee.core.answer.PlainTextRenderer;
import dev.emcee.core.platform.Platform;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.Set;

/**
 * The terminal chat: reads questions line by line and prints each answer.
 *
 * <p>Interactive (a terminal) it shows a prompt and stops on "quit"; otherwise it answers each line, separating
 * answers by a blank line, and stops at the end of input.
 */
public final class ConsoleChat {
    private static final Set<String> QUIT = Set.of("quit", "exit", "bye", ":q", "/quit", "/exit");
    /** The local user's id, as other platforms have user ids. */
    public static final String LOCAL_USER = "console";
    /** What the interactive console shows before each question. */
    public static final String PROMPT = "you> ";

    private final QuestionHandler emcee;
    /** What the interactive console shows before each answer; the answer's other lines are indented as far. */
    static final String ANSWER_PROMPT = "emcee> ";
    /** The terminal width when the environment does not say ({@code COLUMNS}). */
    static final int DEFAULT_WIDTH = 80;

    private final PrintWriter out;
    private final boolean interactive;
    private final PromptLine prompt;
    private final int width;

    /** A console as wide as the environment's {@code COLUMNS} says, else {@value #DEFAULT_WIDTH} columns. */
    public ConsoleChat(QuestionHandler emcee, PrintWriter out, boolean interactive) {
        this(emcee, out, interactive, null, widthOf(System.getenv("COLUMNS")));
    }

    /** @param width the terminal's columns: interactive answers are wrapped to it, each line under its indent */
    public ConsoleChat(QuestionHandler emcee, PrintWriter out, boolean interactive, int width) {
        this(emcee, out, interactive, null, width);
    }

    /**
     * An interactive console whose prompt is {@code prompt}, which log lines are printed above (see
     * {@link LogsAbovePrompt}); {@code out} must write to the same stream as the prompt line.
     */
    public ConsoleChat(QuestionHandler emcee, PrintWriter out, PromptLine prompt) {
        this(emcee, out, true, prompt, widthOf(System.getenv("COLUMNS")));
    }

    private ConsoleChat(QuestionHandler emcee, PrintWriter out, boolean interactive, PromptLine prompt, int width) {
        this.emcee = emcee;
        this.out = out;
        this.interactive = interactive;
        this.prompt = prompt;
        this.width = width;
    }

    static int widthOf(String columns) {
        try {
            int n = columns == null ? DEFAULT_WIDTH : Integer.parseInt(columns.strip());
            return n > 0 ? n : DEFAULT_WIDTH;
        } catch (NumberFormatException e) {
            return DEFAULT_WIDTH;
        }
    }

    /** Answers until "quit" or the end of input. */
    public void run(BufferedReader in) throws IOException {
        while (true) {
            if (prompt != null) {
                prompt.show();
            } else if (interactive) {
                out.print(PROMPT);
                out.flush();
            }
            String line = in.readLine();
            if (prompt != null) {
                prompt.left();
            }
            if (line == null || interactive && QUIT.contains(line.strip().toLowerCase(Locale.ROOT))) {
                return;
            }
            String reply = emcee.answer(new Inquiry(Platform.CONSOLE, LOCAL_USER, line))
                    .map(PlainTextRenderer::render).orElse("");
            synchronized (prompt == null ? this : prompt.lock()) {
                out.println(interactive ? ANSWER_PROMPT + String.join("\n" + " ".repeat(ANSWER_PROMPT.length()),
                        HangingWrap.lines(reply, ANSWER_PROMPT.length(), width)) : reply);
                out.println();
                out.flush();
            }
        }
    }
}
