package dev.emcee.bench.run;

import dev.emcee.bench.BenchConferences;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.runner.options.TimeValue;

/** What a full run and a quick run measure with JMH. */
final class Plans {
    private static final String ALL_CONFERENCES = BenchConferences.BUNDLED + "," + BenchConferences.FOSDEM_2021 + ","
            + BenchConferences.GENERATED_10K;

    private Plans() {
    }

    /** Every benchmark on every conference, in both modes; about half an hour on 2 cores. */
    static List<JmhRun> full() {
        TimeValue two = TimeValue.seconds(2);
        return List.of(
                new JmhRun("answer-throughput", "AnswerBenchmark", conferences(ALL_CONFERENCES), Mode.Throughput,
                        TimeUnit.SECONDS, 2, 3, 5, two),
                new JmhRun("answer-latency", "AnswerBenchmark\\.(memoized|cold)$", conferences(ALL_CONFERENCES),
                        Mode.SampleTime, TimeUnit.MICROSECONDS, 2, 3, 5, two),
                new JmhRun("import", "ImportBenchmark", Map.of(), Mode.AverageTime, TimeUnit.MILLISECONDS, 1, 3, 5, two),
                new JmhRun("planning", "PlanningBenchmark", Map.of(), Mode.AverageTime, TimeUnit.MILLISECONDS, 1, 3,
                        5, two),
                new JmhRun("slack", "SlackPathBenchmark", Map.of(), Mode.Throughput, TimeUnit.SECONDS, 2, 10, 5, two));
    }

    /** What the summary needs, briefly: about five minutes with the build. */
    static List<JmhRun> quick() {
        TimeValue one = TimeValue.seconds(1);
        return List.of(
                new JmhRun("answer-throughput", "AnswerBenchmark\\.memoized$",
                        conferences(BenchConferences.BUNDLED), Mode.Throughput, TimeUnit.SECONDS, 1, 2, 3, one),
                new JmhRun("answer-latency", "AnswerBenchmark\\.(memoized|cold)$",
                        conferences(BenchConferences.GENERATED_10K), Mode.SampleTime, TimeUnit.MICROSECONDS, 1, 2,
                        3, one),
                new JmhRun("import", "ImportBenchmark", Map.of("file", new String[] {"frab_xml_fosdem2021.xml"}),
                        Mode.AverageTime, TimeUnit.MILLISECONDS, 1, 3, 3, one),
                new JmhRun("slack", "SlackPathBenchmark", Map.of(), Mode.Throughput, TimeUnit.SECONDS, 1, 10, 4,
                        TimeValue.seconds(2)));
    }

    private static Map<String, String[]> conferences(String names) {
        return Map.of("conference", names.split(","));
    }
}
