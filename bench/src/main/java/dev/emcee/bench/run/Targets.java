package dev.emcee.bench.run;

import java.util.List;

/** The summary's keys, in order, with the targets on a 2-core machine. */
final class Targets {
    /** One summary key and its target: at most {@code limit}, or at least it when {@code atLeast}. */
    record Target(String key, double limit, boolean atLeast, String text) {
        boolean met(double value) {
            return atLeast ? value >= limit : value <= limit;
        }
    }

    static final List<Target> ALL = List.of(
            new Target("answer_p99_us_10k", 50, false, "<= 50 us"),
            new Target("answers_per_s_seed", 100_000, true, ">= 100,000 /s"),
            new Target("import_ms_fosdem2021", 150, false, "<= 150 ms"),
            new Target("slack_vs_bolt_floor", 0.9, true, ">= 0.9"),
            new Target("startup_ms", 1_500, false, "<= 1,500 ms"),
            new Target("heap_mb_10k", 64, false, "<= 64 MB"),
            new Target("announce_skew_p99_ms", 250, false, "<= 250 ms"));

    private Targets() {
    }
}
