package dev.emcee.scheduler;

import static dev.emcee.scheduler.Rehearsals.FAST;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.emcee.core.announce.AnnouncementSettings;
import dev.emcee.core.announce.TestConference;
import dev.emcee.core.notice.ScheduleChanged;
import dev.emcee.core.notice.SessionsStarting;
import dev.emcee.core.organize.ScheduleOverlay;
import dev.emcee.core.organize.SessionChange;
import dev.emcee.core.platform.Platform;
import dev.emcee.core.schedule.CurrentSchedule;
import dev.emcee.core.schedule.Schedule;
import dev.emcee.core.schedule.SessionId;
import dev.emcee.core.time.SimulatedClock;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * An organizer's move made on one of two instances sharing a PostgreSQL database: the other instance applies the
 * overlay when it reads it again, and the moved session is announced once, at its new time, with one change notice;
 * after an undo it is announced at its original time.
 */
@Timeout(120)
class OrganizerChangesOnTwoInstancesTest {
    @RegisterExtension
    static final PostgresServer POSTGRES = new PostgresServer();

    @TempDir
    Path unused;
    private final List<AutoCloseable> open = new ArrayList<>();
    private final List<RecordingSink.Post> posts = new CopyOnWriteArrayList<>();

    /** One instance: its own pool, overlay and pipeline, as a process has. */
    private record Instance(CurrentSchedule served, ScheduleOverlay overlay, JdbcOverrideStore store) {
    }

    @AfterEach
    void closeAll() throws Exception {
        for (int i = open.size() - 1; i >= 0; i--) {
            open.get(i).close();
        }
    }

    private static Schedule talks() {
        return TestConference.in("America/Los_Angeles").talk("kyle", "2018-06-14T11:25", "ll21ab")
                .talk("tyler", "2018-06-14T12:30", "ll21ab").build();
    }

    private Instance instance(String name, SimulatedClock clock) {
        AnnouncementDatabase database = AnnouncementDatabase.open(POSTGRES.settings(), unused);
        open.add(database);
        CurrentSchedule source = new CurrentSchedule(talks());
        CurrentSchedule served = new CurrentSchedule(source.get());
        JdbcOverrideStore store = new JdbcOverrideStore(database);
        ScheduleOverlay overlay = new ScheduleOverlay(source, served, store);
        AnnouncementSettings announcements = Rehearsals.consoleSettings(Duration.ofMinutes(10));
        open.add(JobPipeline.on(database, served, clock).tuning(FAST)
                .announcing(announcements, List.of(new RecordingSink(Platform.CONSOLE, name, posts)),
                        AnnouncementObserver.NONE)
                .start());
        return new Instance(served, overlay, store);
    }

    private List<Instant> kyleAnnouncedFor() {
        return posts.stream().filter(p -> p.notice() instanceof SessionsStarting).flatMap(p ->
                ((SessionsStarting) p.notice()).sessions().stream()).filter(c -> c.id().equals("kyle"))
                .map(c -> c.start()).toList();
    }

    private long changeNotices() {
        return posts.stream().filter(p -> p.notice() instanceof ScheduleChanged).count();
    }

    @Test
    void aMoveOnOneInstanceIsAnnouncedOnceAtTheNewTime() {
        SimulatedClock clock = Rehearsals.at("2018-06-14T11:12:00", 60);
        Instance a = instance("a", clock);
        Instance b = instance("b", clock);
        Instant moved = Rehearsals.instant("2018-06-14T11:30");

        a.store().add(new SessionChange(new SessionId("kyle"), SessionChange.Kind.MOVE, moved,
                moved.plus(Duration.ofMinutes(40)), a.served().get().sessions().get(0).room()), "slack:U0RG",
                clock.instant());
        a.overlay().refresh(); // the instance that made the change
        assertThat(b.served().get().session(new SessionId("kyle")).orElseThrow().start())
                .isEqualTo(Rehearsals.instant("2018-06-14T11:25"));
        b.overlay().refresh(); // what its poller does every 2 seconds
        assertThat(b.served().get().session(new SessionId("kyle")).orElseThrow().start()).isEqualTo(moved);

        await().atMost(Duration.ofSeconds(60)).until(() -> !kyleAnnouncedFor().isEmpty());
        await().during(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(6)).until(() -> kyleAnnouncedFor().size() == 1);
        assertThat(kyleAnnouncedFor()).containsExactly(moved);
        assertThat(changeNotices()).isEqualTo(1);
        assertThat(clock.instant()).isAfter(Rehearsals.instant("2018-06-14T11:25"));
    }

    @Test
    void anUndoOnTheOtherInstanceRestoresTheOriginalAnnouncement() {
        SimulatedClock clock = Rehearsals.at("2018-06-14T11:10:00", 60);
        Instance a = instance("a", clock);
        Instance b = instance("b", clock);
        Instant later = Rehearsals.instant("2018-06-14T13:00");
        var entry = a.store().add(new SessionChange(new SessionId("kyle"), SessionChange.Kind.DELAY, later,
                later.plus(Duration.ofMinutes(40)), a.served().get().sessions().get(0).room()), "slack:U0RG",
                clock.instant());
        a.overlay().refresh();
        b.overlay().refresh();
        assertThat(b.store().undo(entry.id(), "discord:42", clock.instant())).isTrue();
        b.overlay().refresh();
        a.overlay().refresh();

        await().atMost(Duration.ofSeconds(60)).until(() -> !kyleAnnouncedFor().isEmpty());
        await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(5)).until(() -> kyleAnnouncedFor().size() == 1);
        assertThat(kyleAnnouncedFor()).containsExactly(Rehearsals.instant("2018-06-14T11:25"));
    }
}
