package dev.emcee.bench.run;

import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;

/** One measured benchmark: its name, parameters and mode, the score and, for sampled times, percentiles. */
record Row(String benchmark, Map<String, String> params, String mode, double score, double error, double p50,
        double p99, String unit) {

    static Row of(RunResult run) {
        Result<?> result = run.getPrimaryResult();
        String name = run.getParams().getBenchmark();
        String shortName = name.substring(name.lastIndexOf('.', name.lastIndexOf('.') - 1) + 1);
        Map<String, String> params = run.getParams().getParamsKeys().stream()
                .collect(Collectors.toMap(k -> k, k -> run.getParams().getParam(k)));
        boolean sampled = run.getParams().getMode().shortLabel().equals("sample");
        return new Row(shortName, params, run.getParams().getMode().shortLabel(), result.getScore(),
                result.getScoreError(), sampled ? result.getStatistics().getPercentile(50) : Double.NaN,
                sampled ? result.getStatistics().getPercentile(99) : Double.NaN, result.getScoreUnit());
    }

    boolean is(String name, String param, String wantedMode) {
        return benchmark.equals(name) && params.containsValue(param) && mode.equals(wantedMode);
    }

    /** One line of the details table. */
    String line() {
        String p = params.values().stream().collect(Collectors.joining(","));
        String percentiles = Double.isNaN(p99) ? "" : String.format(Locale.ROOT, "  p50 %.2f  p99 %.2f", p50, p99);
        return String.format(Locale.ROOT, "%-40s %-28s %-7s %14.2f ± %-10.2f %s%s", benchmark, p, mode, score,
                error, unit, percentiles);
    }
}
