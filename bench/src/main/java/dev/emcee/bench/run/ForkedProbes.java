package dev.emcee.bench.run;

import dev.emcee.bench.HeapProbe;
import dev.emcee.bench.announce.SkewProbe;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Runs the probes that need a fresh JVM ({@link HeapProbe}, {@link SkewProbe}) and reads what they print. */
final class ForkedProbes {
    private final String java;
    private final Path repository;

    ForkedProbes(String java, Path repository) {
        this.java = java;
        this.repository = repository;
    }

    /** The retained heap of {@code conference} in bytes. */
    long retainedBytes(String conference) throws IOException, InterruptedException {
        List<String> lines = run(System.getProperty("java.class.path"), HeapProbe.class, conference);
        return lines.stream().filter(l -> l.startsWith("retained_bytes=")).findFirst()
                .map(l -> Long.parseLong(l.substring("retained_bytes=".length())))
                .orElseThrow(() -> new IllegalStateException("the heap probe printed no result: " + lines));
    }

    /**
     * The skews (ms) of {@code count} announcements due over {@code seconds}, sorted. The probe runs on the
     * application jar's classpath, where the announcement delivery lives.
     */
    List<Double> announcementSkews(int count, int seconds) throws IOException, InterruptedException {
        Path app = repository.resolve("bot-app/target/emcee.jar");
        if (!Files.isRegularFile(app)) {
            throw new IllegalStateException(app + " is missing: build it with bin/build-app (bench/run does).");
        }
        List<String> lines = run(app + File.pathSeparator + System.getProperty("java.class.path"),
                SkewProbe.class, Integer.toString(count), Integer.toString(seconds));
        List<Double> skews = new ArrayList<>();
        lines.stream().filter(l -> l.startsWith("skew_ms=")).forEach(l -> skews.add(Double.parseDouble(l.substring(8))));
        if (skews.size() < count) {
            throw new IllegalStateException("only " + skews.size() + " of " + count + " announcements arrived: "
                    + lines);
        }
        Collections.sort(skews);
        return skews;
    }

    private List<String> run(String classpath, Class<?> main, String... arguments)
            throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(java, "-Xmx1g", "-cp", classpath, main.getName()));
        command.addAll(List.of(arguments));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(300, TimeUnit.SECONDS) || process.exitValue() != 0) {
            process.destroyForcibly();
            throw new IllegalStateException(main.getSimpleName() + " failed: " + output);
        }
        return output.lines().toList();
    }

    /** The value at fraction {@code q} (0..1) of sorted values, nearest rank. */
    static double percentile(List<Double> sorted, double q) {
        int rank = (int) Math.ceil(q * sorted.size());
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, rank - 1)));
    }
}
