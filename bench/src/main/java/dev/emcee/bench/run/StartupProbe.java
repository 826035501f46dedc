package dev.emcee.bench.run;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Start-up as an operator meets it: {@code java -jar bot-app/target/emcee.jar ask "what's next"} on the bundled
 * conference, launch to exit, the median of several launches (after one launch that is not counted).
 */
final class StartupProbe {
    private final Path repository;
    private final String java;

    StartupProbe(Path repository, String java) {
        this.repository = repository;
        this.java = java;
    }

    /** The launch-to-exit times in milliseconds, sorted. */
    List<Double> measure(int launches) throws IOException, InterruptedException {
        Path jar = repository.resolve("bot-app/target/emcee.jar");
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException(jar + " is missing: build it with bin/build-app (bench/run does).");
        }
        launch(jar);
        List<Double> times = new ArrayList<>();
        for (int i = 0; i < launches; i++) {
            times.add(launch(jar));
        }
        Collections.sort(times);
        return times;
    }

    private double launch(Path jar) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(java, "-jar", jar.toString(), "ask", "what's next")
                .directory(repository.toFile())
                .redirectErrorStream(true);
        builder.environment().keySet().removeIf(k -> k.startsWith("EMCEE_") || k.startsWith("SLACK_"));
        long started = System.nanoTime();
        Process process = builder.start();
        byte[] output = process.getInputStream().readAllBytes();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IllegalStateException("emcee ask did not exit within 60 s");
        }
        double millis = (System.nanoTime() - started) / 1e6;
        String text = new String(output, StandardCharsets.UTF_8);
        if (process.exitValue() != 0 || !text.contains("next")) {
            throw new IllegalStateException("emcee ask failed (exit " + process.exitValue() + "): " + text);
        }
        return millis;
    }

    static double median(List<Double> sorted) {
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }
}
