package dev.emcee.scheduler;

import static org.assertj.core.api.Assertions.assertThat;

import dev.emcee.core.announce.AnnouncementSettings;
import dev.emcee.core.announce.AnnouncementSettings.PlatformChannels;
import dev.emcee.core.announce.TestConference;
import dev.emcee.core.notice.SessionsStarting;
import dev.emcee.core.platform.Platform;
import dev.emcee.core.schedule.CurrentSchedule;
import dev.emcee.core.schedule.Schedule;
import dev.emcee.core.testing.LogCapture;
import dev.emcee.core.testing.MutableClock;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The planning of two instances on one database that serve different platforms (the first Slack, the second only
 * its console, its Slack token refused), on in-memory timetables and a clock moved by hand: each reconciles, at start
 * and after reloads, only its own platform's jobs, so neither undoes the other's plan.
 */
@Timeout(30)
class PlansOfInstancesWithDifferentPlatformsTest {
    private static final AnnouncementSettings SETTINGS = new AnnouncementSettings(null, null, null, null, null,
            Map.of("slack", new PlatformChannels("C-DIGEST", null, null)));
    private static final Schedule WITHOUT_NEXT = TestConference.in("America/Los_Angeles")
            .talk("sean", "2018-06-14T11:25", "ll21ab").build();

    private final MutableClock clock = new MutableClock(Rehearsals.instant("2018-06-14T11:10"));
    private final Map<Platform, InMemoryTimetable> timetables = new EnumMap<>(Platform.class);
    private final List<AutoCloseable> open = new ArrayList<>();
    private final List<RecordingSink.Post> posts = new CopyOnWriteArrayList<>();
    private final AnnouncementDatabase database = AnnouncementDatabase.open(new DatabaseSettings(
            "jdbc:h2:mem:plans-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1", "sa", null), Path.of("unused"));

    @AfterEach
    void closeAll() throws Exception {
        for (int i = open.size() - 1; i >= 0; i--) {
            open.get(i).close();
        }
        database.close();
    }

    @Test
    void eachInstanceReconcilesOnlyThePlatformsItServes() {
        CurrentSchedule slackSchedule = new CurrentSchedule(Rehearsals.TWO_TALKS);
        CurrentSchedule consoleSchedule = new CurrentSchedule(Rehearsals.TWO_TALKS);
        instance(Platform.SLACK, "with-slack", slackSchedule);
        try (LogCapture log = LogCapture.of(JobPipeline.class)) {
            instance(Platform.CONSOLE, "slack-refused", consoleSchedule);
            assertThat(log.messages()).contains("Announcements scheduled: 2 due, 2 added, 0 retimed, 0 removed",
                    "Leaving 2 announcements for slack to the instances that serve it (no slack connection here)");
        }
        assertThat(waiting(Platform.SLACK)).containsExactlyInAnyOrder("sean", "next");

        consoleSchedule.replace(WITHOUT_NEXT); // the console instance reloads first
        assertThat(waiting(Platform.CONSOLE)).containsExactly("sean");
        assertThat(waiting(Platform.SLACK)).as("not the console instance's to remove")
                .containsExactlyInAnyOrder("sean", "next");
        slackSchedule.replace(WITHOUT_NEXT);
        assertThat(waiting(Platform.SLACK)).containsExactly("sean");

        clock.set(Rehearsals.instant("2018-06-14T11:20"));
        timetables.values().forEach(InMemoryTimetable::runDue);
        assertThat(posts).filteredOn(p -> p.notice() instanceof SessionsStarting)
                .extracting(p -> p.instance() + " " + p.channel())
                .containsExactlyInAnyOrder("with-slack C-DIGEST", "slack-refused console");
    }

    private void instance(Platform platform, String name, CurrentSchedule schedule) {
        open.add(JobPipeline.on(database, schedule, clock)
                .announcing(SETTINGS, List.of(new RecordingSink(platform, name, posts)), AnnouncementObserver.NONE)
                .timetable((served, runner) -> {
                    InMemoryTimetable timetable = new InMemoryTimetable(clock, runner);
                    timetables.put(served, timetable);
                    return timetable;
                })
                .start());
    }

    private List<String> waiting(Platform platform) {
        return timetables.get(platform).list(JobKind.ANNOUNCEMENT, "").stream()
                .map(name -> name.substring(0, name.indexOf('@'))).toList();
    }
}
