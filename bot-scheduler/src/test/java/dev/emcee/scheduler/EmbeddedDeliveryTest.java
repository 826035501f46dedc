package dev.emcee.scheduler;

import static dev.emcee.scheduler.Rehearsals.FAST;
import static dev.emcee.scheduler.Rehearsals.at;
import static dev.emcee.scheduler.Rehearsals.instant;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.emcee.core.announce.AnnouncementSettings;
import dev.emcee.core.announce.PostingPolicy;
import dev.emcee.core.announce.TestConference;
import dev.emcee.core.notice.ScheduleChanged;
import dev.emcee.core.notice.SessionsStarting;
import dev.emcee.core.schedule.CurrentSchedule;
import dev.emcee.core.schedule.Schedule;
import dev.emcee.core.testing.LogCapture;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** Quartz on the embedded H2 file: on time, once, through restarts and crashes, late within the grace window only. */
@Timeout(60)
class EmbeddedDeliveryTest {
    private static final Schedule TWO_TALKS = TestConference.in("America/Los_Angeles")
            .talk("sean", "2018-06-14T11:25", "ll21ab")
            .talk("next", "2018-06-14T11:28", "ll20d")
            .build();

    @TempDir
    Path data;
    private final List<AutoCloseable> open = new ArrayList<>();

    @AfterEach
    void closeAll() throws Exception {
        for (int i = open.size() - 1; i >= 0; i--) {
            open.get(i).close();
        }
    }

    private JobPipeline announcer(Schedule schedule, RecordingSink sink, Clock clock, AnnouncementSettings settings) {
        return announcer(new CurrentSchedule(schedule), sink, clock, settings);
    }

    private JobPipeline announcer(CurrentSchedule schedule, RecordingSink sink, Clock clock,
            AnnouncementSettings settings) {
        AnnouncementDatabase database = AnnouncementDatabase.open(DatabaseSettings.embedded(), data);
        open.add(database);
        JobPipeline announcer = JobPipeline.on(database, schedule, clock).tuning(FAST)
                .announcing(settings, List.of(sink), AnnouncementObserver.NONE).start();
        open.add(announcer);
        return announcer;
    }

    @Test
    void postsFiveMinutesBeforeTheStartOnEmceesClock() {
        RecordingSink sink = RecordingSink.console();
        announcer(TWO_TALKS, sink, at("2018-06-14T11:19:58", 1), Rehearsals.consoleSettings(null));

        await().atMost(Duration.ofSeconds(10)).until(() -> sink.announcements().size() == 1);

        SessionsStarting notice = sink.announcements().get(0);
        assertThat(notice.sessions()).extracting(c -> c.id()).containsExactly("sean");
        assertThat(Duration.between(instant("2018-06-14T11:20:00"), notice.postedAt()).abs())
                .isLessThan(Duration.ofSeconds(1));
        assertThat(PostingPolicy.wording(notice.sessions().get(0).start(), notice.postedAt()))
                .isEqualTo("starting in 5 minutes");
        assertThat(sink.posts().get(0).channel()).isEqualTo("console");
    }

    @Test
    void aRestartInsideTheWindowPostsNothingTwice() {
        RecordingSink first = RecordingSink.console();
        JobPipeline run1 = announcer(TWO_TALKS, first, at("2018-06-14T11:19:58", 1), Rehearsals.consoleSettings(null));
        await().atMost(Duration.ofSeconds(10)).until(() -> first.announcements().size() == 1);
        run1.close();

        RecordingSink second = RecordingSink.console();
        announcer(TWO_TALKS, second, at("2018-06-14T11:20:30", 10), Rehearsals.consoleSettings(null));

        // At ten times speed, the 11:23 announcement of "next" comes about 15 real seconds later.
        await().atMost(Duration.ofSeconds(30)).until(() -> second.announcements().size() == 1);
        assertThat(second.announcedIds()).containsExactly("next");
        assertThat(first.announcedIds()).containsExactly("sean");
    }

    @Test
    void aCrashBetweenClaimAndPostIsRetriedWithinTheGraceWindow() throws Exception {
        RecordingSink hangs = RecordingSink.console().hanging(1);
        JobPipeline crashing = announcer(TWO_TALKS, hangs, at("2018-06-14T11:19:59", 1), Rehearsals.consoleSettings(null));
        await().atMost(Duration.ofSeconds(10)).until(() -> hangs.attempts() == 1);
        crashing.halt();
        open.get(0).close(); // the process is gone: its connections too
        try (LogCapture quartz = LogCapture.of("org.quartz")) {
            hangs.failHungPosts(new IllegalStateException("the crashed process is gone"));
            assertThat(quartz.events()).as("what is left of the crashed instance cannot touch the ledger")
                    .anySatisfy(e -> assertThat(e.getThrowableProxy().getClassName())
                            .isEqualTo(AnnouncementDatabaseException.class.getName()));
        }

        RecordingSink recovered = RecordingSink.console();
        announcer(TWO_TALKS, recovered, at("2018-06-14T11:20:20", 1), Rehearsals.consoleSettings(null));

        await().atMost(Duration.ofSeconds(20)).until(() -> recovered.announcements().size() == 1);
        assertThat(recovered.announcedIds()).containsExactly("sean");
        assertThat(hangs.announcements()).isEmpty();
    }

    @Test
    void aLateStartInsideTheGraceWindowPostsWithTrueWording() {
        RecordingSink sink = RecordingSink.console();
        announcer(TWO_TALKS, sink, at("2018-06-14T11:21:50", 1), Rehearsals.consoleSettings(null));

        await().atMost(Duration.ofSeconds(10)).until(() -> sink.announcements().size() == 1);

        SessionsStarting late = sink.announcements().get(0);
        assertThat(late.sessions()).extracting(c -> c.id()).containsExactly("sean");
        assertThat(PostingPolicy.wording(late.sessions().get(0).start(), late.postedAt()))
                .isEqualTo("starting in 3 minutes");
    }

    @Test
    void laterThanTheGraceWindowItSkips() {
        RecordingSink sink = RecordingSink.console();
        announcer(TWO_TALKS, sink, at("2018-06-14T11:22:30", 10), Rehearsals.consoleSettings(null));

        await().atMost(Duration.ofSeconds(20)).until(() -> sink.announcements().size() == 1);
        assertThat(sink.announcedIds()).containsExactly("next");
    }

    @Test
    void aFailedPostIsRetriedOnce() {
        RecordingSink sink = RecordingSink.console().failing(1);
        try (LogCapture log = LogCapture.of(JobDelivery.class)) {
            announcer(TWO_TALKS, sink, at("2018-06-14T11:19:59", 1), Rehearsals.consoleSettings(null));

            await().atMost(Duration.ofSeconds(15)).until(() -> sink.announcements().size() == 1);
            assertThat(log.problems()).singleElement().asString()
                    .contains("announcement of sean", "the platform said no", "will be retried");
        }
        assertThat(sink.attempts()).isEqualTo(2);
        assertThat(sink.announcedIds()).containsExactly("sean");
    }

    @Test
    void aMovedSessionIsAnnouncedAtItsNewTimeOnlyAndACancelledOneNever() {
        Schedule before = TestConference.in("America/Los_Angeles")
                .talk("moved", "2018-06-14T11:25", "ll21ab")
                .talk("cancelled", "2018-06-14T11:26", "ll20d")
                .talk("marker", "2018-06-14T11:28", "ll20d")
                .build();
        Schedule after = TestConference.in("America/Los_Angeles")
                .talk("moved", "2018-06-14T11:27", "ll20d")
                .talk("marker", "2018-06-14T11:28", "ll20d")
                .build();
        CurrentSchedule current = new CurrentSchedule(before);
        RecordingSink sink = RecordingSink.console();
        announcer(current, sink, at("2018-06-14T11:19:45", 30), Rehearsals.consoleSettings(Duration.ofMinutes(5)));

        current.replace(after);

        await().atMost(Duration.ofSeconds(30)).until(() -> sink.announcedIds().contains("marker"));
        assertThat(sink.announcedIds()).containsExactly("moved", "marker");
        SessionsStarting moved = sink.announcements().get(0);
        assertThat(moved.sessions().get(0).start()).isEqualTo(instant("2018-06-14T11:27"));
        assertThat(Duration.between(instant("2018-06-14T11:22"), moved.postedAt()).abs())
                .isLessThan(Duration.ofSeconds(30));
        ScheduleChanged change = sink.changeNotices().get(0);
        assertThat(change.changes()).extracting(c -> c.kind() + " " + c.before().id())
                .containsExactly("CANCELLED cancelled", "MOVED moved");
    }
}
