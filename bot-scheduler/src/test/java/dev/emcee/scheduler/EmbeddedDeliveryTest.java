package dev.emcee.scheduler;

import static dev.emcee.scheduler.Rehearsals.FAST;
import static dev.emcee.scheduler.Rehearsals.at;
import static dev.emcee.scheduler.Rehearsals.instant;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.awaitility.Awaitility.await;

import dev.emcee.core.announce.AnnouncementSettings.PlatformChannels;
import dev.emcee.core.announce.AnnouncementSettings;
import dev.emcee.core.announce.PostingPolicy;
import dev.emcee.core.announce.TestConference;
import dev.emcee.core.notice.DeliveryKey;
import dev.emcee.core.notice.Outbound;
import dev.emcee.core.notice.ScheduleChanged;
import dev.emcee.core.notice.SessionsStarting;
import dev.emcee.core.platform.Platform;
import dev.emcee.core.schedule.CurrentSchedule;
import dev.emcee.core.schedule.Schedule;
import dev.emcee.core.testing.LogCapture;
import dev.emcee.core.time.SimulatedClock;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Quartz on the embedded H2 file: on time, once, through restarts and crashes (also after the post reached the
 * platform), on a platform slower than any fixed timeout, late within the grace window only.
 */
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

    private JobPipeline announcer(Schedule schedule, Outbound sink, Clock clock, AnnouncementSettings settings) {
        return announcer(new CurrentSchedule(schedule), sink, clock, settings);
    }

    private JobPipeline announcer(CurrentSchedule schedule, Outbound sink, Clock clock,
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

    @Test
    void anInstanceThatDiesAfterThePostReachedThePlatformIsNotRepeatedByTheOneThatTakesOver() throws Exception {
        List<RecordingSink.Post> platform = new CopyOnWriteArrayList<>();
        RecordingSink dying = new RecordingSink(Platform.CONSOLE, "dying", platform).stallingAfterPosting(1)
                .lookingBack();
        JobPipeline crashing = announcer(Rehearsals.TWO_TALKS, dying, at("2018-06-14T11:19:59", 1),
                Rehearsals.consoleSettings(null));
        await().atMost(Duration.ofSeconds(10)).until(() -> platform.size() == 1);
        crashing.halt();
        open.get(0).close(); // the process is gone: its connections too
        try (LogCapture quartz = LogCapture.of("org.quartz")) {
            dying.failHungPosts(new IllegalStateException("the crashed process is gone"));
        }

        RecordingSink survivor = new RecordingSink(Platform.CONSOLE, "survivor", platform).lookingBack();
        SimulatedClock survivorClock = at("2018-06-14T11:20:20", 1);
        announcer(Rehearsals.TWO_TALKS, survivor, survivorClock, Rehearsals.consoleSettings(null));

        await().atMost(Duration.ofSeconds(20)).until(() -> survivor.attempts() == 1);
        DeliveryKey first = dying.keysAsked().get(0);
        assertThat(first.earlierAttemptSince()).isEmpty();
        assertThat(survivor.keysAsked()).singleElement().satisfies(retry -> {
            assertThat(retry.value()).as("the same delivery, the same key").isEqualTo(first.value());
            assertThat(retry.earlierAttemptSince()).as("since when the dead instance's attempt may have posted")
                    .hasValueSatisfying(since -> assertThat(since).isCloseTo(survivorClock.realInstantOf(
                            Rehearsals.instant("2018-06-14T11:20:00")), within(2, ChronoUnit.SECONDS)));
        });
        assertThat(platform).as("one message on the platform").singleElement()
                .extracting(RecordingSink.Post::instance).isEqualTo("dying");
    }

    @Test
    void twentyFourPostsDueAtOnceOnAPlatformTakingFourSecondsEachGoOutOnceInOrder() {
        int rooms = 24;
        TestConference conference = TestConference.in("America/Los_Angeles");
        IntStream.range(0, rooms).forEach(i -> conference.talk("s" + i, "2018-06-14T11:25", "r" + i));
        Map<String, String> channels = IntStream.range(0, rooms).boxed()
                .collect(Collectors.toMap(i -> "r" + i, i -> "C" + i));
        AnnouncementSettings settings = new AnnouncementSettings(null, null, null, null, null,
                Map.of("slack", new PlatformChannels(null, channels, null)));
        // Ten times as fast: the platform's 4 s are 0.4 s of real time, its queue of 96 s lasts about 10 s, and
        // the grace window's 2 minutes 12 s.
        var clock = at("2018-06-14T11:19:59", 10);
        SlowPlatform slack = new SlowPlatform(Platform.SLACK, clock, Duration.ofSeconds(4));
        open.add(slack);

        announcer(conference.build(), slack, clock, settings);

        await().atMost(Duration.ofSeconds(30)).until(() -> slack.posted().size() == rooms);
        await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(4)).until(() -> slack.posted().size() == rooms);
        assertThat(slack.posted()).as("each channel once").doesNotHaveDuplicates().hasSize(rooms);
        assertThat(slack.asked()).as("no post was timed out and asked again").hasSize(rooms);
        assertThat(slack.posted()).as("in the order they were handed over").isEqualTo(slack.asked());
        assertThat(Duration.between(Rehearsals.instant("2018-06-14T11:20:00"), slack.lastPostedAt()))
                .as("all within the grace window").isLessThan(AnnouncementSettings.DEFAULT_GRACE_WINDOW);
    }
}
