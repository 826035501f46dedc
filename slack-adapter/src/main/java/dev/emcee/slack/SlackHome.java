package dev.emcee.slack;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Ticker;
import com.slack.api.methods.MethodsClient;
import com.slack.api.methods.response.views.ViewsPublishResponse;
import com.slack.api.model.view.View;
import dev.emcee.core.HomePages;
import dev.emcee.core.platform.Platform;
import dev.emcee.slack.render.SlackHomeRenderer;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.RejectedExecutionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Publishes people's App Home tabs with {@code views.publish}: when they open it, when their agenda changes, and
 * for everyone who opened it recently when the schedule changes.
 *
 * <p>Only the last {@value #RECENT_PEOPLE} people to open their Home within {@link #RECENT} are refreshed, and a
 * schedule change publishes their pages {@link #PACE} apart (views.publish is in Slack's Tier 4, about 100 a
 * minute), so that a reload never floods Slack. Every publish runs on the posting thread, never on Bolt's.
 */
final class SlackHome {
    private static final Logger LOG = LoggerFactory.getLogger(SlackHome.class);
    /** How long after opening their Home a person's page is kept up to date. */
    static final Duration RECENT = Duration.ofHours(12);
    static final int RECENT_PEOPLE = 500;
    /** The time between two pages of one refresh: below Tier 4's rate. */
    static final Duration PACE = Duration.ofMillis(700);

    private final HomePages pages;
    private final SlackHomeRenderer renderer;
    private final MethodsClient methods;
    private final Delays delays;
    private final Cache<String, Boolean> recent;
    private final Set<String> pending = ConcurrentHashMap.newKeySet();

    /**
     * @param delays where publishes run (the posting thread)
     * @param ticker the time source of "recently" (Caffeine's; fake in tests)
     */
    SlackHome(HomePages pages, SlackHomeRenderer renderer, MethodsClient methods, Delays delays, Ticker ticker) {
        this.pages = Objects.requireNonNull(pages, "pages");
        this.renderer = Objects.requireNonNull(renderer, "renderer");
        this.methods = Objects.requireNonNull(methods, "methods");
        this.delays = Objects.requireNonNull(delays, "delays");
        this.recent = Caffeine.newBuilder().ticker(ticker).executor(Runnable::run).expireAfterWrite(RECENT)
                .maximumSize(RECENT_PEOPLE).build();
        pages.whenScheduleChanges(this::refreshEveryone);
    }

    /** {@code userId} opened their Home: publish it, and keep it up to date for a while. */
    void opened(String userId) {
        recent.put(userId, Boolean.TRUE);
        publishSoon(userId);
    }

    /** {@code userId}'s agenda changed: publish their Home again if they opened it recently. */
    void agendaChanged(String userId) {
        if (recent.getIfPresent(userId) != null) {
            publishSoon(userId);
        }
    }

    /** The schedule changed: publish again, paced, the Home of everyone who opened it recently. */
    void refreshEveryone() {
        List<String> people = List.copyOf(recent.asMap().keySet());
        long slot = 0;
        for (String userId : people) {
            if (pending.add(userId)) { // a page already waiting will show the newest schedule anyway
                later(PACE.multipliedBy(slot++), () -> {
                    pending.remove(userId);
                    publish(userId);
                });
            }
        }
    }

    private void publishSoon(String userId) {
        later(Duration.ZERO, () -> publish(userId));
    }

    /** Runs {@code task} on the posting thread, unless Slack was closed (the schedule outlives the connection). */
    private void later(Duration delay, Runnable task) {
        try {
            delays.after(delay, task);
        } catch (RejectedExecutionException e) {
            LOG.debug("Slack is closed: no Home tab is published");
        }
    }

    private void publish(String userId) {
        try {
            View view = renderer.render(pages.home(Platform.SLACK, userId));
            ViewsPublishResponse response = methods.viewsPublish(r -> r.userId(userId).view(view));
            if (!response.isOk()) {
                LOG.warn("Slack refused to publish a Home tab (views.publish: {})", response.getError());
            }
        } catch (Exception e) {
            LOG.warn("Could not publish a Home tab on Slack: {}", e.toString());
        }
    }
}
