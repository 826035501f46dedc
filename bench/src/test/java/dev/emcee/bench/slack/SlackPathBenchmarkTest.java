package dev.emcee.bench.slack;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The floor acks exactly what Emcee answers, question for question, so that the ratio of the two measures Emcee's
 * own work and not a difference in the size of the answers. Both run as the benchmark runs them, on loopback.
 */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class SlackPathBenchmarkTest {
    @Test
    void theFloorAcksTheSameBlockKitAsEmceeForEveryQuestion() throws Exception {
        List<String> emcee = responses("emcee");
        List<String> floor = responses("bolt-floor");

        assertThat(emcee).hasSize(256).allSatisfy(body -> assertThat(body).contains("\"blocks\":[{"));
        assertThat(floor).isEqualTo(emcee);
        assertThat(emcee.stream().distinct().count()).as("the questions get different answers").isGreaterThan(20);
    }

    private static List<String> responses(String target) throws Exception {
        SlackPathBenchmark benchmark = new SlackPathBenchmark();
        benchmark.target = target;
        benchmark.start();
        try {
            SlackPathBenchmark.Cursor cursor = new SlackPathBenchmark.Cursor();
            List<String> bodies = new ArrayList<>();
            for (int i = 0; i < 256; i++) {
                bodies.add(benchmark.slashCommand(cursor));
            }
            return bodies;
        } finally {
            benchmark.stop();
        }
    }
}
