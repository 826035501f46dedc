package dev.emcee.app.announce;

import dev.emcee.app.EmceeRuntime;
import dev.emcee.core.InboundClaims;
import dev.emcee.core.InboundKey;
import dev.emcee.core.organize.BroadcastPoster;
import dev.emcee.core.organize.MorningAgenda;
import dev.emcee.core.platform.Platform;
import dev.emcee.core.schedule.Schedule;
import java.time.Duration;
import java.time.LocalTime;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Posts the morning agenda ({@code organizers.morning-agenda}) for {@code emcee run}: every {@link #CHECK} it asks
 * whether a day's agenda is due on Emcee's clock (simulated or real), and the instance that claims that day in the
 * shared claims (kind {@code morning-agenda}, the day as id) posts it, once.
 */
final class MorningAgendaWiring {
    /** How often the agenda is checked for. */
    static final Duration CHECK = Duration.ofSeconds(5);

    private static final Logger LOG = LoggerFactory.getLogger(MorningAgendaWiring.class);

    private MorningAgendaWiring() {
    }

    /** Starts checking; returns what stops it. */
    static AutoCloseable start(EmceeRuntime runtime, LocalTime at, BroadcastPoster poster, InboundClaims claims) {
        MorningAgenda agenda = new MorningAgenda(at);
        ScheduledExecutorService checker = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread thread = new Thread(r, "emcee-morning-agenda");
            thread.setDaemon(true);
            return thread;
        });
        checker.scheduleWithFixedDelay(() -> {
            try {
                postIfDue(runtime, agenda, poster, claims);
            } catch (RuntimeException e) {
                LOG.error("Could not post the morning agenda: {}", e.toString(), e);
            }
        }, 0, CHECK.toMillis(), TimeUnit.MILLISECONDS);
        return checker::shutdownNow;
    }

    private static void postIfDue(EmceeRuntime runtime, MorningAgenda agenda, BroadcastPoster poster,
            InboundClaims claims) {
        Schedule schedule = runtime.schedule().get();
        agenda.dueDay(schedule, runtime.clock().instant())
                .filter(day -> claims.claim(new InboundKey(Platform.CONSOLE, "morning-agenda", day.toString())))
                .ifPresent(day -> {
                    poster.post("morning-agenda:" + day, agenda.notice(schedule, day, runtime.clock().instant()));
                    LOG.info("Posted the morning agenda of {}", day);
                });
    }
}
