package dev.emcee.scheduler;

import static org.assertj.core.api.Assertions.assertThat;

import dev.emcee.core.announce.TestConference;
import dev.emcee.core.events.EventWindow;
import dev.emcee.core.events.KeptEvents;
import dev.emcee.core.platform.Platform;
import dev.emcee.core.schedule.CurrentSchedule;
import dev.emcee.core.schedule.SessionId;
import dev.emcee.core.testing.LogCapture;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** One look at an events list, run by hand on a fixed clock, with the ledger on H2. */
class EventsListSyncTest {
    private static final Duration RETRY = Duration.ofSeconds(15);
    private static final Recipient.EventsList LIST = new Recipient.EventsList(Platform.DISCORD, "discord guild 1");

    private final Instant now = Rehearsals.instant("2018-06-14T10:00");
    private final AnnouncementDatabase database = AnnouncementDatabase.open(new DatabaseSettings(
            "jdbc:h2:mem:events-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1", "sa", null), Path.of("unused"));
    private final Ledger ledger = new Ledger(database.dataSource());
    private final RecordingCalendar calendar = new RecordingCalendar(LIST.place());
    private final EventsListSync sync = new EventsListSync(new CurrentSchedule(fiveTalks()),
            new KeptEvents(LIST.platform(), calendar, new EventWindow(100, 100, Duration.ofDays(7), Set.of(),
                    Set.of(), Set.of())), ledger, Clock.fixed(now, ZoneOffset.UTC), "test", RETRY);
    private final PlannedJob.EventsSync job = new PlannedJob.EventsSync(LIST, now);

    @AfterEach
    void close() {
        database.close();
    }

    private static dev.emcee.core.schedule.Schedule fiveTalks() {
        TestConference conference = TestConference.in("America/Los_Angeles");
        for (int i = 1; i <= 5; i++) {
            conference.talk("t" + i, "2018-06-14T1" + i + ":00", "ll21ab");
        }
        return conference.build();
    }

    @Test
    void aSecondLookChangesNothingTheFirstMade() {
        Instant next = sync.run(job, false).orElseThrow();
        sync.run(job, false);

        assertThat(calendar.count("create")).isEqualTo(5);
        assertThat(calendar.requests()).hasSize(5);
        assertThat(next).as("an hour on, which comes before the first talk ends at 11:40")
                .isEqualTo(Rehearsals.instant("2018-06-14T11:00"));
        assertThat(ledger.state(job.claimOf(new SessionId("t1")))).isEqualTo(Ledger.State.SENT);
    }

    @Test
    void aCreateClaimedByAnotherRunIsLeftToIt() {
        ledger.claim(List.of(job.claimOf(new SessionId("t3"))), "other/run", false, now, Map.of());

        try (LogCapture log = LogCapture.of(EventsListSync.class)) {
            sync.run(job, false);

            assertThat(log.messages()).anyMatch(m -> m.contains("4 created") && m.contains("1 being created "
                    + "elsewhere"));
        }
        assertThat(calendar.events()).extracting(e -> e.session().value()).containsExactly("t1", "t2", "t4", "t5");
        sync.run(job, true); // the recovery of the other run takes its claim over, looks, and creates
        assertThat(calendar.events()).extracting(e -> e.session().value()).contains("t3").hasSize(5);
    }

    @Test
    void refusedCreatesStopAfterThreeInARowAndTheNextLookWaitsLonger() {
        calendar.refuseCreates(new IllegalStateException("Emcee needs the Manage Events permission"));

        Instant next;
        try (LogCapture log = LogCapture.of(EventsListSync.class)) {
            next = sync.run(job, false).orElseThrow();

            assertThat(log.messages()).filteredOn(m -> m.startsWith("Could not create")).hasSize(3)
                    .allMatch(m -> m.endsWith("Emcee needs the Manage Events permission"));
            assertThat(log.messages()).anyMatch(m -> m.contains("3 failed, 2 not tried after 3 failures in a row"));
        }
        assertThat(calendar.count("refused create")).isEqualTo(3);
        assertThat(next).isEqualTo(now.plus(RETRY.multipliedBy(4)));

        calendar.refuseCreates(null);
        sync.run(job, false);
        assertThat(calendar.count("create")).as("the released claims are taken again").isEqualTo(5);
    }
}
