package dev.emcee.app.metrics;

import dev.emcee.core.AnswerObserver;
import dev.emcee.core.platform.Platform;
import dev.emcee.core.schedule.CurrentSchedule;
import dev.emcee.scheduler.AnnouncementObserver;
import dev.emcee.sources.ReloadObserver;
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
import java.util.function.BooleanSupplier;

/**
 * Emcee's metrics in a Prometheus registry: {@code emcee_questions_total{intent,platform}},
 * {@code emcee_questions_unanswered_total{platform}},
 * {@code emcee_answer_seconds} (histogram), {@code emcee_announcements_total{platform,outcome}} (posted, late,
 * skipped, failed), {@code emcee_schedule_sessions}, {@code emcee_schedule_reloads_total} and
 * {@code emcee_schedule_reload_errors_total}, {@code emcee_platform_connected{platform}}, and the JVM's.
 */
public final class EmceeMetrics implements AnswerObserver, AnnouncementObserver, ReloadObserver {
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
        Gauge.builder("emcee.schedule.sessions", schedule, s -> s.get().sessions().size()).strongReference(true)
                .description("Sessions in the schedule in service").register(registry);
        Counter reloads = Counter.builder("emcee.schedule.reloads").description("Schedules put in service")
                .register(registry);
        Counter.builder("emcee.schedule.reload.errors")
                .description("Schedule source versions refused (the last good schedule stayed in service)")
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

    @Override
    public void unanswered(Platform platform) {
        Counter.builder("emcee.questions.unanswered")
                .description("Questions nothing answered (neither the schedule nor the FAQ), by platform")
                .tag("platform", platform.name().toLowerCase(Locale.ROOT)).register(registry).increment();
    }

    @Override
    public void observed(Platform platform, AnnouncementObserver.Outcome outcome) {
        Counter.builder("emcee.announcements").description("Announcements by platform and what became of them")
                .tag("platform", platform.key()).tag("outcome", outcome.name().toLowerCase(Locale.ROOT))
                .register(registry).increment();
    }

    @Override
    public void reloaded(String source, boolean ok) {
        if (!ok) {
            Counter.builder("emcee.schedule.reload.errors")
                    .description("Schedule source versions refused (the last good schedule stayed in service)")
                    .register(registry).increment();
        }
    }

    /**
     * Reports a platform's connection state as {@code emcee_platform_connected{platform}} (1 or 0).
     *
     * <p>The gauge holds {@code connected} strongly: Micrometer holds a gauge's object weakly by default, and a
     * supplier nothing else refers to (a method reference made for this call) would be collected, leaving NaN.
     */
    public void platform(String platform, BooleanSupplier connected) {
        Gauge.builder("emcee.platform.connected", connected, c -> c.getAsBoolean() ? 1 : 0)
                .description("Whether the platform is connected (1) or not (0)")
                .tag("platform", platform).strongReference(true).register(registry);
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
