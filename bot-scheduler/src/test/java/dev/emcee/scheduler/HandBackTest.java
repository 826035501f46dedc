package dev.emcee.scheduler;

import static org.assertj.core.api.Assertions.assertThat;

import dev.emcee.core.agenda.AgendaUser;
import dev.emcee.core.agenda.ReminderKey;
import dev.emcee.core.announce.AnnouncementKey;
import dev.emcee.core.announce.Route;
import dev.emcee.core.platform.Platform;
import dev.emcee.core.schedule.SessionId;
import dev.emcee.core.testing.LogCapture;
import dev.emcee.core.testing.MutableClock;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A job that fires on an instance that cannot deliver it (its kind does not run there, or its platform has no
 * connection) is handed back to be fired again soon, while its grace window lasts, and never delivered or skipped
 * there; one it can deliver goes to the delivery. On a clock moved by hand.
 */
class HandBackTest {
    private static final Duration RETRY = Duration.ofSeconds(15);
    private static final Instant FIRE_AT = Rehearsals.instant("2018-06-14T11:20");

    private final MutableClock clock = new MutableClock(FIRE_AT);
    private final List<PlannedJob> delivered = new CopyOnWriteArrayList<>();
    private final JobRunner delivery = (job, recovering) -> {
        delivered.add(job);
        return Optional.empty();
    };
    private final AnnouncementDatabase database = AnnouncementDatabase.open(new DatabaseSettings(
            "jdbc:h2:mem:handback-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1", "sa", null), Path.of("unused"));
    private final DeliveryKind announcements = new AnnouncementKind(Rehearsals.consoleSettings(null),
            List.of(Platform.CONSOLE), new Ledger(database.dataSource()), AnnouncementObserver.NONE);
    private final HandBack handBack = new HandBack(delivery, Map.of(JobKind.ANNOUNCEMENT, announcements),
            new Outbounds(List.of(RecordingSink.console()), List.of()), clock, RETRY);

    @AfterEach
    void close() {
        database.close();
    }

    @Test
    void aJobThisInstanceDeliversGoesToTheDelivery() {
        PlannedJob job = announcement(Route.console());

        assertThat(handBack.run(job, false)).isEmpty();
        assertThat(delivered).containsExactly(job);
    }

    @Test
    void aReminderWhereRemindersAreOffIsHandedBackUntilItsGraceWindowEnds() {
        PlannedJob reminder = new PlannedJob.Reminder(new ReminderKey(new AgendaUser(Platform.CONSOLE, "alice"),
                new SessionId("sean"), Rehearsals.instant("2018-06-14T11:30"), Duration.ofMinutes(10)));

        assertThat(handBack.run(reminder, false)).contains(FIRE_AT.plus(RETRY));
        clock.set(FIRE_AT.plus(Duration.ofMinutes(2)));
        try (LogCapture log = LogCapture.of(HandBack.class)) {
            assertThat(handBack.run(reminder, false)).isEmpty();
            assertThat(log.problems()).singleElement().asString()
                    .contains("no instance that serves it took it within its grace window");
        }
        assertThat(delivered).isEmpty();
    }

    @Test
    void anAnnouncementForAPlatformWithoutAConnectionHereIsHandedBack() {
        clock.set(FIRE_AT.plus(Duration.ofSeconds(30)));

        assertThat(handBack.run(announcement(new Route(Platform.SLACK, "C1")), false))
                .contains(FIRE_AT.plus(Duration.ofSeconds(30)).plus(RETRY));
        assertThat(delivered).isEmpty();
    }

    private static PlannedJob announcement(Route route) {
        return new PlannedJob.Announcement(new AnnouncementKey(new SessionId("sean"),
                Rehearsals.instant("2018-06-14T11:25"), Duration.ofMinutes(5), route));
    }
}
