package dev.emcee.sources;

import com.github.benmanes.caffeine.cache.CacheLoader;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.LoadingCache;
import com.github.benmanes.caffeine.cache.RemovalCause;
import com.github.benmanes.caffeine.cache.Ticker;
import dev.emcee.core.schedule.CurrentSchedule;
import dev.emcee.sources.read.LoadedSchedule;
import dev.emcee.sources.read.Problem;
import dev.emcee.sources.read.ScheduleLoadException;
import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Executor;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The schedule sources in service: loaded once, merged, then kept fresh.
 *
 * <p>Each source sits in a Caffeine cache that refreshes it after it was written (URLs every
 * {@link SourceSettings#urlRefresh()}, files every {@link SourceSettings#fileCheck()}); {@link #poll()} touches the
 * entries so that due refreshes run. A refresh that brings a new good schedule makes the merged schedule go through
 * {@link CurrentSchedule#replace} (which clears the answer caches and reschedules announcements); one that fails
 * leaves the last good schedule in service. The ticker and executor are injected so that tests are synchronous.
 */
public final class ScheduleSources {
    private static final Logger LOG = LoggerFactory.getLogger(ScheduleSources.class);

    private final List<ScheduleSource> sources;
    private final SourceLoading loading;
    private final LoadingCache<ScheduleSource, SourceState> urls;
    private final LoadingCache<ScheduleSource, SourceState> files;
    private final Object publishing = new Object();
    private List<LoadedSchedule> published = List.of();
    private CurrentSchedule current;

    /**
     * @param http the client for URL sources (its connect timeout and redirect policy are the caller's choice)
     * @param clock stamps the kept copies
     * @param ticker Caffeine's time source for refresh intervals
     * @param executor where refreshes run ({@code Runnable::run} in tests)
     */
    public ScheduleSources(List<ScheduleSource> sources, SourceSettings settings, HttpClient http, Clock clock,
            Ticker ticker, Executor executor) {
        this(sources, settings, () -> http, clock, ticker, executor);
    }

    private ScheduleSources(List<ScheduleSource> sources, SourceSettings settings, Supplier<HttpClient> http,
            Clock clock, Ticker ticker, Executor executor) {
        if (sources.isEmpty()) {
            throw new IllegalArgumentException("at least one schedule source is needed");
        }
        this.sources = List.copyOf(sources);
        this.loading = new SourceLoading(new ScheduleImporter(settings.maxBytes()),
                new HttpFetch(http, settings.httpTimeout(), settings.maxBytes()),
                new LastGoodCopies(settings.dataFolder()), settings, clock);
        this.urls = cache(settings.urlRefresh(), ticker, executor);
        this.files = cache(settings.fileCheck(), ticker, executor);
    }

    /**
     * Sources with the system ticker, a common-pool executor and a redirect-following HTTP client, made when a URL
     * is first fetched.
     */
    public static ScheduleSources create(List<ScheduleSource> sources, SourceSettings settings, Clock clock) {
        Supplier<HttpClient> http = () -> HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NORMAL)
                .connectTimeout(settings.httpTimeout()).build();
        return new ScheduleSources(sources, settings, http, clock, Ticker.systemTicker(), ForkJoinPool.commonPool());
    }

    /**
     * Loads every source and merges them; call once at start.
     *
     * @throws ScheduleLoadException with the problems of every source that cannot be used
     */
    public LoadedSchedule load() throws ScheduleLoadException {
        List<Problem> errors = new ArrayList<>();
        List<ScheduleMerger.Named> loaded = new ArrayList<>();
        for (ScheduleSource source : sources) {
            try {
                SourceState state = loading.load(source);
                cacheOf(source).put(source, state);
                loaded.add(new ScheduleMerger.Named(source.location(), state.loaded()));
            } catch (ScheduleLoadException e) {
                errors.addAll(e.problems());
            }
        }
        if (!errors.isEmpty()) {
            throw new ScheduleLoadException(errors);
        }
        synchronized (publishing) {
            published = loaded.stream().map(ScheduleMerger.Named::loaded).toList();
        }
        return ScheduleMerger.merge(loaded);
    }

    /** From now on, every good change goes to {@code schedule} through {@link CurrentSchedule#replace}. */
    /** Tells {@code observer} about every reload of a source, successful or refused (metrics). */
    public void observeWith(ReloadObserver observer) {
        loading.observeWith(observer);
    }

    public void publishTo(CurrentSchedule schedule) {
        synchronized (publishing) {
            this.current = Objects.requireNonNull(schedule, "schedule");
        }
    }

    /** Runs the refreshes that are due (on the executor) and publishes what changed. */
    public void poll() {
        for (ScheduleSource source : sources) {
            cacheOf(source).getIfPresent(source); // a read is what starts a due refresh
        }
        publish();
    }

    /** Polls every {@code period} on {@code scheduler} until the returned future is cancelled. */
    public ScheduledFuture<?> startPolling(ScheduledExecutorService scheduler, Duration period) {
        return scheduler.scheduleWithFixedDelay(() -> {
            try {
                poll();
            } catch (RuntimeException e) {
                LOG.error("Checking the schedule sources failed; will try again", e);
            }
        }, period.toMillis(), period.toMillis(), TimeUnit.MILLISECONDS);
    }

    private void publish() {
        synchronized (publishing) {
            List<LoadedSchedule> now = new ArrayList<>();
            List<ScheduleMerger.Named> named = new ArrayList<>();
            for (ScheduleSource source : sources) {
                SourceState state = cacheOf(source).asMap().get(source); // a map read starts no refresh
                if (state == null) {
                    return;
                }
                now.add(state.loaded());
                named.add(new ScheduleMerger.Named(source.location(), state.loaded()));
            }
            if (sameInstances(now, published)) {
                return;
            }
            published = now;
            LoadedSchedule merged = ScheduleMerger.merge(named);
            if (current != null) {
                current.replace(merged.schedule());
                LOG.info("Schedule updated: {} sessions, {} warnings", merged.schedule().sessions().size(),
                        merged.warnings().size());
            }
        }
    }

    private static boolean sameInstances(List<LoadedSchedule> a, List<LoadedSchedule> b) {
        if (a.size() != b.size()) {
            return false;
        }
        for (int i = 0; i < a.size(); i++) {
            if (a.get(i) != b.get(i)) {
                return false;
            }
        }
        return true;
    }

    private LoadingCache<ScheduleSource, SourceState> cacheOf(ScheduleSource source) {
        return source.isUrl() ? urls : files;
    }

    private LoadingCache<ScheduleSource, SourceState> cache(Duration refresh, Ticker ticker, Executor executor) {
        return Caffeine.newBuilder().refreshAfterWrite(refresh).ticker(ticker).executor(executor)
                .removalListener((ScheduleSource key, SourceState value, RemovalCause cause) -> {
                    if (cause == RemovalCause.REPLACED) {
                        publish();
                    }
                })
                .build(new CacheLoader<>() {
                    @Override
                    public SourceState load(ScheduleSource source) throws ScheduleLoadException {
                        return loading.load(source);
                    }

                    @Override
                    public SourceState reload(ScheduleSource source, SourceState old) {
                        return loading.reload(source, old);
                    }
                });
    }
}
