package dev.emcee.app.metrics;

import dev.emcee.core.AnswerObserver;
import dev.emcee.core.Platform;
import dev.emcee.core.schedule.CurrentSchedule;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.binder.jvm.ClassLoaderMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmGcMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmThreadMetrics;
import io.micrometer.core.instrument.binder.system.ProcessorMetrics;
import io.micrometer.core.instrument.binder.system.UptimeMetrics;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.time.Duration;
import java.util.Locale;

/**
 * Emcee's metrics in a Prometheus registry: {@code emcee_questions_total{intent,platform}},
 * {@code emcee_answer_seconds} (histogram), {@code emcee_schedule_sessions}, {@code emcee_schedule_reloads_total},
 * platform and announcement meters registered by their components, and the JVM's.
 */
public final class EmceeMetrics implements AnswerObserver {
    private final PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
    private final Timer.Builder answerTimer = Timer.builder("emcee.answer")
            .description("Time to understand and answer a question")
            .publishPercentileHistogram()
            .minimumExpectedValue(Duration.ofNanos(1_000))
            .maximumExpectedValue(Duration.ofSeconds(1));

    public EmceeMetrics(CurrentSchedule schedule) {
        new JvmMemoryMetrics().bindTo(registry);
        new JvmGcMetrics().bindTo(registry);
        new JvmThreadMetrics().bindTo(registry);
        new ClassLoaderMetrics().bindTo(registry);
        new ProcessorMetrics().bindTo(registry);
        new UptimeMetrics().bindTo(registry);
        Gauge.builder("emcee.schedule.sessions", schedule, s -> s.get().sessions().size())
                .description("Sessions in the schedule in service").register(registry);
        Counter reloads = Counter.builder("emcee.schedule.reloads").description("Schedules put in service")
                .register(registry);
        schedule.addListener((previous, current) -> reloads.increment());
    }

    @Override
    public void answered(Platform platform, String intent, Duration took) {
        String p = platform.name().toLowerCase(Locale.ROOT);
        Counter.builder("emcee.questions").description("Questions answered, by intent and platform")
                .tag("intent", intent).tag("platform", p).register(registry).increment();
        answerTimer.tag("platform", p).register(registry).record(took);
    }

    /** The registry, for components that add their own meters. */
    public MeterRegistry registry() {
        return registry;
    }

    /** The Prometheus text of every meter. */
    public String scrape() {
        return registry.scrape();
    }
}
