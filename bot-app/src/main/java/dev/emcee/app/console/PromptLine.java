package dev.emcee.app.console;

import java.io.PrintStream;
import java.util.Objects;

/**
 * The interactive console's prompt, and the one place that prints anything else (log lines) while it may be
 * showing: such text goes above the prompt, never into it.
 *
 * <p>While the prompt waits for a question, other text first clears the prompt line (carriage return and the ANSI
 * "erase line"), then is printed, then the prompt is shown again, so what the person types next follows a prompt.
 * Everything that prints holds the lock of {@code out}, as the console's announcement lines do.
 */
public final class PromptLine {
    /** Back to the start of the line and erase it (ANSI EL2). */
    static final String CLEAR_LINE = "\r\u001b[2K";

    private final PrintStream out;
    private final PrintStream err;
    private boolean shown;

    /**
     * @param out where the prompt and answers go (the terminal's stdout)
     * @param err where log lines go (the terminal's stderr)
     */
    public PromptLine(PrintStream out, PrintStream err) {
        this.out = Objects.requireNonNull(out, "out");
        this.err = Objects.requireNonNull(err, "err");
    }

    /** Shows the prompt: the console is waiting for a question. */
    public void show() {
        synchronized (out) {
            out.print(ConsoleChat.PROMPT);
            out.flush();
            shown = true;
        }
    }

    /** The person pressed Enter: the cursor is on a fresh line and nothing waits at the prompt. */
    public void left() {
        synchronized (out) {
            shown = false;
        }
    }

    /** Prints {@code text} (whole lines) on {@code err}, above the prompt when it is showing. */
    public void printAbove(byte[] text) {
        synchronized (out) {
            if (shown) {
                out.print(CLEAR_LINE);
                out.flush();
            }
            err.write(text, 0, text.length);
            err.flush();
            if (shown) {
                out.print(ConsoleChat.PROMPT);
                out.flush();
            }
        }
    }

    /** The lock every printer to the console holds. */
    Object lock() {
        return out;
    }
}
