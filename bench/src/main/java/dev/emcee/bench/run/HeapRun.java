package dev.emcee.bench.run;

import dev.emcee.bench.HeapProbe;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Runs {@link HeapProbe} in a fresh JVM and reads what it prints. */
final class HeapRun {
    private HeapRun() {
    }

    /** The retained heap of {@code conference} in bytes, measured in a forked JVM. */
    static long retainedBytes(String java, String conference) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(List.of(java, "-Xmx1g", "-cp", System.getProperty("java.class.path"),
                HeapProbe.class.getName(), conference)).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(120, TimeUnit.SECONDS) || process.exitValue() != 0) {
            process.destroyForcibly();
            throw new IllegalStateException("the heap probe failed: " + output);
        }
        return output.lines().filter(l -> l.startsWith("retained_bytes=")).findFirst()
                .map(l -> Long.parseLong(l.substring("retained_bytes=".length())))
                .orElseThrow(() -> new IllegalStateException("the heap probe printed no result: " + output));
    }
}
