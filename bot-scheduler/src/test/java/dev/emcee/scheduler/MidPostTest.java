package dev.emcee.scheduler;

import static dev.emcee.scheduler.Rehearsals.FAST;
import static dev.emcee.scheduler.Rehearsals.at;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.awaitility.Awaitility.await;

import dev.emcee.core.announce.AnnouncementSettings;
import dev.emcee.core.announce.AnnouncementSettings.PlatformChannels;
import dev.emcee.core.announce.TestConference;
import dev.emcee.core.notice.DeliveryKey;
import dev.emcee.core.notice.Outbound;
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
 * One post per announcement when the platform is in the middle of it: an instance that dies after the post reached
 * the platform but before the ledger said "sent", and a platform so slow that posts wait in line for longer than
 * a fixed timeout would allow. Quartz on the embedded H2 file, on a simulated clock.
 */
@Timeout(60)
class MidPostTest {
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
        AnnouncementDatabase database = AnnouncementDatabase.open(DatabaseSettings.embedded(), data);
        open.add(database);
        JobPipeline announcer = JobPipeline.on(database, new CurrentSchedule(schedule), clock).tuning(FAST)
                .announcing(settings, List.of(sink), AnnouncementObserver.NONE).start();
        open.add(announcer);
        return announcer;
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
