package dev.emcee.bench.run;

import dev.emcee.bench.BenchConferences;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.openjdk.jmh.results.RunResult;

/**
 * {@code ./bench/run [--quick]}: runs the JMH benchmarks, the start-up, heap and announcement probes, prints every
 * measurement, then the summary block of the seven keys. Exits with 1 when a key could not be measured.
 */
public final class BenchRun {
    private final List<Row> rows = new ArrayList<>();
    private final Map<String, Double> summary = new LinkedHashMap<>();
    private final Map<String, String> missing = new LinkedHashMap<>();
    private final List<String> notes = new ArrayList<>();

    private BenchRun() {
    }

    public static void main(String[] args) throws Exception {
        boolean quick = Arrays.asList(args).contains("--quick");
        System.exit(new BenchRun().run(quick));
    }

    private int run(boolean quick) throws Exception {
        long started = System.nanoTime();
        Path repository = BenchConferences.repositoryRoot();
        Path results = repository.resolve("bench/target/results");
        Files.createDirectories(results);
        String java = ProcessHandle.current().info().command().orElse("java");
        notes.add("machine: " + Machine.describe());
        notes.add("load average at start: " + Machine.loadAverage());
        for (JmhRun jmh : quick ? Plans.quick() : Plans.full()) {
            measure(jmh.name(), () -> {
                for (RunResult result : jmh.run(results)) {
                    rows.add(Row.of(result));
                }
            });
        }
        measure("startup", () -> {
            List<Double> times = new StartupProbe(repository, java).measure(quick ? 5 : 11);
            summary.put("startup_ms", StartupProbe.median(times));
            notes.add("startup launches (ms, sorted): " + times.stream()
                    .map(t -> String.format(Locale.ROOT, "%.0f", t)).toList());
        });
        ForkedProbes probes = new ForkedProbes(java, repository);
        measure("heap", () -> summary.put("heap_mb_10k",
                probes.retainedBytes(BenchConferences.GENERATED_10K) / (1024.0 * 1024.0)));
        measure("announcement skew", () -> {
            List<Double> skews = probes.announcementSkews(500, 10);
            summary.put("announce_skew_p99_ms", ForkedProbes.percentile(skews, 0.99));
            notes.add(skewNote("500 announcements due over 10 s", skews));
        });
        if (!quick) {
            measure("announcement burst", () -> notes.add(skewNote("a burst of 200 announcements due at once",
                    probes.announcementSkews(200, 1))));
        }
        notes.add("load average at end: " + Machine.loadAverage());
        derive();
        print(quick, (System.nanoTime() - started) / 1e9);
        return missing.isEmpty() ? 0 : 1;
    }

    private static String skewNote(String what, List<Double> skews) {
        return String.format(Locale.ROOT, "announcement skew, %s: p50 %.0f ms, p99 %.0f ms, max %.0f ms", what,
                ForkedProbes.percentile(skews, 0.5), ForkedProbes.percentile(skews, 0.99), skews.get(skews.size() - 1));
    }

    /** The summary values that come from JMH rows. */
    private void derive() {
        find("AnswerBenchmark.memoized", BenchConferences.GENERATED_10K, "sample")
                .ifPresent(r -> summary.put("answer_p99_us_10k", r.p99()));
        find("AnswerBenchmark.memoized", BenchConferences.BUNDLED, "thrpt")
                .ifPresent(r -> summary.put("answers_per_s_seed", r.score()));
        find("ImportBenchmark.read", "frab_xml_fosdem2021.xml", "avgt")
                .ifPresent(r -> summary.put("import_ms_fosdem2021", r.score()));
        Optional<Row> emcee = find("SlackPathBenchmark.slashCommand", "emcee", "thrpt");
        Optional<Row> floor = find("SlackPathBenchmark.slashCommand", "bolt-floor", "thrpt");
        if (emcee.isPresent() && floor.isPresent()) {
            summary.put("slack_vs_bolt_floor", emcee.get().score() / floor.get().score());
        }
        find("AnswerBenchmark.cold", BenchConferences.GENERATED_10K, "sample").ifPresent(r -> notes.add(
                String.format(Locale.ROOT, "cold (unmemoized) answer at 10k sessions: p50 %.1f us, p99 %.1f us",
                        r.p50(), r.p99())));
    }

    private Optional<Row> find(String benchmark, String param, String mode) {
        return rows.stream().filter(r -> r.is(benchmark, param, mode)).findFirst();
    }

    private void print(boolean quick, double seconds) {
        System.out.println();
        System.out.println("== Measurements");
        rows.forEach(r -> System.out.println(r.line()));
        notes.forEach(n -> System.out.println("- " + n));
        missing.forEach((what, why) -> System.out.println("- NOT MEASURED " + what + ": " + why));
        System.out.println();
        System.out.println("== Targets");
        for (Targets.Target t : Targets.ALL) {
            Double value = summary.get(t.key());
            System.out.printf(Locale.ROOT, "%-22s %12s  target %-14s %s%n", t.key(),
                    value == null ? "-" : format(value), t.text(),
                    value == null ? "NOT MEASURED" : t.met(value) ? "met" : "MISSED");
        }
        System.out.println();
        System.out.printf(Locale.ROOT, "== Summary (%s run, %.0f s)%n", quick ? "quick" : "full", seconds);
        for (Targets.Target t : Targets.ALL) {
            Double value = summary.get(t.key());
            System.out.println(t.key() + ": " + (value == null ? "n/a" : format(value)));
        }
    }

    private static String format(double value) {
        return value >= 1000 ? String.format(Locale.ROOT, "%.0f", value)
                : value >= 10 ? String.format(Locale.ROOT, "%.1f", value) : String.format(Locale.ROOT, "%.2f", value);
    }

    private void measure(String what, Step step) {
        System.out.println("== " + what);
        try {
            step.run();
        } catch (Exception e) {
            missing.put(what, e.toString());
            System.out.println("   failed: " + e);
        }
    }

    private interface Step {
        void run() throws Exception;
    }
}
