package dev.emcee.bench.run;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The summary block has exactly the issue's seven keys, in its order, and reads its targets the right way. */
class TargetsTest {
    @Test
    void theSummaryKeysAreTheIssues() {
        assertThat(Targets.ALL).extracting(Targets.Target::key).containsExactly("answer_p99_us_10k",
                "answers_per_s_seed", "import_ms_fosdem2021", "slack_vs_bolt_floor", "startup_ms", "heap_mb_10k",
                "announce_skew_p99_ms");
    }

    @Test
    void latencyIsMetBelowItsLimitAndThroughputAboveIt() {
        Targets.Target p99 = Targets.ALL.get(0);
        Targets.Target throughput = Targets.ALL.get(1);
        assertThat(p99.met(49.9)).isTrue();
        assertThat(p99.met(50.1)).isFalse();
        assertThat(throughput.met(100_000)).isTrue();
        assertThat(throughput.met(99_999)).isFalse();
    }
}
