package dev.emcee.app;

import dev.emcee.app.settings.Environment;
import java.io.InputStream;
import java.io.PrintStream;
import java.time.Clock;
import java.util.concurrent.CountDownLatch;

/**
 * What a command may touch of the outside world, injected so that tests run commands in-process: the environment,
 * the wall clock, the standard streams, whether stdin is a terminal, and the stop signal (SIGINT/SIGTERM).
 */
public record Launch(Environment environment, Clock wallClock, InputStream in, PrintStream out, PrintStream err,
        boolean interactive, CountDownLatch stop) {

    /** The real process: system environment, clock and streams; stop on a shutdown signal. */
    public static Launch system() {
        CountDownLatch stop = new CountDownLatch(1);
        return new Launch(Environment.system(), Clock.systemUTC(), System.in, System.out, System.err,
                System.console() != null, stop);
    }
}
