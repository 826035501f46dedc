package dev.emcee.bench.run;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.results.format.ResultFormatType;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * One JMH run: which benchmarks, with which parameters, in which mode, for how long.
 *
 * @param include a regular expression over benchmark names
 * @param iteration the length of each warm-up and measurement iteration
 */
record JmhRun(String name, String include, Map<String, String[]> params, Mode mode, TimeUnit unit, int forks,
        int warmups, int measurements, TimeValue iteration) {

    JmhRun {
        params = new LinkedHashMap<>(params);
    }

    /** Runs it, writing JMH's JSON results into {@code resultsDir}. */
    Collection<RunResult> run(java.nio.file.Path resultsDir) throws RunnerException {
        ChainedOptionsBuilder options = new OptionsBuilder()
                .include(include)
                .mode(mode)
                .timeUnit(unit)
                .forks(forks)
                .warmupIterations(warmups)
                .warmupTime(iteration)
                .measurementIterations(measurements)
                .measurementTime(iteration)
                .threads(1)
                .shouldFailOnError(true)
                .resultFormat(ResultFormatType.JSON)
                .result(resultsDir.resolve(name + ".json").toString());
        params.forEach(options::param);
        return new Runner(options.build()).run();
    }
}
